"""Place mentions in a text, resolved with the gazetteer in the document's context.

A fast scanner (no NER model) walks the tokens and tries the longest span first, so that
multi-word regions ("Europe de l'Ouest", "Afrique du Nord", "Balkans occidentaux") are not
cut short. French elision and articles (l'Ukraine, d'Afghanistan, aux Pays-Bas) are split
off before look-up. Filters reject function words that are also GeoNames names (Les, Selon,
Sur), names inside person or organisation names (Jürgen Stock, Europe 1, U.S. State
Department, Conseil de l'Europe), and demonyms unless they qualify a geographic noun
("les côtes libyennes", "the Libyan coast").

Its parts live apart: the tokens and mentions (``mention``), datelines (``datelines``), the sense
chosen from the document around a name (``place_senses``), French divisions named apart
(``named_divisions``), small towns (``small_towns``), the mentions the places leave out
(``mention_filters``) and the names that stand for a person (``person_names``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from flows.extract.abbreviated_towns import towns_before_abbreviations
from flows.extract.airports import airports_named
from flows.extract.datelines import (
    capital_dateline,
    dated_dateline,
    in_capitals,
    in_dateline,
    wire_dateline,
)
from flows.extract.demonyms import demonym_country, demonym_region
from flows.extract.district_towns import divisions_named_after_towns
from flows.extract.foreign_towns import foreign_towns_left_out
from flows.extract.lexicon import lexicon
from flows.extract.mention import Mention, Token, tokenize
from flows.extract.named_districts import (
    districts_in_named_countries,
    districts_over_foreign_towns,
)
from flows.extract.named_divisions import departements_named_apart, divisions_after_kind
from flows.extract.person_names import FIRST_NAMES, after_first_name, speaker, titled
from flows.extract.place_senses import (
    abbreviated_divisions,
    apposed_senses,
    capitals_of_named_countries,
    nearest_senses,
    senses_in_named_countries,
    shared_continent_parts,
    towns_of_focus,
)
from flows.extract.sentences import soft_break_at
from flows.extract.small_towns import towns_listed_with_places, towns_named_as_places
from flows.extract.stopword_towns import word_towns
from geodata.admin1 import (
    admin1_place,
    shadow_neighbours,
    shadowed_division,
)
from geodata.names import localized_name
from geodata.normalize import GEO_NOUNS, STOPWORDS, fold_key, normalize_key
from geodata.parts import COMPOUND_PARTS, PART_MIN_POPULATION, part_place, split_part_name
from geodata.place import Place

# Word lists of the lexicon (lexicon_common.yaml; English- or French-only ones in lexicon_en.yaml
# or lexicon_fr.yaml): which words and why are said there, how they are used here.
# Words inside and around a place's name: connectors, lower-case heads and tails, organisation
# heads and tails, facilities, border services, what makes a name no place.
_CONNECTORS = lexicon("en").words("name_connectors")
_LOWER_HEADS = lexicon("en").words("lower_heads")
_NAMED_BY_WHAT_FOLLOWS = lexicon("en").words("named_by_what_follows")
_LOWER_NAMES = lexicon("fr").words("lower_case_names")
_COMPASS = lexicon("en").words("compass")
_CONTINENTS = lexicon("en").words("continents")
_COMPASS_ADJECTIVES = lexicon("fr").words("compass_adjectives")
_LOWER_TAILS = lexicon("en").words("lower_tails")
_ORG_HEADS = lexicon("en").words("org_heads")
_ORG_TAILS = lexicon("en").words("org_tails")
_FACILITY_TAILS = lexicon("en").words("facility_tails")
_OWN_TOWN_TAILS = lexicon("fr").words("own_town_tails")
_BORDER_SERVICES = lexicon("en").words("border_services")
_INTERNATIONAL_FACILITIES = lexicon("en").words("international_facilities")
_CARTEL = lexicon("en").words("cartel_words")
_NOT_A_PLACE_TAILS = lexicon("en").words("not_a_place_tails")
_NUMBERED_MEDIA = lexicon("en").words("numbered_media")
# Names that look like places but are not places in this domain, given names that are
# places, and common words that are towns too: word lists of the lexicon (comments there).
_NOT_PLACES = frozenset(fold_key(w) for w in lexicon("en").words("not_places"))
_GIVEN_NAMES = frozenset(fold_key(w) for w in lexicon("en").words("given_name_places"))
_COMMON_WORDS = frozenset(fold_key(w) for w in lexicon("en").words("common_words"))
# Articles that start a span, particles of person names (lexicon)
_ARTICLES = lexicon("en").words("span_articles")
_NAME_PARTICLES = lexicon("en").words("name_particles")
_ROUTE_WORD = re.compile(r"\broutes?\b", re.IGNORECASE)
_BRACKET_LIST = re.compile(r"[^()]{0,40}?,[^()]*\)")
_COLON_LIST = re.compile(r"\s*,\s*[A-ZÀ-ÖØ-Þ]")
_SENTENCE_END = re.compile(r"[.!?…:;«»\"“”()\[\]\n]")


# Demonyms in lists, before a geographic noun, before banks and accounts (lexicon)
_DEMONYM_LIST_WORDS = lexicon("en").words("demonym_list_words")
_GEO_QUALIFIERS = lexicon("en").words("geo_qualifiers")
_MONEY_PLACE_NOUNS = lexicon("en").words("money_place_nouns")


# Words before a place name that say a place follows; "bound for" (lexicon)
_LOCATIVES = lexicon("en").words("locatives")
_BOUND = lexicon("en").words("bound_for")
# "A, B and C", "en A et en B": the list words the flow rules use (lexicon ``coord``)
_LIST_GAP = lexicon("en").regex("coord")

# an agency or force written as an acronym ("RAB", "CBP", "DEA"), not a ship's prefix nor a
# title ("HMAS Darwin", "MV Esperanza", "HM Stanley")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_SHIP_PREFIXES = lexicon("en").words("ship_prefixes")


# A country's code written as a currency's: "US $125 billion", "10.300 dollars US"
_CODE_BEFORE_AMOUNT = re.compile(r"\s\$\s?\d")
_CURRENCY_WORDS = lexicon("en").words("currency_words")


# French typography abbreviates "Saint-"/"Sainte-" in compound names ("St-Gall",
# "Ste-Maxime", "St-Pol-sur-Mer"); GeoNames lists such short forms for a few places only.
_SAINT_ABBREVIATION = re.compile(r"^(St|Ste)-(?=[A-ZÀ-Ý])")


def saint_written_out(surface: str) -> str | None:
    """ "St-Gall" -> "Saint-Gall", "Ste-Maxime" -> "Sainte-Maxime"; None for other names
    (the English "St Andrew" / "St. Mary's" are left alone: GeoNames lists those forms)."""
    m = _SAINT_ABBREVIATION.match(surface)
    if m is None:
        return None
    return ("Sainte-" if m.group(1) == "Ste" else "Saint-") + surface[m.end() :]


def _currency_code(text: str, toks: list[Token], i: int, j: int, surface: str) -> bool:
    """An abbreviation ("US", "U.S.") spaced before "$" and an amount, or after "dollars";
    not after a locative word or an article ("smuggled into the U.S. $2 million in cash")."""
    if not re.sub(r"[^\w]", "", surface).isupper() or i == 0:
        return False
    prev = toks[i - 1].text.lower()
    if prev in _CURRENCY_WORDS:
        return True
    placed = prev in _LOCATIVES or prev in _ARTICLES
    return not placed and _CODE_BEFORE_AMOUNT.match(text, toks[j].end) is not None


def _agency_acronym(word: str) -> bool:
    """ "RAB", "CBP", "HSBC": an acronym that names a unit in the place after it."""
    return bool(_ACRONYM.fullmatch(word)) and word not in _SHIP_PREFIXES


def _bare_division(place: Place, surface: str) -> bool:
    """A province or state named alone by a one-word name (not "Helmand province"): its name
    may be a person's or a firm's ("Guerrero said"), so it counts only where the words around
    it make it a place. A name of several words ("British Columbia is a prime source")
    stands on its own."""
    return (
        place.id.startswith("admin1:")
        and fold_key(surface) == fold_key(place.name)
        and len(surface.split()) == 1
    )


def _placed(text: str, toks: list[Token], i: int, mentions: list[Mention]) -> bool:
    """Does the context of the span starting at token ``i`` make it a place: a locative word
    before it, or a list that continues an earlier place ("Badakhshan, Helmand and Herat")."""
    k = i - 1
    if k > 0 and toks[k].text.lower() in _ARTICLES:
        k -= 1  # "dans le Helmand", "in the Punjab"
    if k >= 0 and toks[k].text.lower() in _LOCATIVES:
        return True
    if k >= 1 and toks[k].text.lower() == "for" and toks[k - 1].text.lower() in _BOUND:
        return True  # "bound for Punjab", not "worked for Guerrero"
    if mentions and _LIST_GAP.match(text[mentions[-1].end : toks[i].start]):
        return True
    return False


# Words before a one-word division that make it a part of a country (lexicon)
_AREA_ADJECTIVES = lexicon("en").words("area_adjectives")
# A place of the division's own country just before it: in a list, in brackets after a town, an
# apposition or a possessive ("Heves, Jász-Nagykun-Szolnok", "Capurganá (Chocó)", "India's Assam")
_BESIDE_BEFORE = re.compile(
    r"\s*(?:,|\(|[-—–]|and|et|or|ou|&|,\s*(?:and|et|or|ou))?\s*|['’]s\s+", re.IGNORECASE
)
# ... or just after it in a list ("Karnataka and Tamil Nadu", "Goa, and Delhi")
_BESIDE_AFTER = re.compile(r"\s*(?:,|and|et|or|ou|&|,\s*(?:and|et|or|ou))\s*", re.IGNORECASE)


def _division_beside_its_country(
    text: str,
    toks: list[Token],
    i: int,
    j: int,
    division: Place,
    before: Mention | None,
    after: tuple[int, tuple[Place, ...]] | None,
) -> bool:
    """Is the one-word division at tokens ``i``..``j`` a place by its neighbours: a compass or
    neighbourhood adjective before it ("southern Mizoram", "neighbouring Tripura"), or a place
    of its own country right before it (``before``, the last mention) or right after it in a
    list (``after``: the next span's start and places)? A person or a firm of the same name
    ("Ali said", "Rivers, from the NCA") has no such neighbour.

    >>> from geodata.place import Place
    >>> mz = Place("admin1:IN:mizoram", "Mizoram", "region", 92.8, 23.3, "IN")
    >>> text = "arms seized in southern Mizoram"
    >>> toks = tokenize(text)
    >>> _division_beside_its_country(text, toks, 4, 4, mz, None, None)
    True
    >>> text = "between Mizoram and Tamil Nadu"
    >>> toks = tokenize(text)
    >>> tn = Place("admin1:IN:tamil-nadu", "Tamil Nadu", "region", 78.4, 11.1, "IN")
    >>> _division_beside_its_country(text, toks, 1, 1, mz, None, (toks[3].start, (tn,)))
    True
    >>> _division_beside_its_country(text, toks, 1, 1, mz, None, None)
    False
    """
    code = division.country_code
    if i > 0 and toks[i - 1].text.lower() in _AREA_ADJECTIVES:
        return True
    if (
        before is not None
        and before.place is not None
        and before.place.country_code == code
        and _BESIDE_BEFORE.fullmatch(text[before.end : toks[i].start])
    ):
        return True
    if after is None:
        return False
    start, places = after
    return any(p.country_code == code for p in places) and bool(
        _BESIDE_AFTER.fullmatch(text[toks[j].end : start])
    )


def _listed_after_name(text: str, toks: list[Token], i: int) -> bool:
    """Token ``i`` ends a list of names ("à Oujda, Nador et Fès"): a word of a list (the
    lexicon's ``coord``) right after a capitalised word."""
    prev = next((k for k in (i - 1, i - 2) if k >= 0 and toks[k].capitalised), None)
    return prev is not None and bool(_LIST_GAP.match(text[toks[prev].end : toks[i].start]))


def _unshadowed(mentions: list[Mention], focus: Counter[str]) -> list[Mention]:
    """A country's name that a division of another country bears ("Georgia") is the division
    when the text names that country and gives no other sign of the named one (the counts of
    ``focus`` less the name's own mentions; a neighbour named is a sign: Armenia or Azerbaijan
    beside Georgia)."""
    out = []
    for m in mentions:
        division = (
            shadowed_division(m.place.country_code, m.surface)
            if m.place.kind == "country"
            else None
        )
        if division is not None:
            own = sum(1 for n in mentions if n.place.id == m.place.id)
            neighbours = any(focus[c] for c in shadow_neighbours(m.place.country_code))
            if (
                focus[m.place.country_code] <= own
                and not neighbours
                and focus[division.country_code] > 0
            ):
                m = replace(m, place=division, method="context")
        out.append(m)
    return out


def _short_town_here(toks: list[Token], j: int, places, surface: str) -> bool:
    """Is the short name ending at token ``j`` the largest of its ``places`` by its own name
    (not "Goa" for Mormugao), and no head of a longer name ("the Bay of Pemba")?"""
    nxt = toks[j + 1].text.lower() if j + 1 < len(toks) else ""
    largest = max(places, key=lambda p: p.population)
    return nxt not in _OF_WORDS and fold_key(largest.name) == fold_key(surface)


def _by_own_name(place: Place, surface: str, population: int) -> bool:
    """A place of at least ``population`` people, named by its own name ("Nice"; not "Media"
    for Médéa, nor "Ben" for Bern)."""
    return place.population >= population and fold_key(place.name) == fold_key(surface)


def _lower_tail(word: str) -> bool:
    """A lower-case word that may end a place name: "Union européenne", "Arabie saoudite",
    "Émirats arabes unis", "Amérique latine" (the gazetteer decides; function words never)."""
    low = word.lower()
    # compounds too: "Europe du sud-est", "Asie du sud-est"
    return low in _LOWER_TAILS or (
        len(low) > 3 and low.replace("-", "").isalpha() and fold_key(low) not in STOPWORDS
    )


# A capitalised first word, or one the document also writes in lower case, is a city only
# from this size on.
_TRUSTED_POPULATION = 200_000
# A town in capitals opening its line is a dateline from this size on (smaller ones need a
# date or their country after them)
_DATELINE_POPULATION = 100_000
# A three-letter name after a locative word is a town from this size on (Gao, Aba, Ulm).
_SHORT_TOWN_POPULATION = 50_000
# ... and this many right after a locative word ("à Ath")
_SHORT_PLACED_POPULATION = 20_000
# A town of this size by its own name keeps it beside another capitalised town name
# ("Kingston Freeport Terminal"); smaller ones there are a person's names ("David Gilbert")
_NAME_RUN_KEEPS = 500_000
# Words that name a site of a town when written after it ("the Bongao Port", "Laredo North
# Station"): no person's name
_SITE_WORDS = frozenset(lexicon("en").words("site_words"))


@lru_cache(maxsize=1)
def default_gazetteer():
    from geodata.gazetteer import load_gazetteer

    return load_gazetteer()


def _context(country_codes: tuple[str, ...], lang: str | None):
    from geodata.gazetteer import ResolveContext

    return ResolveContext(country_codes=country_codes, lang=lang)


# What follows two hyphen-joined places; abbreviations opening a name (lexicon)
_CROSSING_WORDS = lexicon("en").words("crossing_words")
_ABBREVIATED = lexicon("en").words("name_abbreviations")


def _joined(text: str, a: Token, b: Token) -> bool:
    """True when nothing but spaces, an apostrophe or a hyphen separates two tokens, or the
    full stop of an abbreviation that opens a name ("St. Louis").

    >>> text = "to St. Louis. Then"
    >>> to, st, louis, then = tokenize(text)
    >>> _joined(text, st, louis), _joined(text, louis, then)
    (True, False)
    """
    gap = text[a.end : b.start]
    if a.text in _ABBREVIATED and gap in (". ", ".\u00a0", "."):
        return True
    return len(gap) <= 2 and not gap.strip(" '’-‐‑\u00a0")


def _other_language_name(place: Place, surface: str, lang: str | None) -> bool:
    """``surface`` is not what ``lang`` calls the country ``place`` ("Syrien" is German for
    Syria; French says "Syrie")."""
    own = localized_name(place.id, place.name, lang or "en", place.country_code)
    return fold_key(own) != fold_key(surface)


def _first_name_of(text: str, toks: list[Token], j: int) -> bool:
    """``toks[j]`` is followed, after one space, by a capitalised word that is neither a
    function word nor a word of places ("McNeely", not "Valley", "Basin" or "Harbour")."""
    if j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return (
        nxt.capitalised and text[toks[j].end : nxt.start] == " " and not _word_of_places(nxt.text)
    )


def _word_of_places(text: str) -> bool:
    """A function word, or a word that names part of a place: a site, a geographic noun, a
    compass word ("Port", "Valley", "North")."""
    word = fold_key(text)
    return word in STOPWORDS or word in _SITE_WORDS or word in GEO_NOUNS or word in _COMPASS


def _hyphenated(text: str, a: Token, b: Token) -> bool:
    """True when a hyphen alone joins two tokens ("Colombie-Britannique")."""
    return text[a.end : b.start] in ("-", "‐", "‑")


def _adjective(word: str) -> bool:
    """A nationality or compass adjective ("Britannique", "Occidentale"): after a hyphen it
    ends a longer name, where another place ("Paris-Bruxelles") or a word ("Mexico-United
    States") does not."""
    return (
        bool(demonym_country(word, "fr") or demonym_country(word, "en") or demonym_region(word))
        or fold_key(word) in _COMPASS_ADJECTIVES
    )


def _initial_compass_part(text: str, toks: list[Token], i: int, places) -> bool:
    """ "Southeast Bangladesh is home to...": a compass compound capitalised only because it
    starts the sentence is a relative phrase, not a region's name (ANNOTATION.md annotates
    the country alone); "GUANGXI, Southwest China —" names the region."""
    return any(p.id.startswith("part:") for p in places) and _sentence_initial(text, toks[i])


def _sentence_initial(text: str, tok: Token) -> bool:
    before = text[max(0, tok.start - 3) : tok.start]
    if before.rstrip().endswith("(") and _BRACKET_LIST.match(text, tok.end):
        return False  # a list in brackets, "(Calais, Dunkerque)", names places
    if before.rstrip().endswith(":") and _COLON_LIST.match(text, tok.end):
        return False  # a list after a colon, "plusieurs communes : Annecy, Rumilly"
    if before.endswith("\n") and soft_break_at(text, tok.start - 1):
        return False  # a line of a hard-wrapped text ("Goroka et\nKundiawa")
    return tok.start == 0 or bool(_SENTENCE_END.search(before)) or before.strip() == ""


_OF_WORDS = lexicon("en").words("of_words")  # "les îles espagnoles des Canaries"


class ToponymScanner:
    """Finds and resolves place mentions; one scanner per gazetteer (reused across documents)."""

    def __init__(self, gazetteer=None, max_tokens: int = 6) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else default_gazetteer()
        self.max_tokens = max_tokens
        self._cand_cache: dict[tuple[str, str | None], tuple[Place, ...]] = {}
        self._res_cache: dict[tuple, object] = {}

    # -- look-ups (cached: news texts repeat the same names) ----------------------------------
    def candidates(self, surface: str, lang: str | None) -> tuple[Place, ...]:
        key = (surface, lang)
        hit = self._cand_cache.get(key)
        if hit is None:
            hit = tuple(self.gazetteer.candidates(surface, lang=lang, demonyms=False))
            code = demonym_country(surface, lang or "en") if " " not in surface else None
            if code is not None:
                # "Thai women": a nationality, not the Malaysian town that GeoNames also
                # calls "Thai" (a town of that country would still be kept). "un jeune
                # Syrien": a nationality, not Syria by its German name; the country stays
                # only where this language calls it so ("l'Argentine", "la Suisse").
                hit = tuple(
                    p
                    for p in hit
                    if (p.kind != "city" or p.country_code == code)
                    and not (p.kind == "country" and _other_language_name(p, surface, lang))
                )
            if not hit:
                # Written abbreviations (UK, U.S., UAE): the gazetteer's curated, case-exact list.
                place = self.gazetteer.abbreviation(surface)
                kinds = ("country", "region")  # "UK", "UAE", "EU", "UE"
                hit = (place,) if place is not None and place.kind in kinds else ()
            if not hit:
                hit = self._compass_part(surface, lang)
            if not hit:
                saint = saint_written_out(surface)
                if saint is not None:
                    hit = tuple(p for p in self.candidates(saint, lang) if p.kind != "country")
            if not hit:
                # "Djedah", "Kiyv", "Carib-bean": a big place's name spelt another way
                spelt = self._spelt_as(surface)
                if spelt is not None:
                    hit = self.candidates(spelt, lang)
            self._cand_cache[key] = hit
        return hit

    def _spelt_as(self, surface: str) -> str | None:
        """The key of the big place ``surface``, a name the index lacks, spells another way
        ("Djedah", "Kiyv") or misspells ("Afganistan"), or None."""
        return self.gazetteer.spelling_of(surface) or self.gazetteer.misspelling_of(surface)

    def _compass_part(self, surface: str, lang: str | None) -> tuple[Place, ...]:
        """ "Southwest China", "South East Nigeria", "North-West Pakistan": a capitalised compass
        compound before a country names a region of it (:mod:`geodata.parts`); a small
        country's part is still the country ("South East Mayotte" is not read as a region)."""
        split = split_part_name(surface)
        if split is None or split[0] not in COMPOUND_PARTS:
            return ()
        if not self.candidates(split[1], lang):
            return ()
        country = self.resolve(split[1], lang, ()).place
        if country is None or country.kind != "country":
            return ()
        if 0 < country.population < PART_MIN_POPULATION:
            return ()
        return (part_place(country, split[0]),)

    def resolve(self, surface: str, lang: str | None, focus: tuple[str, ...]):
        key = (surface, lang, focus)
        hit = self._res_cache.get(key)
        if hit is None:
            hit = self.gazetteer.resolve(surface, lang=lang, context=_context(focus, lang))
            saint = saint_written_out(surface) if hit.place is None else None
            if saint is not None:
                written_out = self.resolve(saint, lang, focus)
                if written_out.place is not None and written_out.place.kind != "country":
                    hit = replace(written_out, query=surface)
            spelt = self._spelt_as(surface) if hit.place is None else None
            if spelt is not None:
                hit = replace(self.resolve(spelt, lang, focus), query=surface)
            self._res_cache[key] = hit
        return hit

    # -- scanning ------------------------------------------------------------------------------
    def _span_ok(self, text: str, toks: list[Token], i: int, j: int) -> bool:
        """Shape test of tokens i..j (inclusive) as a place name, before any look-up."""
        first, last = toks[i], toks[j]
        compass = j == i + 1 and first.text.lower() in _COMPASS and last.text in _CONTINENTS
        if not (first.capitalised or first.text.lower() in _LOWER_HEADS or compass):
            if not (i == j and first.text in _LOWER_NAMES):
                return False
        bare = i == j or (i + 1 == j and first.text.lower() in _ARTICLES)
        if bare and last.text in _NAMED_BY_WHAT_FOLLOWS:
            return False  # "le delta", "the horn": a head noun, named only by what follows
        if j > i and first.text.lower() in _ARTICLES:
            head = toks[i + 1]  # "La police" is not a place even if "Police" is a town
            if not (head.capitalised or head.text.lower() in _LOWER_HEADS):
                return False
        if not (last.capitalised or i == j or _lower_tail(last.text)):
            return False
        if last.text.lower() in _CONNECTORS:
            return False
        for k in range(i, j):
            if not _joined(text, toks[k], toks[k + 1]):
                return False
        for k in range(i + 1, j):
            t = toks[k]
            possessive = t.text in ("'s", "’s")  # "St. Paul's Bay", "Martha's Vineyard"
            if not (t.capitalised or t.text.lower() in _CONNECTORS or _lower_tail(t.text)
                    or possessive):  # fmt: skip
                return False
        return True

    def _rejected(self, text: str, toks: list[Token], i: int, j: int, places) -> bool:
        """Context filters: function words, person and organisation names, acronyms."""
        surface = text[toks[i].start : toks[j].end]
        only_cities = all(p.kind == "city" for p in places)
        args = (text, toks, i, j, places, surface, only_cities)
        # "KAMPALA- Government has said": the word after a dateline starts the report
        dateline = capital_dateline(text, toks[i].start, toks[j].end)
        return (
            self._not_a_name(*args)
            or self._part_of_longer_name(*args)
            or (not dateline and self._named_thing_follows(*args))
            or _after_organisation_head(toks, i)
            or _initial_compass_part(text, toks, i, places)
        )

    def _not_a_name(
        self, text: str, toks: list[Token], i: int, j: int, places, surface: str, only_cities: bool
    ) -> bool:
        """A function or common word, a short word not written as an acronym, an acronym, a
        capitalised first word of a sentence that names a small town."""
        key = normalize_key(surface)
        if not key or key in _NOT_PLACES or fold_key(surface) in _NOT_PLACES:
            return True
        # Function words that are also town names ("Sur", "Selon"); seas, countries and regions
        # are never dropped this way ("la Manche" is a sea and a common word).
        if i == j and only_cities and (key in STOPWORDS or fold_key(surface) in STOPWORDS):
            return True
        if i == j and fold_key(surface) in _COMMON_WORDS:
            return True
        letters = re.sub(r"[^\w]", "", surface)
        if (letters.isupper() or in_capitals(surface)) and only_cities:
            # acronyms of organisations (SIS, ONU), shouting headlines; but a dateline
            # ("SOFIA, Aug. 17 (Xinhua)", "BERLIN — Les autorités", "KABUL (AP) -") names the
            # city the report comes from: a large one on trust, any when a date or its
            # country follows ("NADI, 24 JUNE 2019", "2002  TURBAT, Pakistan -- The")
            start, end = toks[i].start, toks[j].end
            dateline = (
                len(letters) >= 4
                and in_dateline(text, start, end)
                and (
                    max(p.population for p in places) >= _DATELINE_POPULATION
                    or dated_dateline(text, end)
                )
            )
            return not dateline  # a dateline is no person's name or first word of a sentence
        if i == j and only_cities and (titled(text, toks, i) or self._in_name_run(text, toks, i)):
            return True  # "Mr. Lyons", "David Gilbert Lyons": a person
        if i == j and self._person_named(text, toks, i, only_cities):
            return True  # "François Hollande", "Santiago Paz": a person, whatever the place
        if len(letters) <= 3 and not letters.isupper():
            # "us", "Un", "Man": short names must be written as acronyms, unless a town of
            # some size, by its own name, or an island or region the supplement names ("vers
            # l'île de Kos"), follows a locative word ("en provenance de Gao"); a region
            # also after a compass adjective ("the impoverished northern Rif")
            placed = _placed(text, toks, i, [])
            # after a locative word ("à Ath et à Arlon") a smaller town is taken too, when it
            # is the largest place of that name, heads no longer name ("in the Bay of X") and
            # the text names its country
            size = _SHORT_TOWN_POPULATION
            if placed and _short_town_here(toks, j, places, surface):
                if self._country_named(text, max(places, key=lambda p: p.population)):
                    size = _SHORT_PLACED_POPULATION
            town = (
                len(letters) == 3
                and (
                    placed
                    or _listed_after_name(text, toks, i)
                    or (i > 0 and toks[i - 1].text.lower() in _AREA_ADJECTIVES and not only_cities)
                )
                and key not in STOPWORDS
                and any(_by_own_name(p, surface, size) or p.kind == "region" for p in places)
            )
            if not town:
                return True
        if i == j and only_cities and _sentence_initial(text, toks[i]):
            # A capitalised first word may be any word: only big cities are taken on trust,
            # and any town opening a wire's dateline ("Panaji, Nov 18 (PTI)")
            if max(p.population for p in places) < _TRUSTED_POPULATION and not wire_dateline(
                text, toks[i].start, toks[j].end, dash=True
            ):
                return True
        return False

    def _part_of_longer_name(
        self, text: str, toks: list[Token], i: int, j: int, places, surface: str, only_cities: bool
    ) -> bool:
        """Part of a noun phrase or of a longer proper name ("La Garde civile", "Jürgen
        Stock", "Ligne de Mire")."""
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if (
            only_cities
            and j > i
            and toks[i].text.lower() in _ARTICLES
            and nxt is not None
            and _joined(text, toks[j], nxt)
            and not nxt.capitalised
            and _lower_tail(nxt.text)
            and max(p.population for p in places) < 100_000
        ):
            return True  # "La Garde civile", "Le Port autonome": a noun phrase, not the town
        # Part of a longer proper name: "Jürgen Stock", "Antony Blinken", "Stimson Center".
        if (
            prev is not None
            and only_cities
            and prev.text.lower() in _NAME_PARTICLES
            and _joined(text, prev, toks[i])
            and (
                (prev.capitalised and not _sentence_initial(text, prev))
                or prev.text in ("van", "von", "ben", "bin", "ibn")
            )
        ):
            return True
        if (
            i == j
            and only_cities
            and i >= 2
            and toks[i - 1].text.lower() in ("de", "du", "of")
            and toks[i - 2].capitalised
            and not _sentence_initial(text, toks[i - 2])
            and not self.candidates(toks[i - 2].text, None)
            and not any(_by_own_name(p, surface, 0) for p in places)
        ):
            return True  # "Ligne de Mire", a press agency: not Muret by another of its names
        # (an agency's acronym before a place names its unit there: "RAB Cox's Bazar chief")
        if (
            prev is not None
            and _joined(text, prev, toks[i])
            and prev.capitalised
            and not _agency_acronym(prev.text)
            and not self._pair_of_places(text, toks, i, j)
        ):
            if not _sentence_initial(text, prev) or fold_key(prev.text) not in STOPWORDS:
                if not self.candidates(prev.text, None) and only_cities:
                    return True
                if prev.text.lower() in _ORG_HEADS:
                    return True
        return False

    def _pair_of_places(self, text: str, toks: list[Token], i: int, j: int) -> bool:
        """Two places a hyphen joins, a border or a road between them ("the Mae Sot-Myawaddy
        border towns", "the Bhomra-Benapole border"): the name before the hyphen is a place,
        or a crossing word follows the pair."""
        if not _hyphenated(text, toks[i - 1], toks[i]):
            return False
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if nxt is not None and nxt.text.lower() in _CROSSING_WORDS:
            return True
        return any(
            self.candidates(text[toks[k].start : toks[i - 1].end], None)
            for k in range(max(0, i - 3), i - 1)
        )

    def _named_thing_follows(
        self, text: str, toks: list[Token], i: int, j: int, places, surface: str, only_cities: bool
    ) -> bool:
        """The head of a currency, a cartel, a medium or an organisation named after it
        ("US$", "the Sinaloa Cartel", "France 24", "Colombie-Britannique")."""
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if text[toks[j].end : toks[j].end + 1] == "$":
            return True  # "US$3,870": a currency
        if _currency_code(text, toks, i, j, surface):
            return True  # "US $125 billion", "10.300 dollars US"
        # "the Sinaloa Cartel", "le cartel du Golfe": the group's name, not the place
        if nxt is not None and nxt.text.lower() in _CARTEL and _joined(text, toks[j], nxt):
            return True
        if (
            i >= 2
            and toks[i - 1].text.lower() in ("de", "du", "des")
            and (toks[i - 2].text.lower() in _CARTEL)
        ):
            return True
        if (
            nxt is not None
            and nxt.text.lower() in _NOT_A_PLACE_TAILS
            and _joined(text, toks[j], nxt)
        ):
            return True  # "U.S. dollars", "a U.S. citizen arrived from Mexico"
        after = toks[j + 2] if j + 2 < len(toks) else None
        if (
            nxt is not None
            and after is not None
            and nxt.text.lower() == "member"
            and after.capitalised
            and _joined(text, toks[j], nxt)
        ):
            return True  # "EU member Hungary": the member named is the place
        if nxt is not None and _joined(text, toks[j], nxt):
            if nxt.text.isdigit() and fold_key(surface) in _NUMBERED_MEDIA:
                return True  # "Europe 1", "France 24"
            if nxt.text.lower() in _ORG_TAILS and nxt.capitalised:
                return True
            if (
                nxt.text == "Border"
                and after is not None
                and after.text.lower() in _BORDER_SERVICES
                and after.capitalised
                and all(p.kind == "country" for p in places)
            ):
                return True  # "the U.S. Border Patrol", "the Canada Border Services Agency"
            if nxt.capitalised and only_cities and not self.candidates(nxt.text, None):
                after = toks[j + 2] if j + 2 < len(toks) else None
                if (
                    nxt.text == "International"
                    and after is not None
                    and after.text.lower() in _INTERNATIONAL_FACILITIES
                    and _joined(text, nxt, after)
                ):
                    return False
                if nxt.text.lower() in _OWN_TOWN_TAILS and text[toks[j].end : nxt.start].isspace():
                    return False
                return nxt.text.lower() not in _FACILITY_TAILS
            if i == j and fold_key(surface) in _GIVEN_NAMES and _first_name_of(text, toks, j):
                return True  # "Dominique McNeely", "Israel Katz": a person
            if nxt.capitalised and _hyphenated(text, toks[j], nxt) and _adjective(nxt.text):
                if not self.candidates(nxt.text, None):
                    return True  # "Colombie-Britannique": the head of a longer name
            only_seas = all(p.kind == "sea" for p in places)
            if nxt.capitalised and only_seas and not self.candidates(nxt.text, None):
                return True  # "North Atlantic Treaty Organisation", "Pacific Links Foundation"
        return False

    def _in_person_name(self, text: str, toks: list[Token], i: int, named: set[str]) -> bool:
        """``toks[i]`` follows a capitalised word that names no place, in the same name
        ("Joel Martinez") or a name part already met (``named``), not at a sentence start."""
        if i == 0:
            return False
        prev = toks[i - 1]
        return (
            prev.capitalised
            and _joined(text, prev, toks[i])
            and not _sentence_initial(text, prev)
            and fold_key(prev.text) not in STOPWORDS
            and not (self.candidates(prev.text, None) and prev.text not in named)
        )

    def _person_named(self, text: str, toks: list[Token], i: int, only_cities: bool) -> bool:
        """The one-word name at token ``i`` is part of a person's name: a surname after a
        common first name that names no known place itself ("François Hollande", not
        "Santiago Chile"), or a town's name that is a common first name, before a surname
        ("Santiago Paz", not "Santiago Chile")."""
        if after_first_name(text, toks, i) and not self._known_place(toks[i - 1].text):
            return True
        return (
            only_cities
            and fold_key(toks[i].text) in FIRST_NAMES
            and _first_name_of(text, toks, i)
            and not self._known_place(toks[i + 1].text)
        )

    def _known_place(self, word: str) -> bool:
        """A country, a region or a large town by its own name ("Chile", "Santiago"), not a
        village that shares a person's name ("François", "Castro")."""
        return any(
            p.kind != "city" or _by_own_name(p, word, _NAME_RUN_KEEPS)
            for p in self.candidates(word, None)
        )

    def _in_name_run(self, text: str, toks: list[Token], i: int) -> bool:
        """``toks[i]`` names towns only, no large one by its own name, and a neighbour
        written right next to it (one space, no comma) names towns only too: two towns are
        never written side by side, a person's names are ("David Gilbert Lyons", "Alicia
        Valle"). A longer place name that holds both ("Santa Cruz") was tried first; a large
        town keeps its name before another word ("Kingston Freeport Terminal"), and a site or
        compass word after a town says where in it ("Bongao Port", "Laredo North Station")."""
        here = toks[i]
        places = self.candidates(here.text, None)
        if not places or any(p.kind != "city" for p in places):
            return False
        if any(_by_own_name(p, here.text, _NAME_RUN_KEEPS) for p in places):
            return False
        for k in (i - 1, i + 1):
            if not 0 <= k < len(toks):
                continue
            other = toks[k]
            left, right = (other, here) if k < i else (here, other)
            if not other.capitalised or text[left.end : right.start] != " ":
                continue
            if _word_of_places(other.text):
                continue  # "the Bongao Port", "the Laredo North Station": a place's site
            around = self.candidates(other.text, None)
            if around and all(p.kind == "city" for p in around):
                return True
        return False

    def _trim_article(self, text, toks, i, j, places, lang) -> int:
        """Start index without a leading article when the name does not need it."""
        if j > i and toks[i].text.lower() in _ARTICLES:
            rest = self.candidates(text[toks[i + 1].start : toks[j].end], lang)
            if rest and places and rest[0].id == places[0].id:
                return i + 1
        return i

    def _demonym_mention(self, text, toks, i, lang) -> Mention | None:
        code = demonym_country(toks[i].text, lang)
        if code is None:
            return None
        # French puts the adjective after the noun, English before it; a list of demonyms
        # shares the noun ("les côtes sénégalaises et mauritaniennes", "Libyan and Tunisian
        # shores").
        step = 1 if lang == "en" else -1
        k = i + step
        while 0 <= k < len(toks) and (
            toks[k].text.lower() in _DEMONYM_LIST_WORDS or demonym_country(toks[k].text, lang)
        ):
            k += step
        if (
            0 <= k < len(toks)
            and 0 <= k + step < len(toks)
            and toks[k].text.lower() in _GEO_QUALIFIERS
            and toks[k + step].text.lower() in GEO_NOUNS
        ):
            k += step  # "Tanzanian coastal waters"
        near = [toks[k].text.lower()] if 0 <= k < len(toks) else []
        if not any(w in GEO_NOUNS for w in near) and not (
            near and near[0] in _MONEY_PLACE_NOUNS and toks[k].text.islower()
        ):
            return None
        # "the Spanish port of Algeciras", "le port espagnol d'Algésiras": the place that
        # follows is named; the demonym only says its country
        after = k + 1 if lang == "en" else i + 1
        if (
            after + 1 < len(toks)
            and toks[after].text.lower() in _OF_WORDS
            and toks[after + 1].capitalised
        ):
            return None
        place = self._country(code)
        if place is None:
            return None
        t = toks[i]
        return Mention(t.text, t.start, t.end, place, 0.8, "demonym", demonym=True)

    def _country_named(self, text: str, place: Place) -> bool:
        """Does ``text`` name the country of ``place`` by one of its names ("Belgique")?"""
        country = self._country(place.country_code) if place.country_code else None
        if country is None:
            return False
        return any(
            re.search(rf"\b{re.escape(name)}\b", text) for name in country.names if len(name) > 3
        )

    def _country(self, code: str) -> Place | None:
        try:
            return self.gazetteer.country(code)
        except Exception:
            return None

    def find_spans(self, text: str, lang: str | None) -> list[tuple[int, int, tuple[Place, ...]]]:
        """Candidate spans (token indices, inclusive) with their gazetteer candidates."""
        return self._spans_with_tokens(text, tokenize(text), lang)

    def scan(self, text: str, lang: str | None = None) -> list[Mention]:
        """All place mentions of ``text``, resolved in the context of the document's countries."""
        return self.scan_tokens(text, lang)[0]

    def scan_tokens(self, text: str, lang: str | None = None) -> tuple[list[Mention], list[Token]]:
        """Like :meth:`scan`, also returning the tokens (callers reuse them)."""
        lang = lang if lang in ("fr", "en") else "en"
        toks = tokenize(text)
        spans = self._spans_with_tokens(text, toks, lang)
        demonyms = [
            m for i in range(len(toks)) if (m := self._demonym_mention(text, toks, i, lang))
        ]
        taken = {(toks[i].start, toks[j].end) for i, j, _ in spans}
        # Country focus: countries named outright, then the countries of unambiguous places.
        focus_counts: Counter[str] = Counter()
        for _, _, places in spans:
            if len(places) == 1 and places[0].country_code:
                focus_counts[places[0].country_code] += 1
        # nationality words count wherever they stand ("Russian funding" makes Moscow the
        # Russian one even in a text that names the U.S. more often)
        nationalities = Counter(c for t in toks if (c := demonym_country(t.text, lang)))
        focus_counts.update(nationalities)
        focus = tuple(code for code, _ in focus_counts.most_common(5))
        mentions: list[Mention] = []
        senses: list[tuple[Place, ...]] = []  # every place each mention's name may stand for
        for k, (i, j, _places) in enumerate(spans):
            surface = text[toks[i].start : toks[j].end]
            res = self.resolve(surface, lang, focus)
            if res is None or res.place is None:
                continue
            if res.method == "demonym":
                continue  # demonyms count only next to a geographic noun (handled below)
            if res.place.kind == "route" and _ROUTE_WORD.search(surface):
                continue  # "the Balkan route", "Atlantic route": a label (ANNOTATION.md)
            if (
                _bare_division(res.place, surface)
                and not _placed(text, toks, i, mentions)
                and not capital_dateline(text, toks[i].start, toks[j].end)
                and not _division_beside_its_country(
                    text,
                    toks,
                    i,
                    j,
                    res.place,
                    mentions[-1] if mentions else None,
                    (toks[spans[k + 1][0]].start, spans[k + 1][2]) if k + 1 < len(spans) else None,
                )
            ):
                continue  # "Guerrero said", "Santander bank": a person or a firm
            if (
                res.place.kind == "city"
                and not _by_own_name(res.place, surface, _TRUSTED_POPULATION)
                and speaker(text, toks, i, j)
            ):
                continue  # "According to Harrison", "Lyons said": a person ("Moscow said" stays)
            mentions.append(
                Mention(surface, toks[i].start, toks[j].end, res.place, res.score, res.method)
            )
            senses.append(_places)
        mentions = _unshadowed(mentions, focus_counts)
        mentions = towns_of_focus(mentions, senses, focus)
        mentions = nearest_senses(mentions, senses)
        mentions = senses_in_named_countries(mentions, senses, focus)
        mentions = capitals_of_named_countries(mentions, senses)
        mentions, senses = abbreviated_divisions(mentions, senses, text)
        mentions = apposed_senses(mentions, senses, text)
        mentions += shared_continent_parts(
            text, lang, mentions, lambda name: self.resolve(name, lang, focus)
        )
        for m in demonyms:
            if not any(m.start < e and s < m.end for s, e in taken):
                mentions.append(m)
        if lang == "fr":
            mentions += departements_named_apart(
                text, mentions, lambda name: self.resolve(f"département {name}", lang, ())
            )
            named = set(focus_counts) | {m.place.country_code for m in mentions}
            mentions += divisions_after_kind(text, mentions, named - {None}, self._division)
        lower = {t.text.lower() for t in toks if t.text.islower()}
        mentions += towns_named_as_places(text, lang, mentions, self._known, lower)
        mentions += towns_listed_with_places(text, mentions, self._known, lower)
        mentions += towns_before_abbreviations(
            text, mentions, lambda name: self.candidates(name, lang)
        )
        countries = tuple(dict.fromkeys((*focus, *(m.place.country_code for m in mentions))))
        named_codes = tuple(c for c in countries if c)

        def place_in_named(name: str) -> Place | None:
            return self.resolve(name, lang, named_codes).place

        mentions += divisions_named_after_towns(text, lang, mentions, named_codes, place_in_named)
        mentions = districts_over_foreign_towns(mentions)
        mentions += districts_in_named_countries(text, mentions, named_codes)
        mentions += word_towns(text, toks, mentions, named_codes, place_in_named)
        mentions += airports_named(text, lang, mentions, lower)
        mentions = foreign_towns_left_out(mentions, nationalities, text, lang)
        mentions.sort(key=lambda m: m.start)
        return mentions, toks

    def _division(self, row) -> Place:
        """The gazetteer's place of an admin1.csv row (its own Place where the index has none)."""
        place = admin1_place(row)
        try:
            return self.gazetteer.get(place.id)
        except KeyError:
            return place

    def _known(self, surface: str) -> bool:
        """Does the gazetteer have ``surface`` as a name (then the scanner has judged it)?"""
        return self.gazetteer.has_key(normalize_key(surface))

    def _spans_with_tokens(self, text, toks, lang):
        # Longest span first, so multi-word regions are not cut short.
        out = []
        # Words the document writes in lower case: the same word capitalised in a heading or
        # a title ("Director, Media and Advocacy", "Drug Seizures") is that word, not a town.
        lower = {t.text for t in toks if t.text.islower()}
        # Town names met as part of a person's name ("Edgar Joel Martinez Reyes"): the same
        # word alone further on is that person ("Martinez would use cryptocurrency")
        named: set[str] = set()
        i, n = 0, len(toks)
        while i < n:
            t = toks[i]
            if not (
                t.capitalised
                or t.text.lower() in _LOWER_HEADS
                or t.text.lower() in _COMPASS
                or t.text in _LOWER_NAMES
            ):
                i += 1
                continue
            step = 1
            for j in range(min(n - 1, i + self.max_tokens - 1), i - 1, -1):
                if not self._span_ok(text, toks, i, j):
                    continue
                surface = text[toks[i].start : toks[j].end]
                places = self.candidates(surface, lang)
                if not places:
                    continue
                only_cities = all(p.kind == "city" for p in places)
                echo = (
                    i == j
                    and only_cities
                    and (t.text.lower() in lower or t.text in named)
                    and not any(_by_own_name(p, t.text, _TRUSTED_POPULATION) for p in places)
                )
                # "Martinez Reyes": a town's name after a name part is a name part too
                after_name = i > 0 and toks[i - 1].text in named and _joined(text, toks[i - 1], t)
                rejected = (
                    echo
                    or (i == j and only_cities and after_name)
                    or self._rejected(text, toks, i, j, places)
                )
                if (
                    rejected
                    and i == j
                    and only_cities
                    and self._in_person_name(text, toks, i, named)
                ):
                    named.add(t.text)
                if not rejected:
                    i0 = self._trim_article(text, toks, i, j, places, lang)
                    out.append((i0, j, self.candidates(text[toks[i0].start : toks[j].end], lang)))
                    step = j - i + 1
                break
            i += step
        return out


def _after_organisation_head(toks: list[Token], i: int) -> bool:
    """Named after an organisation's head: "Conseil de l'Europe", "Bank of England",
    "ministère de l'Intérieur"."""
    k = i - 1
    while k >= 0 and toks[k].text.lower() in _CONNECTORS and i - k <= 3:
        k -= 1
    return k >= 0 and k < i - 1 and toks[k].text.lower() in _ORG_HEADS and toks[k].capitalised
