"""Small towns of countries the text never names, read where nothing says they are places:
left out.

The gazetteer's towns share their names with districts it lacks, people and words. Where the
text names neither a town's country (by another of its places) nor a nationality of it, and no
word places any mention of the name (lexicon ``town_placed_before`` / ``town_placed_after``:
"in", "near", "between ... and", "the port of", "the X route"; "à", "près de", "le canton
de"; or a dateline), a town of fewer than ``WELL_KNOWN_POPULATION`` people is most often one of
these:

- a town found only by another of its spellings: "Okala" for Ocala, Florida, in a story on
  Libreville; "El Mina" for Elmina, Ghana, a district of Nouakchott; "Sahar" for Sohar, Oman;
  "Highlands" for Highland, California. A name that keeps the town's own word beside a
  translated generic one ("Port Klang" for Pelabuhan Klang), or a town's name in a language
  of ``exonyms.yaml`` or of the supplement ("Renaix", "La Valette", "Vintimille"), is no other
  spelling;
- a town of fewer than ``UNPLACED_POPULATION`` people named by its own name: "Alicia Valle
  said", "the manager, Maia Santos-Deguito", "the Movement for Liberty", "Federal
  prosecutors", "Orange, Dade and Broward" counties, "le Ministère public de la
  Confédération". A word that places it keeps it ("arrested in Middleton", "près de
  Providenciales").

A city known far beyond its country keeps its name wherever it is written (Geneva, "Moscou",
"Anvers", "Bâle"), and a French text need not name France or its overseas departments for
their towns (lexicon ``home_countries``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from flows.extract.datelines import in_dateline
from flows.extract.lexicon import ByLang
from flows.extract.mention import Mention
from geodata.names import EXONYM_LANGS, exonym_entries, localized_name
from geodata.normalize import fold_key, normalize_key
from geodata.place import Place

# A town of this many people is known abroad, by its other names too (Basel 177,000: "Bâle")
WELL_KNOWN_POPULATION = 150_000
# ... and one of this many by its own name even where no word places it (at 150,000 the
# rule left out right flow ends as well)
UNPLACED_POPULATION = 80_000
_PLACED_BEFORE = ByLang("town_placed_before")
_PLACED_AFTER = ByLang("town_placed_after")
_HOME_COUNTRIES = ByLang("home_countries", words=True)
_WINDOW = 40  # characters before a name where the word that places it may stand


def _translated_generic(surface: str, name: str) -> bool:
    """Does a name of several words keep the town's own word, its generic word translated
    ("Port Klang" for Pelabuhan Klang)?

    >>> _translated_generic("Port Klang", "Pelabuhan Klang"), _translated_generic("Worth", "Wörth")
    (True, False)
    """
    words = fold_key(surface).split()
    return len(words) > 1 and bool(set(words) & set(fold_key(name).split()))


def _by_other_spelling(m: Mention) -> bool:
    """Is ``m`` a town found by a name that is not its own (articles and accents aside)?

    >>> from geodata.place import Place
    >>> ocala = Place("a", "Ocala", "city", -82.1, 29.2, "US", population=58_218)
    >>> _by_other_spelling(Mention("Okala", 0, 5, ocala, 0.95, "alias"))
    True
    >>> havre = Place("b", "Le Havre", "city", 0.1, 49.5, "FR", population=185_972)
    >>> _by_other_spelling(Mention("Havre", 0, 5, havre, 0.95, "alias"))
    False
    """
    place = m.place
    return (
        m.method == "alias"
        and fold_key(m.surface) != fold_key(place.name)
        and normalize_key(m.surface) != normalize_key(place.name)
        and not _translated_generic(m.surface, place.name)
    )


@lru_cache(maxsize=1)
def _exonyms() -> frozenset[str]:
    """The names of ``exonyms.yaml`` ("Renaix", "La Valette", "Tombouctou"), folded."""
    return frozenset(
        fold_key(local) for lang in EXONYM_LANGS for _, _, local in exonym_entries(lang)
    )


def _exonym(surface: str, place: Place) -> bool:
    """Is ``surface`` a town's name in a language of ``exonyms.yaml`` or of the supplement: a
    name the project gives a town, not a stray spelling ("La Valette" is Valletta, or a French
    town in its own right; "Vintimille")?

    >>> okala = Place("a", "Ocala", "city", -82.1, 29.2, "US", population=58_218)
    >>> _exonym("Renaix", okala), _exonym("Okala", okala)
    (True, False)
    """
    key = fold_key(surface)
    return key in _exonyms() or any(
        key != fold_key(place.name)
        and key == fold_key(localized_name(place.id, place.name, lang, place.country_code))
        for lang in EXONYM_LANGS
    )


def _placed(text: str, m: Mention, lang: str) -> bool:
    """Does a word that places a town stand right before ``m``, or does ``m`` open a dateline
    ("NADI, 24 June")?"""
    before = text[max(0, m.start - _WINDOW) : m.start]
    return (
        bool(_PLACED_BEFORE[lang].search(before))
        or bool(_PLACED_AFTER[lang].match(text[m.end : m.end + _WINDOW]))
        or in_dateline(text, m.start, m.end)
    )


def foreign_towns_left_out(
    mentions: list[Mention], nationality_codes: Iterable[str], text: str, lang: str
) -> list[Mention]:
    """``mentions`` less the towns of fewer than ``WELL_KNOWN_POPULATION`` people, outside the
    countries of the text's language, that neither another name of the text nor one of its
    nationality words (``nationality_codes``) places in their country, that no word places,
    and that are found by another spelling or have fewer than ``UNPLACED_POPULATION`` people
    (the module's docstring).

    >>> from geodata.place import Place
    >>> ocala = Place("a", "Ocala", "city", -82.1, 29.2, "US", population=58_218)
    >>> gabon = Place("country:GA", "Gabon", "country", 11.6, -0.8, "GA")
    >>> text = "Au Gabon, elle a fui le domicile d'Okala."
    >>> ms = [Mention("Gabon", 3, 8, gabon, 1.0, "exact"),
    ...       Mention("Okala", 35, 40, ocala, 0.95, "alias")]
    >>> [m.surface for m in foreign_towns_left_out(ms, (), text, "fr")]
    ['Gabon']
    >>> [m.surface for m in foreign_towns_left_out(ms, ("US",), text, "fr")]
    ['Gabon', 'Okala']
    """
    named = set(nationality_codes)
    home = _HOME_COUNTRIES[lang]
    by_name: dict[str, list[Mention]] = {}
    for m in mentions:
        by_name.setdefault(fold_key(m.surface), []).append(m)

    def named_elsewhere(code: str | None, key: str) -> bool:
        return code in named or any(
            n.place.country_code == code for k, ms in by_name.items() if k != key for n in ms
        )

    out = []
    for m in mentions:
        place, key = m.place, fold_key(m.surface)
        if (
            place.kind == "city"
            and 0 < place.population < WELL_KNOWN_POPULATION
            and not named_elsewhere(place.country_code, key)
            and not _exonym(m.surface, place)
            and not any(_placed(text, n, lang) for n in by_name[key])
            and place.country_code not in home
            and (_by_other_spelling(m) or place.population < UNPLACED_POPULATION)
        ):
            continue
        out.append(m)
    return out
