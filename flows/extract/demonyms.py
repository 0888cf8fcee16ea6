"""Demonym adjectives (French and English) -> ISO alpha-2 country code.

"les côtes libyennes" names a place (Libya); "des femmes nigérianes" names where people come
from. French forms are generated from the masculine singular (libyen -> libyenne, libyens,
libyennes); irregular ones are listed whole.
"""

from __future__ import annotations

from functools import lru_cache

from flows.extract.lexicon import lexicon
from geodata.normalize import fold_key

# code: (French masculine singular forms, English forms), forms separated by spaces; an
# English form of two words is written with "_" ("South_African"): it is never one token, and
# split on its space it would make "South" and "African" South Africa, "Sudanese" South Sudan.
_TABLE: dict[str, tuple[str, str]] = {
    "AF": ("afghan", "Afghan"),
    "AL": ("albanais", "Albanian"),
    "DZ": ("algérien", "Algerian"),
    "DE": ("allemand", "German"),
    "AO": ("angolais", "Angolan"),
    "SA": ("saoudien", "Saudi"),
    "AR": ("argentin", "Argentinian Argentine"),
    "AM": ("arménien", "Armenian"),
    "AT": ("autrichien", "Austrian"),
    "AZ": ("azerbaïdjanais", "Azerbaijani"),
    "BD": ("bangladais bangladeshi", "Bangladeshi Bengali"),
    "BE": ("belge", "Belgian"),
    "BY": ("biélorusse bélarusse", "Belarusian"),
    "BO": ("bolivien", "Bolivian"),
    "BA": ("bosnien bosniaque", "Bosnian"),
    "BR": ("brésilien", "Brazilian"),
    "BG": ("bulgare", "Bulgarian"),
    "BF": ("burkinabè", "Burkinabe"),
    "CM": ("camerounais", "Cameroonian"),
    "CA": ("canadien", "Canadian"),
    "CL": ("chilien", "Chilean"),
    "CN": ("chinois", "Chinese"),
    "CY": ("chypriote", "Cypriot"),
    "CO": ("colombien", "Colombian"),
    "CI": ("ivoirien", "Ivorian"),
    "HR": ("croate", "Croatian"),
    "CU": ("cubain", "Cuban"),
    "DK": ("danois", "Danish"),
    "EG": ("égyptien", "Egyptian"),
    "AE": ("émirien émirati", "Emirati"),
    "EC": ("équatorien", "Ecuadorian Ecuadorean"),
    "ER": ("érythréen", "Eritrean"),
    "ES": ("espagnol", "Spanish"),
    "EE": ("estonien", "Estonian"),
    "US": ("américain étasunien", "American"),
    "ET": ("éthiopien", "Ethiopian"),
    "FI": ("finlandais", "Finnish"),
    "FR": ("français", "French"),
    "GM": ("gambien", "Gambian"),
    "GE": ("géorgien", "Georgian"),
    "GH": ("ghanéen", "Ghanaian"),
    "GR": ("grec", "Greek"),
    "GN": ("guinéen", "Guinean"),
    "HU": ("hongrois", "Hungarian"),
    "IN": ("indien", "Indian"),
    "ID": ("indonésien", "Indonesian"),
    "IQ": ("irakien", "Iraqi"),
    "IR": ("iranien", "Iranian"),
    "IE": ("irlandais", "Irish"),
    "IT": ("italien", "Italian"),
    "JM": ("jamaïcain", "Jamaican"),
    "JP": ("japonais", "Japanese"),
    "JO": ("jordanien", "Jordanian"),
    "KZ": ("kazakh", "Kazakh"),
    "KE": ("kényan", "Kenyan"),
    "XK": ("kosovar", "Kosovar Kosovan"),
    "LV": ("letton", "Latvian"),
    "LB": ("libanais", "Lebanese"),
    "LY": ("libyen", "Libyan"),
    "LT": ("lituanien", "Lithuanian"),
    "MK": ("macédonien", "Macedonian"),
    "ML": ("malien", "Malian"),
    "MA": ("marocain", "Moroccan"),
    "MR": ("mauritanien", "Mauritanian"),
    "MX": ("mexicain", "Mexican"),
    "MD": ("moldave", "Moldovan"),
    "ME": ("monténégrin", "Montenegrin"),
    "NE": ("nigérien", "Nigerien"),
    "NG": ("nigérian nigérian", "Nigerian"),
    "NL": ("néerlandais hollandais", "Dutch"),
    "PK": ("pakistanais", "Pakistani"),
    "PY": ("paraguayen", "Paraguayan"),
    "PE": ("péruvien", "Peruvian"),
    "PL": ("polonais", "Polish"),
    "PT": ("portugais", "Portuguese"),
    "RO": ("roumain", "Romanian"),
    "GB": ("britannique", "British"),
    "RU": ("russe", "Russian"),
    "SN": ("sénégalais", "Senegalese"),
    "RS": ("serbe", "Serbian Serb"),
    "SK": ("slovaque", "Slovak"),
    "SI": ("slovène", "Slovenian"),
    "SO": ("somalien", "Somali"),
    "SD": ("soudanais", "Sudanese"),
    "SE": ("suédois", "Swedish"),
    "CH": ("suisse", "Swiss"),
    "SY": ("syrien", "Syrian"),
    "TJ": ("tadjik", "Tajik"),
    "TD": ("tchadien", "Chadian"),
    "CZ": ("tchèque", "Czech"),
    "TH": ("thaïlandais", "Thai"),
    "TN": ("tunisien", "Tunisian"),
    "TR": ("turc", "Turkish"),
    "UA": ("ukrainien", "Ukrainian"),
    "VE": ("vénézuélien", "Venezuelan"),
    "VN": ("vietnamien", "Vietnamese"),
    "YE": ("yéménite", "Yemeni"),
    "NO": ("norvégien", "Norwegian"),
    "MY": ("malaisien", "Malaysian"),
    "PH": ("philippin", "Filipino Philippine"),
    "NP": ("népalais", "Nepalese Nepali"),
    "LK": ("sri-lankais", "Sri_Lankan"),
    "MM": ("birman", "Burmese"),
    "KH": ("cambodgien", "Cambodian"),
    "KR": ("coréen sud-coréen", "Korean"),
    "UZ": ("ouzbek", "Uzbek"),
    "KG": ("kirghiz", "Kyrgyz"),
    "TM": ("turkmène", "Turkmen"),
    "UG": ("ougandais", "Ugandan"),
    "TZ": ("tanzanien", "Tanzanian"),
    "CD": ("congolais", "Congolese"),
    "RW": ("rwandais", "Rwandan"),
    "ZW": ("zimbabwéen", "Zimbabwean"),
    "ZM": ("zambien", "Zambian"),
    "MW": ("malawite malawien", "Malawian"),
    "MZ": ("mozambicain", "Mozambican"),
    "ZA": ("sud-africain", "South_African"),
    "SL": ("sierra-léonais", "Sierra_Leonean"),
    "LR": ("libérien", "Liberian"),
    "BJ": ("béninois", "Beninese"),
    "TG": ("togolais", "Togolese"),
    "HT": ("haïtien", "Haitian"),
    "DO": ("dominicain", "Dominican"),
    "GT": ("guatémaltèque", "Guatemalan"),
    "HN": ("hondurien", "Honduran"),
    "SV": ("salvadorien", "Salvadoran Salvadorian"),
    "OM": ("omanais", "Omani"),
    "QA": ("qatari qatarien", "Qatari"),
    "KW": ("koweïtien", "Kuwaiti"),
    "IL": ("israélien", "Israeli"),
    "PS": ("palestinien", "Palestinian"),
    "IS": ("islandais", "Icelandic"),
    "MT": ("maltais", "Maltese"),
    "LU": ("luxembourgeois", "Luxembourgish"),
    "CV": ("cap-verdien", "Cape_Verdean"),
    "GW": ("bissau-guinéen", "Bissau-Guinean"),
    "NI": ("nicaraguayen", "Nicaraguan"),
    "PA": ("panaméen", "Panamanian"),
    "UY": ("uruguayen", "Uruguayan"),
    "CR": ("costaricien", "Costa_Rican"),
    "SS": ("sud-soudanais", "South_Sudanese"),
    "KP": ("nord-coréen", "North_Korean"),
    "AU": ("australien", "Australian"),
    "NZ": ("néo-zélandais", "New_Zealander"),
    "TT": ("trinidadien", "Trinidadian"),
    "SG": ("singapourien", "Singaporean"),
    "TW": ("taïwanais", "Taiwanese"),
    "MG": ("malgache", "Malagasy"),
    "MU": ("mauricien", "Mauritian"),
    "DJ": ("djiboutien", "Djiboutian"),
    "BI": ("burundais", "Burundian"),
    "GA": ("gabonais", "Gabonese"),
    "KM": ("comorien", "Comorian"),
    "LA": ("laotien", "Laotian"),
    "GY": ("guyanien", "Guyanese"),
    "SR": ("surinamien", "Surinamese"),
    "NA": ("namibien", "Namibian"),
    "MN": ("mongol", "Mongolian"),
    "BH": ("bahreïni bahreïnien", "Bahraini"),
    "BZ": ("bélizien", "Belizean"),
    "BB": ("barbadien", "Barbadian"),
    "BS": ("bahaméen", "Bahamian"),
    "MC": ("monégasque", "Monegasque"),
    "FJ": ("fidjien", "Fijian"),
    "CF": ("centrafricain", "Central_African"),
    "GQ": ("équato-guinéen", "Equatoguinean"),
    "MV": ("maldivien", "Maldivian"),
    "BT": ("bhoutanais", "Bhutanese"),
    "BW": ("botswanais", "Botswanan"),
}
_IRREGULAR_FR = {
    "turc": ("turque", "turcs", "turques"),
    "grec": ("grecque", "grecs", "grecques"),
    "kazakh": ("kazakhe", "kazakhs", "kazakhes"),
    "tadjik": ("tadjike", "tadjiks", "tadjikes"),
    "burkinabè": ("burkinabè", "burkinabès", "burkinabès"),
    "ouzbek": ("ouzbèke", "ouzbeks", "ouzbèkes"),
    "turkmène": ("turkmènes",),
}


