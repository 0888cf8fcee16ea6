"""The most specific place of an end (ANNOTATION.md): a finer place of the destination country
where the people moved there were put to work.

Run on the tagged places of a sentence right after :func:`direction.assign_roles`, beside the
rules that already refine a country end there (a country's possessive, ", in" / ", dans",
brackets, "where she was put to work in Oslo" in :mod:`flow_groups`): a destination country,
then later in the same clause, not in a list with it and with no other end between, a finer
place of it that the sentence gives as where things happened (role location), after words of
what the people were brought there for ("moved to America but made to work for free as
hostesses at bars in Hudson County", "trafficked to India with the promise of employment in
Kolkata"). That place is where the movement ended, the country only where it lies.
"""

from __future__ import annotations

import re

from flows.extract.direction import DEST, LOCATION, ORIGIN, VIA, Tagged, coordinated, within
from flows.extract.lexicon import lexicon

_PUT_TO_WORK = lexicon("en").regex("put_to_work")
_ENDS = (ORIGIN, DEST, VIA)
# a clause ends at a comma, a semicolon, a colon, a bracket or a dash: what follows is another
# event or who speaks ("to the United States, the U.S. Attorney's Office in New Mexico said")
_CLAUSE_BREAK = re.compile(r"[,;:–—()]|\s-\s")
# characters at most between the country and the finer place
_CLAUSE_GAP = 100


def worked_in_parts(sentence: str, offset: int, items: list[Tagged]) -> None:
    """Makes the first finer place of a destination country, named later in its clause as the
    place of work or exploitation, the destination instead of the country.

    Parameters
    ----------
    sentence, offset
        The sentence's text and its offset in the document (items carry document offsets).
    items
        The sentence's tagged places in text order, roles already assigned; changed in place.
    """
    for k, dest in enumerate(items):
        if dest.role != DEST or dest.inferred or getattr(dest.place, "kind", None) != "country":
            continue
        later_ends = [t for t in items[k + 1 :] if t.role in _ENDS]
        for t in items[k + 1 :]:
            if t.role != LOCATION or t.inferred or t.negated or not within(t.place, dest.place):
                continue
            if later_ends and later_ends[0].start < t.start:
                break  # another end comes first: a new leg or another flow
            gap = sentence[dest.end - offset : t.start - offset]
            if coordinated(gap) or _CLAUSE_BREAK.search(gap) or len(gap) > _CLAUSE_GAP:
                break
            if not _PUT_TO_WORK.search(gap):
                break  # "smuggled into Spain and arrested in Madrid": where they were caught
            t.role = DEST
            dest.role, dest.negated = None, True
            break
