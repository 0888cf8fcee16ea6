"""Extraction of candidate flow records from documents (French, English, best effort others).

Pipeline: :mod:`readers` (files -> documents) -> :mod:`lang` (language) ->
:mod:`toponyms` (place mentions resolved with the gazetteer) -> :mod:`direction`,
:mod:`categories`, :mod:`periods` (per sentence) -> :mod:`pipeline` (candidate FlowRecords).
"""
