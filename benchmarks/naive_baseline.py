"""A deliberately naive extractor, the floor that ``score_real.py`` scores next to the product.

Places: every capitalised run of up to four words that is a key of the project's gazetteer
(longest first; nationality words skipped), resolved without context. Flows: one per
sentence that contains a trafficking keyword; the category is the first keyword's; the origin
is the first place just after a "from" cue, the destination the first place just after a
"to" cue; sentences with neither are dropped. Nothing else: no lists, no memory across
sentences, no lawful-movement filter. Output follows the product's JSONL contract
(``flows places|extract --format jsonl``) so both are scored by the same code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# The word tables are data: (pattern, category) tried in order; the first match in a sentence
# decides the category. English and French, the two languages of the corpus.
KEYWORDS: list[tuple[str, str]] = [
    (
        r"cocaine|coca[ïi]ne|heroin|h[ée]ro[ïi]ne|drugs?|drogues?|cannabis|hashish|haschich|"
        r"opium|methamphetamine|m[ée]thamph[ée]tamine|meth|captagon|fentanyl|narcotics?|"
        r"stup[ée]fiants?",
        "drugs",
    ),
    (
        r"weapons?|arms|armes?|firearms?|guns?|rifles?|fusils?|grenades?|ammunition|munitions?|"
        r"missiles?|explosives?",
        "weapons",
    ),
    (
        r"trafficked|human trafficking|trafficking in (?:human beings|persons)|traite|"
        r"prostitution|sexual exploitation|exploitation sexuelle|forced labou?r|slaves?",
        "human_trafficking",
    ),
    (
        r"migrants?|smuggl\w*|passeurs?|refugees?|r[ée]fugi[ée]s|asylum|clandestins?",
        "migrant_smuggling",
    ),
    (
        r"money|laundr\w*|blanchi\w*|funds?|funding|financ\w*|loans?|pr[êe]ts?|cash|argent",
        "illicit_finance",
    ),
]
FROM_CUES = ("from", "de", "d", "depuis")
TO_CUES = ("to", "into", "towards", "for", "vers", "à", "au", "aux", "en", "in")
CUE_WINDOW = 2  # the cue must be at most this many words before the place

_WORD = re.compile(r"[\w][\w'’.-]*", re.UNICODE)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?", re.UNICODE)
_KEYWORDS = [(re.compile(rf"\b(?:{p})\b", re.IGNORECASE), c) for p, c in KEYWORDS]
MAX_WORDS = 4


def _place_json(place, surface: str) -> dict:
    return {
        "surface": surface,
        "name": place.name,
        "kind": place.kind,
        "country_code": place.country_code,
        "lon": place.lon,
        "lat": place.lat,
    }


def find_places(gazetteer, text: str, lang: str | None = None) -> list[dict]:
    """Gazetteer matches of capitalised word runs, as ``flows places`` mentions."""
    words = [(m.group(0).rstrip(".’'"), m.start()) for m in _WORD.finditer(text)]
    found: list[dict] = []
    i = 0
    while i < len(words):
        if not words[i][0][:1].isupper():
            i += 1
            continue
        for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
            start = words[i][1]
            last_word, last_start = words[i + n - 1]
            end = last_start + len(last_word)
            surface = text[start:end]
            key = gazetteer.normalize(surface)
            if not gazetteer.has_key(key) or gazetteer.is_demonym(key):
                continue
            place = gazetteer.resolve(surface, lang, demonyms=False).place
            if place is None:
                continue
            found.append({"start": start, "end": end, **_place_json(place, surface)})
            i += n
            break
        else:
            i += 1
    return found


def _sentences(text: str) -> Iterator[tuple[int, str]]:
    for m in _SENTENCE.finditer(text):
        if m.group(0).strip():
            yield m.start(), m.group(0)


def _cued(text: str, mention: dict, cues: tuple[str, ...]) -> bool:
    before = _WORD.findall(text[max(0, mention["start"] - 40) : mention["start"]])
    return any(w.casefold().strip("'’") in cues for w in before[-CUE_WINDOW:])


def extract_flows(text: str, mentions: list[dict]) -> list[dict]:
    """One candidate per keyword sentence with a from/to cued place (product JSONL contract)."""
    out: list[dict] = []
    for s_start, sentence in _sentences(text):
        hits = [(m.start(), c) for rx, c in _KEYWORDS for m in [rx.search(sentence)] if m]
        if not hits:
            continue
        category = min(hits)[1]
        s_end = s_start + len(sentence)
        inside = [m for m in mentions if s_start <= m["start"] < s_end]
        origin = next((m for m in inside if _cued(text, m, FROM_CUES)), None)
        dest = next((m for m in inside if m is not origin and _cued(text, m, TO_CUES)), None)
        if origin is None and dest is None:
            continue
        strip = ("start", "end")
        out.append(
            {
                "category": category,
                "commodity": category,
                "origin": {k: v for k, v in origin.items() if k not in strip} if origin else None,
                "destination": {k: v for k, v in dest.items() if k not in strip} if dest else None,
                "via": [],
                "period_start": None,
                "period_end": None,
                "evidence": sentence.strip(),
                "confidence": 0.5,
            }
        )
    return out


def run(docs: list[dict]) -> tuple[list[dict], list[dict]]:
    """(place mentions, flow candidates) for gold documents, each tagged with ``doc``."""
    from geodata.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    places: list[dict] = []
    flows: list[dict] = []
    for d in docs:
        mentions = find_places(gazetteer, d["text"], d.get("lang"))
        places += [{"doc": d["id"], **m} for m in mentions]
        flows += [{"doc": d["id"], **c} for c in extract_flows(d["text"], mentions)]
    return places, flows
