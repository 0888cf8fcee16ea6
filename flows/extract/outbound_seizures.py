"""Goods or people stopped on their way out of the story's country: "Les forces de sécurité
libanaises ont saisi une cargaison de captagon destinée à l'Arabie saoudite", "Pakistani
customs intercepted heroin bound for Canada". The country whose police or customs the story
names (``story``) is where the goods were seized; bound for another country, they were
leaving it, and annotators give it as the origin. Seizures on the way in ("seized ... arriving
from") are :mod:`document_ends`' story end (the destination).
"""

from __future__ import annotations

from flows.extract.candidate import Candidate, in_region
from flows.extract.direction import Tagged
from flows.extract.discourse import other_place
from flows.extract.lexicon import ByLang

# a seizure, then the place the goods were bound for ("saisi ... destinée à", "seized ...
# bound for")
_SEIZED_OUTBOUND = ByLang("seized_outbound")


def left_from_story(c: Candidate, story: Tagged | None) -> Tagged | None:
    """The story's country (``story``) as the origin of the destination-only flow ``c`` whose
    own sentence tells goods or people seized on their way to its destination in another
    country; None otherwise.

    The destination must lie in another country, and not in a region that holds the story's
    ("bound for Europe" in a story of Bulgarian customs).
    """
    if story is None or c.origin is not None or c.destination is None:
        return None
    if _SEIZED_OUTBOUND["fr" if c.lang == "fr" else "en"].search(c.evidence) is None:
        return None
    known = c.destination
    if not other_place(story, known) or in_region(story.place, known.place):
        return None  # "seized ... bound for Europe" in a Bulgarian story: a transit, not a start
    return story
