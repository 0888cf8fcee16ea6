"""Demonym adjectives (French and English) -> ISO alpha-2 country code.

"les côtes libyennes" names a place (Libya); "des femmes nigérianes" names where people come
from. The words are the gazetteer's table, ``geodata/data/demonyms.yaml`` (one list for both:
French forms are generated from the masculine singular, libyen -> libyenne, libyens,
libyennes); this module adds the regional demonyms and the compass words around them.
"""

from __future__ import annotations

from functools import lru_cache

from flows.extract.lexicon import lexicon
from geodata.normalize import fold_key


@lru_cache(maxsize=1)
def _indexes() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """The demonym table read once: its forms of one word and of two words, by language."""
    from geodata.supplement import load_demonyms

    one: dict[str, dict[str, str]] = {"fr": {}, "en": {}}
    two: dict[str, dict[str, str]] = {"fr": {}, "en": {}}
    for code, forms in load_demonyms().items():
        for form, lang in forms:
            if " " not in form and form.lower() not in _REGIONAL:
                one[lang][fold_key(form)] = code
            elif form.count(" ") == 1:
                two[lang][fold_key(form)] = code
    return one, two


def demonym_index() -> dict[str, dict[str, str]]:
    """``{lang: {folded form: country code}}`` from ``geodata/data/demonyms.yaml``.

    The one table of nationality words is the gazetteer's; the extractor reads it a token at a
    time, so it leaves out forms of two words ("South African": split on its space it would
    make "South" and "African" South Africa; :func:`demonym_country_pair` reads those as a
    pair) and the words it reads as regions ("anglais", "English": England, not the United
    Kingdom).
    """
    return _indexes()[0]


@lru_cache(maxsize=1)
def _first_letters() -> frozenset[str]:
    return frozenset(k[:2] for forms in demonym_index().values() for k in forms)


def demonym_country(word: str, lang: str) -> str | None:
    """ISO code a demonym adjective points to, e.g. ``libyennes`` -> ``LY``.

    >>> [demonym_country(w, "en") for w in ("Sudanese", "South", "African", "Libyans")]
    ['SD', None, None, 'LY']
    """
    if len(word) < 4 or fold_key(word[:2]) not in _first_letters():
        return None  # cheap rejection: most words start unlike any demonym
    index = demonym_index()
    return index.get(lang if lang in index else "en", {}).get(fold_key(word))


def demonym_country_pair(first: str, second: str, lang: str) -> str | None:
    """ISO code of a demonym of two words ("Sri Lankans", "Sierra Leonean", "Costa Rican").

    >>> demonym_country_pair("Sri", "Lankans", "en"), demonym_country_pair("Sri", "Lanka", "en")
    ('LK', None)
    """
    index = _indexes()[1]
    return index.get(lang if lang in index else "en", {}).get(fold_key(f"{first} {second}"))


# Demonyms of regions: "European parties", "le continent africain", "Asian heroin".
_REGIONAL = {
    "european": "Europe", "europeans": "Europe", "african": "Africa", "africans": "Africa",
    "asian": "Asia", "balkan": "Balkans", "latin-american": "Latin America",
    "yugoslav": "former Yugoslavia", "yougoslave": "former Yugoslavia",
    "yougoslaves": "former Yugoslavia",
    "européen": "Europe", "européenne": "Europe", "européens": "Europe", "européennes": "Europe",
    "africain": "Africa", "africaine": "Africa", "africains": "Africa", "africaines": "Africa",
    "asiatique": "Asia", "asiatiques": "Asia", "balkanique": "Balkans", "balkaniques": "Balkans",
    # a nation within a state: "les côtes anglaises", "the English coast"
    "english": "England", "anglais": "England", "anglaise": "England", "anglaises": "England",
    # a region across states: "Sahelian countries"
    "sahelian": "Sahel",
}  # fmt: skip


