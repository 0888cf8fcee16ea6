"""Extraction of candidate flow records from documents (French, English, best effort others).

Pipeline: :mod:`readers` and :mod:`metadata` (files -> documents with title, date, publisher)
-> :mod:`lang` (language) -> :mod:`toponyms` (place mentions resolved with the gazetteer; its
parts :mod:`mention`, :mod:`datelines`, :mod:`place_senses`, :mod:`named_divisions`,
:mod:`small_towns`, :mod:`stopword_towns`, :mod:`district_towns`, :mod:`named_districts`,
:mod:`airports`, :mod:`abbreviated_towns`, :mod:`foreign_towns`, :mod:`mention_filters`,
:mod:`person_names`) ->
:mod:`document_flows` (per sentence: :mod:`direction` for roles, :mod:`finer_ends` for a
finer place of the destination, :mod:`flow_groups` for legs, :mod:`seizure_ends`,
:mod:`earlier_stops`, :mod:`settled_places`, :mod:`references`, :mod:`demonym_hints`,
:mod:`nationals`, :mod:`categories`, :mod:`sentence_category`, :mod:`periods`; across
sentences: :mod:`discourse` for memory, :mod:`sentence_halves`,
:mod:`police_ends` for ends where the police acted, :mod:`document_ends` for ends the
document gives (:mod:`title_places`: the place a title opens with), :mod:`end_corrections`,
:mod:`sea_crossings`, :mod:`seizure_sites`)
-> :mod:`candidate` (candidate FlowRecords). :mod:`pipeline` holds the
:class:`~flows.extract.pipeline.Extractor` that runs them. Word lists and cue tables are
data: ``flows/extract/data/lexicon_*.yaml`` (:mod:`lexicon`).
"""