def _french_forms(m: str) -> set[str]:
    if m in _IRREGULAR_FR:
        return {m, *_IRREGULAR_FR[m]}
    if m.endswith("e"):
        return {m, m + "s"}
    if m.endswith(("ien", "éen", "yen")):
        f = m + "ne"
    elif m.endswith("s"):
        return {m, m + "e", m + "es"}
    else:
        f = m + "e"
    return {m, m + "s", f, f + "s"}


@lru_cache(maxsize=1)
def demonym_index() -> dict[str, dict[str, str]]:
    """``{lang: {folded form: country code}}``."""
    fr: dict[str, str] = {}
    en: dict[str, str] = {}
    for code, (fr_forms, en_forms) in _TABLE.items():
        for base in fr_forms.split():
            for form in _french_forms(base):
                fr[fold_key(form)] = code
        for form in en_forms.split():
            if "_" in form:
                continue  # two words ("South_African"): not a token of its own
            en[fold_key(form)] = code
            en[fold_key(form + "s")] = code
    return {"fr": fr, "en": en}


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
    }.items()
    for end in ("", "e", "s", "es", "ne", "nes")
})  # fmt: skip
# ... or as two words: a compass word, then a continental demonym ("West African women",
# "Central American migrants"; "les Africains de l'Ouest" is read from the tokens after).
_COMPASS_REGIONS = {
    ("west", "africa"): "West Africa", ("western", "africa"): "West Africa",
    ("north", "africa"): "North Africa", ("northern", "africa"): "North Africa",
    ("east", "africa"): "East Africa", ("eastern", "africa"): "East Africa",
    ("central", "africa"): "Central Africa", ("sub-saharan", "africa"): "Sub-Saharan Africa",
    ("south", "america"): "South America", ("central", "america"): "Central America",
    ("latin", "america"): "Latin America", ("southeast", "asia"): "South-East Asia",
    ("south-east", "asia"): "South-East Asia", ("central", "asia"): "Central Asia",
    ("eastern", "europe"): "Eastern Europe", ("western", "europe"): "Western Europe",
    ("ouest", "africa"): "West Africa", ("nord", "africa"): "North Africa",
    ("est", "africa"): "East Africa", ("centrale", "africa"): "Central Africa",
    ("sud", "america"): "South America", ("centrale", "america"): "Central America",
    ("latine", "america"): "Latin America", ("est", "europe"): "Eastern Europe",
    ("ouest", "europe"): "Western Europe", ("centrale", "asia"): "Central Asia",
}  # fmt: skip
_CONTINENT_OF = {
    "african": "africa", "africans": "africa", "american": "america", "americans": "america",
    "asian": "asia", "asians": "asia", "european": "europe", "europeans": "europe",
    "africain": "africa", "africains": "africa", "africaine": "africa", "africaines": "africa",
    "américain": "america", "américains": "america", "américaine": "america",
    "américaines": "america", "asiatique": "asia", "asiatiques": "asia",
    "européen": "europe", "européens": "europe", "européenne": "europe", "européennes": "europe",
}  # fmt: skip


@lru_cache(maxsize=1)
def _city_demonyms() -> dict[str, dict[str, str]]:
    """lang -> {every form of a city adjective: the city's name} (lexicon ``city_demonyms``)."""
    from geodata.supplement import english_demonym_forms, french_demonym_forms

    table = lexicon("en").table("city_demonyms")
    forms = {"fr": french_demonym_forms, "en": english_demonym_forms}
    return {
        lang: {form: city for word, city in (table.get(lang) or {}).items()
               for form in forms[lang](word)}
        for lang in ("fr", "en")
    }  # fmt: skip


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