# Regional demonyms written as one word with a hyphen (French) ...
_REGIONAL.update({
    f"{stem}{end}": region
    for stem, region in {
        "ouest-africain": "West Africa", "nord-africain": "North Africa",
        "est-africain": "East Africa", "sud-américain": "South America",
        "latino-américain": "Latin America", "centraméricain": "Central America",
        "centre-américain": "Central America", "subsaharien": "Sub-Saharan Africa",
        "sub-saharien": "Sub-Saharan Africa", "centrasiatique": "Central Asia",
        "moyen-oriental": "Middle East", "sud-est-asiatique": "South-East Asia",
        "est-européen": "Eastern Europe", "ouest-européen": "Western Europe",
        "sud-asiatique": "South Asia", "sahélien": "Sahel",
    }.items()
    for end in ("", "e", "s", "es", "ne", "nes")
})  # fmt: skip
# irregular plurals: "des migrants moyen-orientaux"
_REGIONAL.update({"moyen-orientaux": "Middle East"})
# ... or as two words: a compass word, then a continental demonym ("West African women",
# "Central American migrants"; "les Africains de l'Ouest" is read from the tokens after).
_COMPASS_REGIONS = {
    ("west", "africa"): "West Africa", ("western", "africa"): "West Africa",
    ("north", "africa"): "North Africa", ("northern", "africa"): "North Africa",
    ("east", "africa"): "East Africa", ("eastern", "africa"): "East Africa",
    ("central", "africa"): "Central Africa", ("sub-saharan", "africa"): "Sub-Saharan Africa",
    ("south", "america"): "South America", ("central", "america"): "Central America",
    ("north", "america"): "North America", ("nord", "america"): "North America",
    ("latin", "america"): "Latin America", ("southeast", "asia"): "South-East Asia",
    ("south-east", "asia"): "South-East Asia", ("central", "asia"): "Central Asia",
    ("eastern", "europe"): "Eastern Europe", ("western", "europe"): "Western Europe",
    ("ouest", "africa"): "West Africa", ("nord", "africa"): "North Africa",
    ("est", "africa"): "East Africa", ("centrale", "africa"): "Central Africa",
    ("sud", "america"): "South America", ("centrale", "america"): "Central America",
    ("latine", "america"): "Latin America", ("est", "europe"): "Eastern Europe",
    ("ouest", "europe"): "Western Europe", ("centrale", "asia"): "Central Asia",
    ("middle", "east"): "Middle East",  # "Middle Eastern countries"
}  # fmt: skip
_CONTINENT_OF = {
    "african": "africa", "africans": "africa", "american": "america", "americans": "america",
    "asian": "asia", "asians": "asia", "european": "europe", "europeans": "europe",
    "africain": "africa", "africains": "africa", "africaine": "africa", "africaines": "africa",
    "américain": "america", "américains": "america", "américaine": "america",
    "américaines": "america", "asiatique": "asia", "asiatiques": "asia",
    "européen": "europe", "européens": "europe", "européenne": "europe", "européennes": "europe",
    "eastern": "east",  # only after "Middle": "Middle Eastern"
}  # fmt: skip


@lru_cache(maxsize=2)
def _place_demonyms(name: str) -> dict[str, dict[str, str]]:
    """lang -> {every form of an adjective: the place's name} (lexicon table ``name``:
    ``city_demonyms`` or ``region_demonyms``)."""
    from geodata.supplement import english_demonym_forms, french_demonym_forms

    table = lexicon("en").table(name)
    forms = {"fr": french_demonym_forms, "en": english_demonym_forms}
    return {
        lang: {form: place for word, place in (table.get(lang) or {}).items()
               for form in forms[lang](word)}
        for lang in ("fr", "en")
    }  # fmt: skip


def _city_demonyms() -> dict[str, dict[str, str]]:
    """lang -> {every form of a city adjective: the city's name} (lexicon ``city_demonyms``)."""
    return _place_demonyms("city_demonyms")


def demonym_subregion(word: str, lang: str) -> str | None:
    """The region within a state that an adjective names (lexicon ``region_demonyms``), or None.

    >>> demonym_subregion("siciliennes", "fr"), demonym_subregion("Calabrian", "en")
    ('Sicily', 'Calabria')
    >>> demonym_subregion("Siciliens", "fr"), demonym_subregion("andalouses", "fr")
    (None, 'Andalusia')
    """
    return _place_demonyms("region_demonyms")["fr" if lang == "fr" else "en"].get(word)


def demonym_city(word: str, lang: str) -> str | None:
    """The city a city adjective names, as written (French in lower case only), or None.

    >>> demonym_city("toulousaines", "fr"), demonym_city("Parisian", "en")
    ('Toulouse', 'Paris')
    >>> demonym_city("Parisien", "fr"), demonym_city("parisian", "en")
    (None, None)
    """
    return _city_demonyms()["fr" if lang == "fr" else "en"].get(word)


def demonym_region(word: str) -> str | None:
    """The region a regional demonym names (``European`` -> ``Europe``), or None.

    >>> demonym_region("European"), demonym_region("ouest-africaines"), demonym_region("Libyan")
    ('Europe', 'West Africa', None)
    """
    return _REGIONAL.get(word.lower())


def compass_region(compass: str, word: str) -> str | None:
    """The region named by a compass word and a continental demonym, or None.

    ``compass`` comes before the demonym in English ("West African") and after it in French
    ("Africains de l'Ouest", "Américains du Sud"; the caller passes the compass word).

    >>> compass_region("West", "African"), compass_region("Ouest", "Africains")
    ('West Africa', 'West Africa')
    >>> compass_region("South", "Sudanese") is None
    True
    """
    continent = _CONTINENT_OF.get(word.lower())
    if continent is None:
        return None
    return _COMPASS_REGIONS.get((compass.lower(), continent))


# A compass word before a demonym that names another country than the demonym alone:
# "North Korean" is not "Korean" (South Korea), "South Sudanese" is not "Sudanese".
_COMPASS_COUNTRIES = {("north", "KR"): "KP", ("south", "SD"): "SS", ("south", "KR"): "KR"}


def compass_country(compass: str, code: str) -> str | None:
    """The country a compass word and a demonym's country name together, or None.

    >>> compass_country("North", "KR"), compass_country("South", "SD")
    ('KP', 'SS')
    >>> compass_country("North", "SD") is None
    True
    """
    return _COMPASS_COUNTRIES.get((compass.lower(), code))
