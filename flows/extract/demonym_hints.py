"""Demonyms as places: the nationality of what moves gives its origin.

"héroïne afghane", "Nigerian women", "Syrian, Afghan and Iraqi nationals", "sont des
Érythréens et des Soudanais"; people who send ("les Ukrainiens inondent"); people receiving or
buying ("fourni des pistolets à des trafiquants albanais") as destinations. A nationality of
officials, a vehicle, a crew, a crime group or people arrested moves nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from flows.extract.demonyms import (
    compass_country,
    compass_region,
    demonym_city,
    demonym_country,
    demonym_country_pair,
    demonym_region,
    demonym_subregion,
)
from flows.extract.direction import DEST, LOCATION, ORIGIN, Tagged
from flows.extract.lexicon import ByLang, lexicon
from flows.extract.mention import Mention, Token, overlaps
from geodata.normalize import GEO_NOUNS

# Words a demonym qualifies when it says where goods or people come from.
_CARRIED = ByLang("carried", words=True)

_LENDERS = ByLang("lenders", words=True)

_STORES = ByLang("stores", words=True)

_LOANS = ByLang("loans", words=True)

# nouns of people who move (the lexicon's PEOPLE): "150 personnes (Turcs, Afghans)"
_PEOPLE_NAMED = ByLang("people_named")

# Words inside a list of demonyms ("Syrian, Afghan and Iraqi", "des Maliens et des Guinéens").
_LIST_WORDS = lexicon("en").words("list_words")

# a list of nationalities goes on past peoples with no state ("afghans, kurdes et irakiens")
_IN_LIST = _LIST_WORDS | lexicon("en").words("stateless_peoples")

# "les passagers sont des Sénégalais", "most of them were Eritreans": people named by nationality.
_COPULA = ByLang("copula", words=True)

_COUNTS = ByLang("counts", words=True)

_MOVES_PEOPLE = ByLang("moves_people", words=True)

_MOVED_FILLER = ByLang("moved_filler", words=True)

_ARRESTED_AFTER = ByLang("arrested_after")

_COUNT_OF = ByLang("count_of", words=True)

# People named by nationality who travel: "the Bangladeshis had first flown to", "des
# Afghans arrivent en Grèce" (the verb follows within a few words, no place in between).
_TRAVELLED = ByLang("travelled")

# Who receives money, named by nationality: "European parties", "des partis européens".
_RECEIVERS = ByLang("receivers", words=True)

_RECEIVER_PREPS = ByLang("receiver_preps", words=True)

# Who commits the crime: their nationality is no origin of what moves ("the smugglers, mostly
# Albanians", "des passeurs, essentiellement des Irakiens").
_PERPETRATORS = ByLang("perpetrators", words=True)

# "nationals", "ressortissants": people named by passport only; after perpetrators or their
# group ("the smugglers, mainly Polish nationals", "a syndicate composed of Iraqi nationals")
# they are who commits the crime.
_IDENTITY = ByLang("identity", words=True)

_PERPETRATOR_GROUPS = ByLang("perpetrator_groups", words=True)

# "the trafficking of", "la traite des": the people named next are those moved
_TRAFFICKING_OF = lexicon("en").regex("trafficking_of_people")

_MEMBERS_FILLER = ByLang("members_filler", words=True)

_PROSECUTED = ByLang("prosecuted", words=True)

_MOVERS = ByLang("movers", words=True)

# the people just named were moved: "... being smuggled", "... qui étaient conduits"
_MOVED_AFTER_LIST = ByLang("moved_after")

# Who buys, named by nationality, after a verb of supplying: "sold to Albanian gangs".
_BUYERS = ByLang("buyers", words=True)

_BUYER_GIVEN = ByLang("buyer_given")

# Vehicles: "a Turkish lorry", "un camion espagnol" say whose the vehicle is, not an end.
_VEHICLES = ByLang("vehicles", words=True)

_ONE_PERSON = lexicon("en").words("one_person")

# Nouns of state and press: "les autorités britanniques", "the Bulgarian customs service" say
# who acts or reports, not where anything moves.
_ACTORS = ByLang("actors", words=True)

# "de la cocaïne d'origine colombienne", "heroin of Afghan origin": where the goods come from
_ORIGIN_NOUNS = ByLang("origin_nouns", words=True)

# "le marché noir européen", "European markets": the market is where the goods go.
_MARKETS = ByLang("markets", words=True)

# ... but not a value on a market: "une valeur estimée à 89 millions sur le marché européen"
_PRICED = ByLang("priced")

# "several African countries including Burkina Faso": the countries named after the region are
# the ends (English; see _examples_follow).
_COUNTRY_NOUNS = ByLang("country_nouns", words=True)

_EXAMPLES_AFTER = ByLang("examples_after")

# "sont de nationalité nigériane": the people's nationality
_NATIONALITY_OF = ByLang("nationality_of")

_PART = "part"  # a word of a longer demonym ("Central" in "Central American")


def demonym_hints(
    toks: list[Token],
    mentions: list[Mention],
    lang: str,
    text: str | None,
    country: Callable[[str], object],
) -> list[Tagged]:
    """Demonyms next to what moves ("héroïne afghane", "Nigerian women", "Syrian, Afghan
    and Iraqi nationals", "sont des Érythréens et des Soudanais") and the people who send
    ("les Ukrainiens inondent"), as inferred origins. ``toks``: the sentence's."""
    out: list[Tagged] = []
    codes = [
        demonym_country(t.text, lang)
        or _region_key(t.text)
        or _city_key(t.text, lang)
        or _subregion_key(t.text, lang)
        for t in toks
    ]
    if lang != "fr":
        _country_named_nationals(toks, codes, country)
    starts = [t.start for t in toks]
    for i in range(len(toks)):
        # "West African women", "les Africains de l'Ouest": a compass word makes the region
        region, first, last = _compass_region(toks, i, lang)
        if region is not None:
            # the compass word stays part of a list ("Mexican and Central American women")
            codes[first : last + 1] = [_PART] * (last + 1 - first)
            codes[i] = f"region:{region}"
            starts[i] = toks[first].start
        elif codes[i] and i > 0 and toks[i].start - toks[i - 1].end <= 1:
            # "North Korean", "South Sudanese": the compass word names another country
            other = compass_country(toks[i - 1].text, codes[i])
            # "Bissau-Guinean": a demonym written with a hyphen is one word
            joined = (
                demonym_country(f"{toks[i - 1].text}-{toks[i].text}", lang)
                if toks[i].start - toks[i - 1].end == 1
                else None
            )
            if joined is not None:
                other = joined
            # "South African": a demonym of two words whose second is a continent's
            other = other or demonym_country_pair(toks[i - 1].text, toks[i].text, lang)
            if other is not None:
                codes[i], starts[i] = other, toks[i - 1].start
        elif codes[i] is None and i > 0 and toks[i].start - toks[i - 1].end == 1:
            # "Sierra Leonean", "Sri Lankans", "Costa Rican": a demonym of two words
            two = demonym_country_pair(toks[i - 1].text, toks[i].text, lang)
            if two is not None:
                codes[i], starts[i] = two, toks[i - 1].start
    for i, t in enumerate(toks):
        code = codes[i]
        if code is None or code == _PART:
            continue
        a, b = starts[i], t.end
        if overlaps(a, b, mentions):
            continue
        place = country(code)
        if place is None:
            continue
        # A list of demonyms shares the noun it qualifies: walk over the list.
        lo, hi = _list_span(toks, codes, i)
        # the noun a demonym qualifies, one adjective apart at most: "Afghan opium",
        # "Russian clandestine funding", "l'héroïne afghane", "les partis politiques européens"
        if lang == "fr":
            written = [toks[k].text for k in (lo - 1, lo - 2) if k >= 0]
        else:
            written = [toks[k].text for k in (hi + 1, hi + 2) if k < len(toks)]
        nouns = [w.lower() for w in written]
        if lang != "fr" and hi + 1 < len(toks) and _org_named(toks[hi + 1]):
            continue  # "the Australian Institute of Criminology", "The Indian Express"
        if _named_elsewhere(toks, i, hi, code, mentions, text, lang):
            continue  # "the Spanish port of Algeciras": the port is the end, not Spain
        if _one_person_given_to(toks, lo, nouns, lang):
            continue  # "smuggled from Turkey to a Syrian resident": who, not where
        if any(w in _ACTORS[lang] or w in _VEHICLES[lang] for w in nouns):
            # "la police espagnole", "Bulgarian customs officers": who acts or reports, never
            # an end; where they seize or arrest, for the rules of seizure places. "hidden in a
            # Turkish lorry": where the goods are, not where they go. But "stolen from Libyan
            # army depots": taken from the state's stores, there
            taken = (lang != "fr" and lo > 0 and toks[lo - 1].text.lower() == "from") or (
                # "issues des stocks de l'armée ukrainienne", "volées dans les dépôts de l'armée
                # libyenne": the stores of the state whose army it is
                lang == "fr"
                and any(
                    toks[k].text.lower() in _STORES[lang] for k in range(max(0, lo - 5), lo - 1)
                )
            )
            role = ORIGIN if taken else LOCATION
            out.append(Tagged(a, b, t.text, place, role, inferred=True, fixed=True))
            continue
        role = _hint_role(toks, (lo, hi, i), written, text, lang, a)
        out.append(Tagged(a, b, t.text, place, role, inferred=True))
    return out


# "Myanmar nationals", "seven Pakistan nationals": a country's own name as a nationality
_PASSPORT_NOUNS = lexicon("en").words("passport_nouns")


def _country_named_nationals(
    toks: list[Token], codes: list, country: Callable[[str], object]
) -> None:
    """A country's name right before "nationals" or "citizens" ("the Myanmar nationals are
    trying to smuggle the explosives to their country") is their nationality, as a demonym
    would be: sets its code in ``codes`` (English; one word, capitalised, no abbreviation)."""
    for i in range(len(toks) - 1):
        if codes[i] is not None or toks[i + 1].text.lower() not in _PASSPORT_NOUNS:
            continue
        if not toks[i].capitalised or toks[i].text.isupper() or toks[i].start == 0:
            continue  # not "US nationals": an abbreviation reads as the state's (round 51)
        named = country(f"place:{toks[i].text}")
        if getattr(named, "kind", None) == "country" and named.country_code:
            codes[i] = named.country_code


def _a_count(t: Token) -> bool:
    """A count before a nationality in a counted list ("8 Iraqi and 4 Syrian nationals")."""
    return t.text.isdigit() or t.text.lower() in _NUMBER_WORDS or t.text.lower() in ("one", "un")


def _list_span(toks: list[Token], codes: list, i: int) -> tuple[int, int]:
    """The list of demonyms around ``toks[i]`` (``codes``: each token's demonym code or None),
    its list words ("and", "et") included; a count may stand before each nationality ("2
    Afghan, 2 Indian, 8 Iraqi and 4 Syrian nationals", "109 Thais, 50 Pakistanis"), but a
    count after another noun starts the list ("three Lebanese crew and 10 Syrians")."""

    def listed(k: int) -> bool:
        return bool(codes[k]) or toks[k].text.lower() in _IN_LIST

    lo, hi = i, i
    while lo > 0:
        if listed(lo - 1):
            lo -= 1
        elif (
            lo > 1
            and _a_count(toks[lo - 1])
            and (codes[lo - 2] or (lo > 2 and listed(lo - 2) and codes[lo - 3]))
        ):
            lo -= 2
        else:
            break
    while hi + 1 < len(toks):
        if listed(hi + 1):
            hi += 1
        elif hi + 2 < len(toks) and _a_count(toks[hi + 1]) and codes[hi + 2]:
            hi += 2
        else:
            break
    return lo, hi


def _one_person_given_to(toks: list[Token], lo: int, nouns: list[str], lang: str) -> bool:
    """English "to a Syrian resident", "to a Swedish man": one person the goods are handed
    to, named by nationality (no place the goods go to).

    >>> from flows.extract.mention import tokenize
    >>> toks = tokenize("sold to a Swedish man")
    >>> _one_person_given_to(toks, 3, ["man"], "en")
    True
    >>> _one_person_given_to(toks, 3, ["gangs"], "en")
    False
    """
    if lang == "fr" or not any(w in _ONE_PERSON for w in nouns[:1]):
        return False
    before = [toks[k].text.lower() for k in (lo - 2, lo - 1) if k >= 0]
    # headlines drop the article: "Smuggled from Turkey to Syrian Resident"
    return before[-2:] in (["to", "a"], ["to", "an"]) or before[-1:] == ["to"]


def _hint_role(
    toks: list[Token],
    span: tuple[int, int, int],
    written: list[str],
    text: str | None,
    lang: str,
    a: int,
) -> str | None:
    """The role of the demonym ``toks[i]`` in a list from ``lo`` to ``hi`` (``span``), with
    ``written`` the words that follow (English) or precede (French) the list: where goods or
    moved people come from, where money goes, or none (perpetrators, a group's members)."""
    lo, hi, i = span
    nouns = [w.lower() for w in written]
    role = ORIGIN if _goods_of_origin(toks, lo, nouns, lang) else None
    role = role or (ORIGIN if _lent_by(toks, written, lang) else None)
    if not _crime_group_named(toks, hi, lang):
        role = role or _carried_role(toks, lo, nouns, lang, text)
    if role == ORIGIN:
        moved = _moved_next(toks, hi, text, lang)
        if (
            _perpetrators_are(toks, lo, lang)
            or _members_of_crime(toks, lo, nouns, lang, moved)
            or (
                any(w in _IDENTITY[lang] for w in nouns[:1])
                and _prosecuted(toks, lang)
                and not moved
            )
            or (text is not None and _apposed_to_perpetrators(text, toks[lo].start, lang))
        ):
            role = None  # "the suspects ... are Serbian and Bosnian nationals"
    if role is None and _received(toks, lo, nouns, text, lang, a):
        role = DEST  # "funding of European parties", "destinées à des gangs suédois"
    noun = people_noun(toks[i].text, lang, _article_before(toks, i))
    if role is None and _people_moved_from(toks[i], noun, toks, lo, hi, text, lang):
        role = ORIGIN
    return role


def _article_before(toks: list[Token], i: int) -> str:
    """The word before the nationality ``toks[i]``, over a count between ("les trois
    malgaches": the article makes the word after the count a noun, people, as "les malgaches")."""
    if i == 0:
        return ""
    if i > 1 and _a_count(toks[i - 1]):
        return toks[i - 2].text
    return toks[i - 1].text


# "the Australian Institute of Criminology", "Ethiopian Airlines": a name, not a nationality
_ORG_NAMES = lexicon("en").words("org_names")


def _org_named(t: Token) -> bool:
    """``t``, after a nationality, makes it part of a medium's, a body's or a firm's name."""
    return t.capitalised and t.text.lower() in _ORG_NAMES


# "money laundering", "drug trafficking": a crime named by what it moves (English word order)
_CRIME_GERUNDS = lexicon("en").words("crime_gerunds")


def _crime_group_named(toks: list[Token], hi: int, lang: str) -> bool:
    """The demonym list ending at ``hi`` qualifies a group named by its crime ("Iraqi money
    laundering syndicate", "Albanian drug trafficking gangs"): whose members they are, not
    where the money or the drugs come from."""
    words = [t.text.lower() for t in toks[hi + 1 : hi + 4]]
    return (
        lang != "fr"
        and len(words) == 3
        and words[1] in _CRIME_GERUNDS
        and words[2] in _PERPETRATOR_GROUPS[lang]
    )


def _goods_of_origin(toks: list[Token], lo: int, nouns: list[str], lang: str) -> bool:
    """The nationality (its list starts at ``lo``) says where goods or migrants come from:
    "de la cocaïne d'origine colombienne", "des migrants, surtout d'origine syrienne",
    "cocaine of Colombian origin"; not people's descent ("des chauffeurs d'origine roumaine",
    "the suspects are of Albanian origin")."""
    if not nouns or nouns[0] not in _ORIGIN_NOUNS[lang]:
        return False
    k = lo - 3 if lang == "fr" else lo - 2  # before "d'origine", before "of"
    while k >= 0 and toks[k].text.lower() in _MEMBERS_FILLER[lang]:
        k -= 1  # "surtout", "mostly"
    head = toks[k].text.lower() if k >= 0 else ""
    return head in _CARRIED[lang] or head in _MOVERS[lang]


def _people_moved_from(
    t: Token, noun: bool, toks: list[Token], lo: int, hi: int, text: str | None, lang: str
) -> bool:
    """The demonym ``t`` (its list spans ``lo``..``hi``; ``noun``: it names people, see
    :func:`people_noun`) is the nationality of people moved."""
    if noun and _object_of_moving(toks, lo, lang):
        # "the gang smuggled 50 Syrians", "le réseau a fait passer des Syriens": those
        # moved, whoever moves them; but "took two Albanians into custody" is an arrest, and
        # "a boat carrying three Lebanese crew" names who moves them
        after = " ".join(x.text for x in toks[hi + 1 : hi + 5])
        crew = hi + 1 < len(toks) and toks[hi + 1].text.lower() in _PERPETRATORS[lang]
        return not (crew or _ARRESTED_AFTER[lang].match(after))
    if _moved_of_nationality(toks, lo, text, lang):
        return True  # "les enfants sauvés sont de nationalité nigériane, béninoise"
    if text is not None and noun and _TRAFFICKING_OF.search(text, max(0, t.start - 60), t.start):
        return True  # "la traite des Vietnamiens vers et en Europe": those trafficked
    # "the smugglers, mostly Albanians": the nationality of who commits the crime
    # but "the migrants arrested were Syrians": those arrested are the people moved
    window = {toks[k].text.lower() for k in range(max(0, lo - 4), lo)}
    perpetrators = not window.isdisjoint(_PERPETRATORS[lang]) and window.isdisjoint(_MOVERS[lang])
    # "24 personnes dont une dizaine d'Algériens ont comparu": who stands trial, not who moved
    if (
        not perpetrators
        and not _prosecuted(toks, lang)
        and _people_from(t, noun, toks, lo, hi, text, lang)
    ):
        return True
    if text is not None and _apposed_to_movers(text, toks[lo].start, lang):
        return True  # "the migrants, mostly Eritrean,": the moved people's nationality
    # "le passage de 150 personnes (Turcs, Afghans et Pakistanais)": who moved, even after
    # the smugglers' name ("the gang smuggled 150 migrants (Syrians...)")
    return _bracketed_people(toks, lo, text, lang)


# Nouns a demonym qualifies before the place's own name: "the Spanish port of Algeciras",
# "the African nation of Togo", "le pays africain du Togo" (GEO_NOUNS, and kinds of states).
_PLACE_NOUNS = GEO_NOUNS | frozenset(
    """nation nations country state kingdom republic emirate town village archipelago
    department island pays état royaume république émirat bourg archipel département
    île""".split()
)

# "le département français d'outre-mer de Guadeloupe", "the French overseas department of"
_OVERSEAS = frozenset(("outre-mer", "overseas"))


def _names_a_place_of(toks: list[Token], i: int, mentions: list[Mention], lang: str) -> bool:
    """The demonym ``toks[i]`` qualifies a place noun followed by the place's own name ("the
    Spanish port of Algeciras", "le port espagnol d'Algésiras")."""
    if lang == "fr":
        noun, k = (toks[i - 1].text.lower() if i > 0 else ""), i + 1
        if k + 1 < len(toks) and toks[k + 1].text.lower() in _OVERSEAS:
            k += 2
    else:
        if i + 1 < len(toks) and toks[i + 1].text.lower() in _OVERSEAS:
            i += 1
        noun, k = (toks[i + 1].text.lower() if i + 1 < len(toks) else ""), i + 2
    if noun not in _PLACE_NOUNS or k >= len(toks):
        return False
    if toks[k].text.lower() not in ("of", "de", "d'", "d’", "du", "des"):
        return False
    end = toks[k].end
    return any(0 <= m.start - end <= 4 for m in mentions)


def _people_from(
    t: Token, noun: bool, toks: list[Token], lo: int, hi: int, text: str | None, lang: str
) -> bool:
    """People named by nationality (``noun``) who are what moves, so their country is the
    origin."""
    k = lo - 1
    while k > 0 and (toks[k].text.isdigit() or toks[k].text.lower() in _NUMBER_WORDS):
        k -= 1  # "the migrants, who included 45 Syrians, 39 Pakistanis"
    before = toks[k].text.lower() if k >= 0 else ""
    if before in _COPULA[lang] and noun:
        # "les passagers sont des Sénégalais", "most were Eritreans"; not who commits the
        # crime ("the suspects ... are Albanians")
        return not _perpetrators_are(toks, lo, lang)
    if _counted(toks, lo, lang) and (noun or t.text[:1].isupper()):
        return True  # "Thousands of Vietnamese are trafficked", "des centaines d'Érythréens"
    # "Many of the Bangladeshis had first flown to Dubai", "des Afghans arrivent"
    return text is not None and noun and _TRAVELLED[lang].match(text, toks[hi].end) is not None


# An aside of nationalities right after people who move: "the migrants, mostly Eritrean",
# "les migrants, pour la plupart érythréens" (lexicon ``movers`` before the comma)
_APPOSED_FILLER = lexicon("en").text("apposed_filler")


@lru_cache(maxsize=4)
def _aside_pattern(table: str, lang: str, listed: bool) -> re.Pattern:
    """An aside right after a word of the lexicon list ``table`` ("the migrants, mostly",
    "the crew,"); ``listed``: also counts and nationalities listed before the one read ("the
    crew, a Colombian and three")."""
    words = "|".join(sorted(map(re.escape, lexicon(lang).words(table)), key=len, reverse=True))
    tail = ""
    if listed:
        count = r"(?:(?:a|an|one|un|une|des|\d+|" + "|".join(_NUMBER_WORDS) + r")\s+)?"
        tail = rf"{count}(?:[A-ZÀ-Ý][\w-]+\s+(?:and|et|,)\s+{count})*"
    return re.compile(rf"\b(?:{words})\s*,\s*{_APPOSED_FILLER}{tail}$", re.IGNORECASE)


def _apposed_to_movers(text: str, start: int, lang: str) -> bool:
    """The nationality list starting at ``start`` stands in an aside right after people who
    move ("The migrants, mostly Eritrean, landed", "Les migrants, pour la plupart érythréens")."""
    pattern = _aside_pattern("movers", lang, False)
    return pattern.search(text[max(0, start - 80) : start]) is not None


def _apposed_to_perpetrators(text: str, start: int, lang: str) -> bool:
    """The nationality at ``start`` stands in an aside right after who commits the crime or
    crews the boat ("The crew, a Colombian and three Venezuelan men, were arrested",
    "les passeurs, deux Albanais,"): their passport, not where anything came from."""
    pattern = _aside_pattern("perpetrators", lang, True)
    return pattern.search(text[max(0, start - 80) : start]) is not None


# Counts between a copula and the nationalities counted (lexicon ``number_words``)
_NUMBER_WORDS = lexicon("en").words("number_words")

# Words between a copula and a list of nationalities ("are mostly Albanians", "were two
# Indian nationals", "sont des Albanais")
_BEFORE_NATIONALITY = frozenset(
    "des de d' d’ a an all mostly mainly two three four five six seven eight nine ten one "
    "several some many deux trois quatre cinq plusieurs un une".split()
)


def _perpetrators_are(toks: list[Token], lo: int, lang: str) -> bool:
    """The demonym list at ``lo`` follows a copula ("are", "sont", "des"/"a" skipped) whose
    subject, earlier in the sentence, is who commits the crime ("the suspects, aged 25 to 60,
    are Serbian nationals", "les passeurs sont des Albanais")."""
    k = lo - 1
    while k >= 0 and (toks[k].text.lower() in _BEFORE_NATIONALITY or toks[k].text.isdigit()):
        k -= 1
    # "the accused were identified as two Indian nationals"
    named_as = k > 0 and toks[k].text.lower() in ("as", "comme")
    if k < 0 or not (toks[k].text.lower() in _COPULA[lang] or named_as):
        return False
    return any(toks[i].text.lower() in _PERPETRATORS[lang] for i in range(k))


def _members_of_crime(
    toks: list[Token], lo: int, nouns: list[str], lang: str, moved: bool = False
) -> bool:
    """The demonym list at ``lo`` qualifies a noun of passport ("nationals", "ressortissants")
    a few words after the perpetrators or their group ("The smugglers, mainly Polish, Russian
    and Ukrainian nationals", "a syndicate composed mainly of Iraqi nationals"); not after a
    verb of arrest when the words after say they were being moved (``moved``: "arrested 50
    Ethiopian nationals as they were being smuggled to South Africa")."""
    if not any(w in _IDENTITY[lang] for w in nouns[:1]):
        return False
    k = lo - 1
    if lang == "fr":
        k -= 1  # "des passeurs, surtout des ressortissants albanais": the noun comes first
    filler = _MEMBERS_FILLER[lang]
    while k >= 0 and (
        toks[k].text.lower() in filler or toks[k].text.isdigit() or not toks[k].text[0].isalnum()
    ):
        k -= 1
    if k < 0:
        return False
    word = toks[k].text.lower()
    if moved and word in _PROSECUTED[lang]:
        return False
    return word in (_PERPETRATORS[lang] | _PERPETRATOR_GROUPS[lang])


def _moved_next(toks: list[Token], hi: int, text: str | None, lang: str) -> bool:
    """The words after the demonym list ending at ``hi`` say its people were being moved
    ("arrested 50 Ethiopian nationals as they were being smuggled to South Africa", "des
    ressortissants guinéens qui étaient conduits vers la Libye"): those moved, not the accused."""
    if text is None:
        return False
    end = toks[hi].end
    return _MOVED_AFTER_LIST[lang].match(text[end : end + 200]) is not None


def _prosecuted(toks: list[Token], lang: str) -> bool:
    """The sentence tells of a prosecution and names no people who move ("Both men, who are
    Polish nationals, denied any involvement")."""
    words = {t.text.lower() for t in toks}
    return not words.isdisjoint(_PROSECUTED[lang]) and words.isdisjoint(_MOVERS[lang])


def _bracketed_people(toks: list[Token], lo: int, text: str | None, lang: str) -> bool:
    """The demonym list at ``lo`` opens a bracket right after a noun of people who move
    ("150 migrants (Syrians, Afghans)", "150 personnes (Turcs, Afghans et Pakistanais)")."""
    if text is None or lo == 0:
        return False
    if not _PEOPLE_NAMED[lang].fullmatch(toks[lo - 1].text):
        return False
    return text[toks[lo - 1].end : toks[lo].start].strip() == "("


def _object_of_moving(toks: list[Token], lo: int, lang: str) -> bool:
    """The demonym list at ``lo`` is the object of a verb of moving people, a count or a
    determiner apart ("smuggled some 50 Syrians", "a fait passer des Afghans")."""
    k = _before_count(toks, lo - 1, lang)
    if (
        k >= 1
        and toks[k].text.lower() in ("and", "et")
        and toks[k - 1].text.lower() in _PERPETRATORS[lang]
    ):
        # "a boat carrying three Lebanese crew and 10 Syrians": the crew is an earlier object
        # of the same verb
        k -= 2
        while k >= 0 and demonym_country(toks[k].text, lang):
            k -= 1
        k = _before_count(toks, k, lang)
    return k >= 0 and toks[k].text.lower() in _MOVES_PEOPLE[lang]


def _before_count(toks: list[Token], k: int, lang: str) -> int:
    """The index of the first word at or before ``k`` that is no count or filler ("some 50")."""
    while k >= 0 and (
        toks[k].text.lower() in _MOVED_FILLER[lang]
        or toks[k].text.isdigit()
        or toks[k].text.lower() in _NUMBER_WORDS
    ):
        k -= 1
    return k


def _counted(toks: list[Token], lo: int, lang: str) -> bool:
    """A count of people just before the demonym list that starts at ``lo`` ("thousands of",
    "des centaines d'", "dozens of")."""
    while lo < len(toks) and toks[lo].text.lower() in _LIST_WORDS:
        lo += 1  # the list walk takes "d'" and "de" in: step back over them
    return (
        lo >= 2
        and toks[lo - 1].text.lower() in _COUNT_OF[lang]
        and toks[lo - 2].text.lower() in _COUNTS[lang]
    )


def _moved_of_nationality(toks: list[Token], lo: int, text: str | None, lang: str) -> bool:
    """The demonym list at ``lo`` follows "sont de nationalité" said of people moved ("les
    enfants sauvés sont de nationalité nigériane"), not of smugglers ("les passeurs arrêtés
    sont de nationalité albanaise")."""
    if text is None:
        return False
    start = toks[lo].start
    if not _NATIONALITY_OF[lang].search(text, max(0, start - 40), start):
        return False
    words = {t.text.lower() for t in toks[:lo] if t.start >= start - 80}
    return not words.isdisjoint(_MOVERS[lang]) and words.isdisjoint(_PERPETRATORS[lang])


def _lent_by(toks: list[Token], written: list[str], lang: str) -> bool:
    """The demonym qualifies a lender in a sentence of a loan: "a loan from a Russian bank",
    "les prêts que lui ont accordés les banques russes" (the money comes from there); a
    lender's name is no nationality ("the First Czech Russian Bank").

    >>> from flows.extract.mention import tokenize
    >>> toks = tokenize("a loan from a Russian bank")
    >>> _lent_by(toks, ["bank"], "en"), _lent_by(toks, ["Bank"], "en")
    (True, False)
    """
    return any(w in _LENDERS[lang] for w in written) and any(
        t.text.lower() in _LOANS[lang] for t in toks
    )


def _carried_role(
    toks: list[Token], lo: int, nouns: list[str], lang: str, text: str | None
) -> str | None:
    """ORIGIN when the demonym list at ``lo`` qualifies what moves ("Afghan opium"), DEST when
    that is the men trafficked women are sold to or made to marry ("forced to marry Chinese
    men", "vendues à des hommes chinois"), None otherwise."""
    if not any(w in _CARRIED[lang] for w in nouns):
        return None
    if any(w in _BUYERS[lang] for w in nouns) and _sold_to(toks, lo, lang, text):
        return DEST
    return ORIGIN


def _sold_to(toks: list[Token], lo: int, lang: str, text: str | None) -> bool:
    """A verb of supplying and "to"/"à" right before the buyers the demonym list that starts
    at ``lo`` qualifies ("sold to Swedish gangs", "destinées à des gangs suédois")."""
    if text is None:
        return False
    # English: the demonym comes before the noun; French: the noun (and an adjective) first
    k = (
        lo
        if lang != "fr"
        else next(
            (j for j in (lo - 1, lo - 2) if j >= 0 and toks[j].text.lower() in _BUYERS[lang]), lo
        )
    )
    start = toks[k].start
    return _BUYER_GIVEN[lang].search(text, max(0, start - 60), start) is not None


def _given_to(toks: list[Token], lo: int, lang: str) -> bool:
    """A word of giving a few words before the demonym list that starts at ``lo`` ("funding
    of European parties", "le financement des partis politiques européens")."""
    preps = _RECEIVER_PREPS[lang]
    span = 4  # French: the noun (and an adjective) come first; English: "paying lobbyists and
    # prominent European politicians"
    return any(toks[k].text.lower() in preps for k in range(max(0, lo - span), lo))


def _received(
    toks: list[Token], lo: int, nouns: list[str], text: str | None, lang: str, a: int
) -> bool:
    """The demonym list at ``lo`` (starting at offset ``a``) names who or what receives: the
    paid ("funding of European parties"), a market ("le marché noir européen", but not a value
    on it) or buyers after a verb of supplying ("destinées à des gangs suédois")."""
    if any(w in _RECEIVERS[lang] for w in nouns) and _given_to(toks, lo, lang):
        return True
    if any(w in _MARKETS[lang] for w in nouns) and not (
        text and _PRICED[lang].search(text, max(0, a - 80), a)
    ):
        return True
    return any(w in _BUYERS[lang] for w in nouns) and _sold_to(toks, lo, lang, text)


def _named_elsewhere(
    toks: list[Token],
    i: int,
    hi: int,
    code: str,
    mentions: list[Mention],
    text: str | None,
    lang: str,
) -> bool:
    """The sentence names the place the demonym at ``i`` stands for: "the Spanish port of
    Algeciras", "several African countries including Burkina Faso" (list ending at ``hi``)."""
    if _names_a_place_of(toks, i, mentions, lang):
        return True
    return code.startswith("region:") and _examples_follow(toks, hi, mentions, text, lang)


def _examples_follow(
    toks: list[Token], hi: int, mentions: list[Mention], text: str | None, lang: str
) -> bool:
    """The regional demonym list ending at ``hi`` qualifies countries that the sentence then
    names ("victims from several African countries including Burkina Faso"): the named
    countries are the ends, not the region. English only: in French ("de pays africains,
    dont le Nigeria") the named countries take their role through the region's mention."""
    if lang != "en" or text is None:
        return False
    k = hi + 1
    if k >= len(toks) or toks[k].text.lower() not in _COUNTRY_NOUNS[lang]:
        return False
    cue = _EXAMPLES_AFTER[lang].match(text, toks[k].end)
    return cue is not None and any(0 <= m.start - cue.end() <= 30 for m in mentions)


# French articles a nationality is a noun after, even in lower case ("les nigérianes")
_NOUN_BEFORE = lexicon("fr").words("noun_before")


def people_noun(word: str, lang: str, before: str = "") -> bool:
    """ "les Ukrainiens", "Albanians", "Vietnamese": a nationality that can be a noun (people);
    ``before``, the word right before it: in French a plural article makes a word in lower
    case a noun too ("les nigérianes représentent", not "les autorités nigérianes").

    >>> [people_noun(w, "en") for w in ("Albanians", "Vietnamese", "Swiss", "Afghan")]
    [True, True, True, False]
    >>> [people_noun("nigérianes", "fr", w) for w in ("les", "autorités", "")]
    [True, False, False]
    """
    if lang == "fr":
        return word[:1].isupper() or before.lower() in _NOUN_BEFORE
    # "the Vietnamese", "Sudanese", "the Swiss" are plural nouns as they are
    return word[:1].isupper() and (word.endswith("s") or word.endswith("ese"))


def _compass_region(toks: list[Token], i: int, lang: str) -> tuple[str | None, int, int]:
    """A region named by a compass word next to the continental demonym ``toks[i]`` ("West
    African", "Africains de l'Ouest"), with the first and last token it spans."""
    if lang != "fr" and i > 0:
        region = compass_region(toks[i - 1].text, toks[i].text)
        if region is not None and toks[i].start - toks[i - 1].end <= 1:
            return region, i - 1, i
    if lang == "fr" and i + 2 < len(toks):
        # "Africains de l'Ouest", "Américains du Sud"
        k = i + 1
        while k < len(toks) and k <= i + 3 and toks[k].text.lower() in ("de", "du", "l'", "l’"):
            k += 1
        if k < len(toks) and k > i + 1:
            region = compass_region(toks[k].text, toks[i].text)
            if region is not None:
                return region, i, k
    return None, i, i


def _city_key(word: str, lang: str) -> str | None:
    """``place:Toulouse`` for a city adjective ("toulousaines"), resolved by ``country``."""
    name = demonym_city(word, lang)
    return f"place:{name}" if name else None


def _subregion_key(word: str, lang: str) -> str | None:
    """``region:Sicily`` for the adjective of a region within a state ("siciliennes")."""
    name = demonym_subregion(word, lang)
    return f"region:{name}" if name else None


def _region_key(word: str) -> str | None:
    """``region:Europe`` for a regional demonym ("European"), resolved by ``country``."""
    name = demonym_region(word)
    return f"region:{name}" if name else None
