"""Towns whose name is a common word ("Como", "Côme", "Man", "Ans", "Male"), read where the
text writes the word as a name.

The gazetteer keeps such towns out of its index of names (``geodata.normalize.STOPWORDS``): the
scanner never starts a span on them. A capitalised word inside a sentence (not its first word),
standing alone (no capitalised word beside it), that the text never writes in lower case, is the
town of that name in one of the text's countries, if one has it ("le lac de Côme", "a raid in
Man, in western Côte d'Ivoire"). Such a town is a place of the text, never a flow end: a capital
letter is too weak a sign for that (``Extractor.extract`` leaves these mentions out of the
flows' reading).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.extract.mention import Mention, Token, overlaps
from geodata.normalize import STOPWORDS, fold_key
from geodata.place import Place

WORD_TOWN = "word town"  # the method of these mentions
# What ends a sentence or a heading before a word: the word after it opens a sentence
_OPENS = re.compile(r"[.!?:;\n\"«»“”()\[\]]")


def _inside_sentence(text: str, toks: list[Token], i: int) -> bool:
    """Is token ``i`` neither the first word of the text nor the first of a sentence, a
    heading or a quotation?"""
    return i > 0 and not _OPENS.search(text, toks[i - 1].end, toks[i].start)


def _alone(toks: list[Token], i: int) -> bool:
    """Are the words right before and after token ``i`` written in lower case (not part of a
    longer name, a title or a heading)?"""
    before = toks[i - 1].text if i > 0 else ""
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    return not before[:1].isupper() and not after[:1].isupper()


def word_towns(
    text: str,
    toks: list[Token],
    mentions: list[Mention],
    countries: tuple[str, ...],
    resolve: Callable[[str], Place | None],
) -> list[Mention]:
    """Mentions of towns named by a function word (``STOPWORDS``) of a country in ``countries``:
    a capitalised word inside a sentence, alone, that the text never writes in lower case.
    ``resolve`` gives the place of a name in the text's countries (None when none has it)."""
    if not countries:
        return []
    lower = {fold_key(t.text) for t in toks if t.text.islower()}
    out: list[Mention] = []
    for i, t in enumerate(toks):
        if not t.capitalised or t.text.isupper() or len(t.text) < 3:
            continue
        key = fold_key(t.text)
        if key not in STOPWORDS or key in lower:
            continue
        if not (_inside_sentence(text, toks, i) and _alone(toks, i)):
            continue
        if overlaps(t.start, t.end, (*mentions, *out)):
            continue
        place = resolve(t.text)
        if place is None or place.kind != "city" or place.country_code not in countries:
            continue
        out.append(Mention(t.text, t.start, t.end, place, 0.8, WORD_TOWN))
    return out
