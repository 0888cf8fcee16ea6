"""Place mentions in a text, resolved with the gazetteer in the document's context.

A fast scanner (no NER model) walks the tokens and tries the longest span first, so that
multi-word regions ("Europe de l'Ouest", "Afrique du Nord", "Balkans occidentaux") are not
cut short. French elision and articles (l'Ukraine, d'Afghanistan, aux Pays-Bas) are split
off before look-up. Filters reject function words that are also GeoNames names (Les, Selon,
Sur), names inside person or organisation names (Jürgen Stock, Europe 1, U.S. State
Department, Conseil de l'Europe), and demonyms unless they qualify a geographic noun
("les côtes libyennes", "the Libyan coast").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from flows.extract.demonyms import demonym_country, demonym_region
from flows.extract.lexicon import lexicon
from flows.extract.sentences import soft_break_at
from geodata.admin1 import (
    KIND_WORDS_FR,
    abbreviated_division,
    admin1_abbreviations,
    admin1_place,
    divisions_named_fr,
    shadowed_division,
)
from geodata.gazetteer import capital_names, city_over_namesake
from geodata.index_build import sphere_distance_km
from geodata.names import localized_name
from geodata.normalize import GEO_NOUNS, STOPWORDS, fold_key, normalize_key
from geodata.parts import COMPOUND_PARTS, PART_MIN_POPULATION, part_place, split_part_name
from geodata.place import Place

# Words, dotted acronyms (U.S., U.K.; "U.S" without its last dot), numbers. Apostrophes (a
# backtick too: "Cox`s Bazar") stay inside the token so that the elision can be split off
# below with exact offsets.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|(?:[A-Z]\.)+[A-Z]\b|[^\W_]+(?:[-‐‑'’`][^\W_]+)*|\d+")
# What follows a city written in capitals at the start of a line in a dateline.
_DATELINE_END = re.compile(r"\s*(?:,|:|\(|[—–-]\s)")
# ... or anywhere on its line when its country or state and a dash follow, an agency in
# brackets between ("2002  TURBAT, Pakistan -- The", "LA VALLETTA (MALTA) (ITALPRESS/MNA) –")
_AREA_THEN_DASH = re.compile(
    r"\s*(?:,\s*|\()[A-ZÀ-ÖØ-Þ][\w'’.]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.]*){0,2}\)?\s*"
    r"(?:\([^()\n]{1,40}\)\s*)?(?:--|[—–-])\s"
)
# ... or after the time a page stamps on its line, and a dash ("Updated 06:15 pm IST - NEW
# DELHI:")
_STAMP_BEFORE = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[-–—|]\s*$")
# A date after a dateline's town: "NADI, 24 JUNE 2019", "KUWAIT CITY, May 23", "PARIS, 3 mars"
_DATE_AFTER = re.compile(
    r"\s*,\s*(?:\d{1,2}(?:er)?\s+)?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"janv|févr?|avr|juil|déc|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|"
    r"tues?|wed|thu|thurs|fri|sat|sun|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# A name written in capitals ("KABUL", "SAN ANTONIO", "McALLEN"): an acronym, a shouted
# heading or a dateline
_CAPITALS = re.compile(r"(?:Ma?c)?[^\W\d_a-zà-ÿ]{2,}(?:[\s'’.-]+[^\W\d_a-zà-ÿ]+)*")
_EX_PREFIX = re.compile(r"^(?:ex|former|post|pre|anti|pro)[-‐‑](?=[A-ZÀ-ÖØ-Þ])", re.IGNORECASE)
_CAPS_HYPHEN = re.compile(r"(?<=[a-zà-ÿ])[-‐‑–](?=[A-ZÀ-ÖØ-Þ])")
# ... and "Russia-linked", "China-controlled", "a New York-area airport"
_PLACE_SUFFIX = re.compile(
    r"[-‐‑](?:bound|based|registered|flagged|made|linked|controlled|backed|owned|area)$",
    re.IGNORECASE,
)
_ELISION = re.compile(r"^(l|d|qu|jusqu|lorsqu|puisqu|s|n|c|j|m|t)['’`]", re.IGNORECASE)
# Lower-case words allowed inside a multi-word place name.
# (Spanish, Portuguese and Italian ones too: "Ciudad del Este", "São João da Madeira"; and
# French names written without their hyphens: "Port au Prince", "Boulogne sur Mer").
_CONNECTORS = frozenset(
    "de du des d' d’ l' l’ la le les of the and et del della di da do dos das au aux sur en "
    # "Hoek van Holland", "Gracias a Dios", "Ras al Khaimah", "Puerto el Triunfo"
    "sous van a al el".split()
)
# Lower-case words that start a place name (French seas and gulfs, "région parisienne", "monde
# arabe", "outre-Manche") or end
# one (adjectives).
_LOWER_HEADS = frozenset(
    """mer golfe océan détroit canal corne mont monts pays continent région agglomération monde
    métropole île îles sub bassin
    aéroport aeroport lac comté col fleuve vallée passage passe espace outre""".split()
)
# Regions and seas that French prose writes in lower case too ("présents au sahel", "les
# deux rives de la méditerranée"), no other word in lower case: read as one word
_LOWER_NAMES = frozenset("sahel méditerranée maghreb caraïbes".split())
# "western Europe", "west Africa": a region in lower case (not "northern France", where the
# country alone is the place, ANNOTATION.md)
_COMPASS = frozenset(
    """western eastern northern southern central west east north south southeast south-east
    northeast north-east southwest south-west northwest north-west""".split()
)
_CONTINENTS = frozenset("Europe Africa Asia America".split())
# French compass adjectives that end a longer name after a hyphen ("Afrique-Occidentale")
_COMPASS_ADJECTIVES = frozenset(
    "occidental occidentale orientale oriental meridional meridionale septentrional "
    "septentrionale centrale central".split()
)
_LOWER_TAILS = frozenset(
    """occidental occidentale occidentaux occidentales oriental orientale orientaux orientales
    central centrale centraux centrales latine latin subsaharienne subsaharien méridional
    méridionale méridionaux septentrional septentrionale arabique persique
    sud est state province governorate oblast or""".split()
)
# Heads of organisation names: "Conseil de l'Europe", "Bank of England", airlines ("Air
# France", "Air India"); and of the code names of police operations: "Operation Khyber Pass",
# "opération Sentinelle"
_ORG_HEADS = frozenset(
    """conseil commission parlement banque cour agence office département ministère
    université institut fondation forum tribunal assemblée ambassade consulat gouvernement
    council bank court agency department ministry university institute foundation embassy
    consulate government parliament assembly radio voice operation opération air""".split()
)
# Capitalised words after a place that make it part of a name ("U.S. State Department").
_ORG_TAILS = frozenset(
    """state department army navy coast guard government times post herald journal
    university institute center centre council bank police ministry airlines airways
    telecom football fc customs immigration attorney attorney's attorneys marshals treasury
    justice embassy consulate internationale télévisions televisions inter info news daily
    tribune gazette observer gleaner chronicle telegraph express mail crime""".split()
)
# Capitalised words after a town that name a place in it ("the Karachi Sea Port", "Bagdogra
# Airport"): the town stays the place, where an unknown capitalised word would end it.
_FACILITY_TAILS = frozenset(
    # "the Tsawwassen Container Examination Facility", "Dover Eastern Docks"
    "sea seaport port airport harbour harbor dry bridge sector container terminal docks "
    "ferry".split()
)
# ... and a country's border service ("a U.S. Border Patrol station", "The Canada Border
# Services Agency has seized"): the service's name, not where the goods or people go; a
# town's name before it stays a place ("Del Rio Border Patrol agents": the sector's town).
_BORDER_SERVICES = frozenset("patrol service services force guard guards protection".split())
# ... and a town's border facilities named "International": "the Del Rio International Bridge",
# "the Pharr International Bridge", "CBP's Laredo Sector" (where outbound guns and cash are
# seized on their way to Mexico)
_INTERNATIONAL_FACILITIES = frozenset(("bridge", "crossing"))
_CARTEL = frozenset(("cartel", "cartels"))
# Words after a place's name that make it a currency, a nationality or a port authority ("U.S.
# dollars", "Hong Kong dollars", "a U.S. citizen", "UK nationals", "le Grand port maritime de
# Marseille"): what something is or who someone is, not a place.
_NOT_A_PLACE_TAILS = frozenset(
    """dollar dollars dollar's currency citizen citizens national nationals passport
    passports maritime""".split()
)
# Broadcasters named by a place and a number ("France 24", "Europe 1"); any other place
# before a number stays a place ("in Honduras 92 per 100,000").
_NUMBERED_MEDIA = frozenset("france europe italia antenne channel canal radio".split())
# Names that look like places in a gazetteer but are not places in this domain ("Island" is
# Iceland's own name, "Port" alone Le Port's, "States" the United States' only in speech;
# "la Douane", the customs service, is a Tunisian town's name too; presidents' surnames that
# are towns too: "the Obama administration" is not Obama, Japan; a car maker too: "a Toyota
# sedan"; armed groups and a gun that GeoNames has as other names of towns: "aiding Hamas" is
# not Hamm, a "pistolet mitrailleur Sten" not Stains, "MK Stalin" not Donetsk; a news agency,
# a mission, a bank, a union, an alliance and a fleet: "(Xinhua)", "la Mission multinationale",
# "Bangladesh Bank", "the Union government", "le syndicat Alliance", "the 5th Fleet").
# "Kremlin" is a place: it stands for Russia (ANNOTATION.md annotates it).
_NOT_PLACES = frozenset(
    fold_key(w)
    for w in """occident darknet internet schengen otan nato europol interpol frontex
    maison-blanche white house pentagone pentagon élysée matignon bercy downing
    island port states airport seaport harbour harbor
    douane douanes gendarmerie
    obama bush kennedy lula stalin
    toyota
    hamas hezbollah sten
    xinhua mission bank union alliance fleet
    """.split()
)
# Countries and regions whose name is also a given name ("affirme Dominique McNeely", "Israel
# Katz said"): a person's when a surname follows (see _first_name_of).
_GIVEN_NAMES = frozenset(
    fold_key(w) for w in "dominique israel georgia florence victoria lorraine sydney".split()
)
# Articles that start a span but are not part of the name ("Les Etats-Unis", "L'Europe"),
# unless the name needs them ("Le Havre", "The Hague"): see ToponymScanner._trim_article.
_ARTICLES = frozenset("le la les l' l’ the".split())
# Particles of person names: "Wil Van Gemert", "Ursula von der Leyen", "Abu Dhabi" is a place
# but then it is one gazetteer key and never reaches this test.
_NAME_PARTICLES = frozenset(
    "van von der den de di da del della ben bin ibn al el abu mc mac".split()
)
# Capitalised French and English words that GeoNames also has as towns (beyond STOPWORDS).
_COMMON_WORDS = frozenset(
    fold_key(w)
    for w in """cela ceci celui celle ceux elles ainsi alors aussi cependant toutefois néanmoins
    pourtant encore déjà ici là plusieurs chaque certains certaines autre autres même deux trois
    quatre cinq dix cent mille dont quand comment pourquoi parce afin dès voici voilà oui non
    rien personne chacun quelques aucun aucune tel telle tels telles nord sud est ouest centre
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin
    juillet août septembre octobre novembre décembre however although meanwhile many several
    another every here there after before during since against among despite according last
    first next new old police officials authorities monday tuesday wednesday thursday friday
    saturday sunday january february march april june july august september october november
    december north south east west central source sources home accueil related articles
    republic république drug drugs gold valley university université eldorado""".split()
)
_ROUTE_WORD = re.compile(r"\broutes?\b", re.IGNORECASE)
_BRACKET_LIST = re.compile(r"[^()]{0,40}?,[^()]*\)")
_COLON_LIST = re.compile(r"\s*,\s*[A-ZÀ-ÖØ-Þ]")
_SENTENCE_END = re.compile(r"[.!?…:;«»\"“”()\[\]\n]")


_DEMONYM_LIST_WORDS = frozenset({"et", "ou", "and", "or"})
# Banks and accounts are where money sits: "transmitted back into Romanian bank accounts",
# "sending huge sums from the UK through Latvian and Moldovan banks", "l'argent déposé sur des
# comptes moldaves", "des comptes bancaires chinois": the adjective names the country the money
# leaves, passes through or reaches (a place the cues give a role, not a hint)
# (lower case only: "Lebanese Canadian Bank", "First Czech Russian Bank" are firms' names)
_MONEY_PLACE_NOUNS = frozenset(
    {"bank", "banks", "account", "accounts", "banque", "banques", "compte", "comptes"}
    | {"bancaire", "bancaires"}
)


# Words before a place name that say a place follows ("from Badakhshan", "dans le Helmand").
_LOCATIVES = frozenset(
    """in into from to via through across near at of en à au aux de du des d' d’ dans vers
    depuis par jusqu' jusqu’ province state région region état""".split()
)
# "bound for", "headed for": "for" before a place's name
_BOUND = frozenset("bound destined headed heading intended leaving left sailed sailing".split())
# "A, B and C", "en A et en B": the list words the flow rules use (lexicon ``coord``)
_LIST_GAP = lexicon("en").regex("coord")
_SPEECH = lexicon("en").words("speech")
_HONORIFICS = lexicon("en").words("honorifics")
_SPEECH_AUX = lexicon("en").words("speech_aux")
_ATTRIBUTION = lexicon("en").words("attribution")

# an agency or force written as an acronym ("RAB", "CBP", "DEA"), not a ship's prefix nor a
# title ("HMAS Darwin", "MV Esperanza", "HM Stanley")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_SHIP_PREFIXES = lexicon("en").words("ship_prefixes")


# A country's code written as a currency's: "US $125 billion", "10.300 dollars US"
_CODE_BEFORE_AMOUNT = re.compile(r"\s\$\s?\d")
_CURRENCY_WORDS = frozenset(("dollar", "dollars"))


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


def _speaker(text: str, toks: list[Token], i: int, j: int) -> bool:
    """Does the one-word name at token ``i`` (to ``j``) stand for who speaks: "Harrison said",
    "Lyons a déclaré", "according to Harrison,", "said Harrison." (a person, not a place).
    "in Harrison, said police" stays a place."""
    if i != j:
        return False
    before = [t.text.lower() for t in toks[max(0, i - 2) : i]]
    if before and before[-1] in _LOCATIVES and before[-1] != "to":  # "according to"
        return False
    after = [t.text.lower() for t in toks[j + 1 : j + 3]]
    if after and (
        after[0] in _SPEECH or (after[0] in _SPEECH_AUX and len(after) > 1 and after[1] in _SPEECH)
    ):
        return True
    tail = text[toks[j].end : toks[j].end + 2].lstrip(" ")
    if not before or tail[:1] not in (",", ".", ";", ""):
        return False
    two = text[toks[i - 2].start : toks[i - 1].end].lower() if i >= 2 else ""
    return (
        before[-1] in _ATTRIBUTION
        or two in _ATTRIBUTION
        or (before[-1] in _SPEECH and text[toks[i - 1].end : toks[i].start].strip() == "")
    )


def _titled(text: str, toks: list[Token], i: int) -> bool:
    """The word at token ``i`` follows a title of address: a surname ("Mr. Lyons", "Mme Nice").

    >>> text = "Mr. Lyons left; Ms Valle and Dr Who; in Lyons."
    >>> toks = tokenize(text)
    >>> [t.text for k, t in enumerate(toks) if _titled(text, toks, k)]
    ['Lyons', 'Valle', 'Who']
    """
    if i == 0:
        return False
    prev = toks[i - 1]
    gap = text[prev.end : toks[i].start]
    return prev.text.lower() in _HONORIFICS and gap in (" ", ". ")


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


# Words before a one-word division that make it a part of a country, not a person: "southern
# Mizoram", "neighbouring Tripura", "the impoverished northern Rif" (lower case only: "West
# Aceh" is a district of its own)
_AREA_ADJECTIVES = frozenset(
    """northern southern eastern western central north-eastern north-western south-eastern
    south-western northeastern northwestern southeastern southwestern neighbouring
    neighboring""".split()
)
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
    ``focus`` less the name's own mentions)."""
    out = []
    for m in mentions:
        division = (
            shadowed_division(m.place.country_code, m.surface)
            if m.place.kind == "country"
            else None
        )
        if division is not None:
            own = sum(1 for n in mentions if n.place.id == m.place.id)
            if focus[m.place.country_code] <= own and focus[division.country_code] > 0:
                m = replace(m, place=division, method="context")
        out.append(m)
    return out


def _by_own_name(place: Place, surface: str, population: int) -> bool:
    """A place of at least ``population`` people, named by its own name ("Nice"; not "Media"
    for Médéa, nor "Ben" for Bern)."""
    return place.population >= population and fold_key(place.name) == fold_key(surface)


def _lower_tail(word: str) -> bool:
    """A lower-case word that may end a place name: "Union européenne", "Arabie saoudite",
    "Émirats arabes unis", "Amérique latine" (the gazetteer decides; function words never)."""
    low = word.lower()
    return low in _LOWER_TAILS or (
        len(low) > 3 and low.isalpha() and fold_key(low) not in STOPWORDS
    )


# A capitalised first word, or one the document also writes in lower case, is a city only
# from this size on.
_TRUSTED_POPULATION = 200_000
# A town in capitals opening its line is a dateline from this size on (smaller ones need a
# date or their country after them)
_DATELINE_POPULATION = 100_000
# A three-letter name after a locative word is a town from this size on (Gao, Aba, Ulm).
_SHORT_TOWN_POPULATION = 50_000

# A town of the same name wins when it lies this close to a place the text names without doubt
# while the town chosen lies farther than _FAR_KM from all of them.
_NEAR_KM, _FAR_KM = 60.0, 200.0
# ... unless the town chosen is a metropolis and the near one a small namesake: "arrested at
# Madrid airport" after "a flight from Bogota" is Madrid, Spain, not the town of Madrid beside
# Bogotá (a flight's two ends lie far apart)
_METROPOLIS, _NAMESAKE_RATIO = 1_000_000, 20
# A town of this size by its own name keeps it beside another capitalised town name
# ("Kingston Freeport Terminal"); smaller ones there are a person's names ("David Gilbert")
_NAME_RUN_KEEPS = 500_000
# Words that name a site of a town when written after it ("the Bongao Port", "Laredo North
# Station"): no person's name
_SITE_WORDS = frozenset(lexicon("en").words("site_words"))


def _nearest_senses(mentions: list[Mention], senses: list[tuple[Place, ...]]) -> list[Mention]:
    """Each city mention whose name has several senses takes the sense that lies near the
    unambiguous cities and sites of the document ("Boulogne" beside Calais and Wimereux is
    Boulogne-sur-Mer, not Boulogne-Billancourt)."""
    anchors = [
        (m.place.lon, m.place.lat)
        for m, sense in zip(mentions, senses, strict=True)
        if len(sense) == 1 and m.place.kind in ("city", "other") and m.place.lon is not None
    ]
    if not anchors:
        return mentions

    def nearest(p: Place) -> float:
        if p.lon is None:
            return float("inf")
        here = (p.lon, p.lat)
        far = (sphere_distance_km(*here, *a) for a in anchors if a != here)
        return min(far, default=float("inf"))

    out = []
    for m, sense in zip(mentions, senses, strict=True):
        others = [p for p in sense if p.kind == "city" and p.id != m.place.id]
        if m.place.kind == "city" and others and nearest(m.place) > _FAR_KM:
            best = min(others, key=nearest)
            if nearest(best) <= _NEAR_KM and not _metropolis_over_namesake(m.place, best):
                m = replace(m, place=best, method="nearby")
        out.append(m)
    return out


def _senses_in_named_countries(
    mentions: list[Mention], senses: list[tuple[Place, ...]], focus: tuple[str, ...]
) -> list[Mention]:
    """A city name with several senses, resolved in a country that neither the document's other
    places nor its nationality words name, takes the one other sense that lies in a country they
    do name ("Khoms" beside Tripoli and Misrata is Al Khums, Libya, not Homs, Syria), unless
    that one is twenty times smaller ("Amsterdam" in a story that names only the U.S.).

    >>> homs = Place("a", "Homs", "city", 36.7, 34.7, "SY", population=775_404)
    >>> khums = Place("b", "Al Khums", "city", 14.3, 32.6, "LY", population=201_943)
    >>> tripoli = Place("c", "Tripoli", "city", 13.2, 32.9, "LY", population=1_150_989)
    >>> ms = [Mention("Khoms", 0, 5, homs, 1.0, "exact"),
    ...       Mention("Tripoli", 9, 16, tripoli, 1.0, "exact")]
    >>> [m.place.name for m in _senses_in_named_countries(ms, [(homs, khums), (tripoli,)], ())]
    ['Al Khums', 'Tripoli']
    >>> [m.place.name for m in _senses_in_named_countries(ms, [(homs, khums), (tripoli,)], ("SY",))]
    ['Homs', 'Tripoli']
    """
    # the countries each name's mentions lie in, and (once per name) those of all other names
    codes: dict[str, set] = {}
    for o in mentions:
        codes.setdefault(o.surface, set()).add(o.place.country_code)
    named_for: dict[str, set] = {}
    out = []
    for m, sense in zip(mentions, senses, strict=True):
        if m.place.kind == "city" and len(sense) > 1:
            if m.surface not in named_for:
                others_named = (c for name, c in codes.items() if name != m.surface)
                named_for[m.surface] = set(focus).union(*others_named)
            named = named_for[m.surface]
            if m.place.country_code not in named:
                others = [
                    p
                    for p in sense
                    if p.kind == "city"
                    and p.id != m.place.id
                    and p.country_code in named
                    # not a far smaller namesake: "Amsterdam" or "Geneva" in a story naming
                    # the U.S.
                    and p.population * _NAMESAKE_RATIO >= m.place.population
                ]
                if len(others) == 1 and not city_over_namesake(m.place, others[0]):
                    m = replace(m, place=others[0], method="nearby")
        out.append(m)
    return out


def _capitals_of_named_countries(
    mentions: list[Mention], senses: list[tuple[Place, ...]]
) -> list[Mention]:
    """A city name that is also the capital of a country the document names outright is that
    capital ("San José" in a story that names Costa Rica is its capital, not San Jose,
    California; "Kingston" beside Jamaica), unless the city read is itself the capital of a
    named country.

    >>> us = Place("a", "San Jose", "city", -121.9, 37.3, "US", population=1_026_908)
    >>> cr = Place("b", "San José", "city", -84.1, 9.9, "CR", population=335_007)
    >>> costa_rica = Place("country:CR", "Costa Rica", "country", -84.0, 10.0, "CR")
    >>> ms = [Mention("Costa Rica", 0, 10, costa_rica, 1.0, "exact"),
    ...       Mention("San José", 20, 28, us, 1.0, "exact")]
    >>> [m.place.name for m in _capitals_of_named_countries(ms, [(costa_rica,), (us, cr)])]
    ['Costa Rica', 'San José']
    >>> [m.place.name for m in _capitals_of_named_countries(ms[1:], [(us, cr)])]
    ['San Jose']
    """
    named = {m.place.country_code for m in mentions if m.place.kind == "country"}
    if not named:
        return mentions
    capitals = capital_names()

    def capital(p: Place) -> bool:
        return p.kind == "city" and capitals.get(p.country_code) == fold_key(p.name)

    out = []
    for m, sense in zip(mentions, senses, strict=True):
        if m.place.kind == "city" and len(sense) > 1:
            if not (m.place.country_code in named and capital(m.place)):
                there = [
                    p
                    for p in sense
                    if p.country_code in named
                    and p.country_code != m.place.country_code
                    and capital(p)
                ]
                # the first sense of each country is its biggest town of that name
                if len({p.country_code for p in there}) == 1:
                    m = replace(m, place=there[0], method="capital")
        out.append(m)
    return out


def _towns_of_focus(
    mentions: list[Mention], senses: list[tuple[Place, ...]], focus: tuple[str, ...]
) -> list[Mention]:
    """A small country's name that is also a larger town of a country the text is about is
    that town ("la saisie, près de la ville de Grenade" in a story on the Spanish police, or
    "débarqué près de Motril puis transporté à Grenade", is Granada, not Grenada)."""
    out = []
    for m, sense in zip(mentions, senses, strict=True):
        if m.place.kind == "country" and m.place.country_code not in focus:
            towns = [
                p
                for p in sense
                if p.kind == "city"
                and p.country_code in focus
                and p.population > m.place.population
            ]
            if towns:
                m = replace(m, place=max(towns, key=lambda p: p.population), method="focus")
        out.append(m)
    return out


def _metropolis_over_namesake(chosen: Place, near: Place) -> bool:
    """``chosen`` is a city of a million people or more and ``near`` a namesake at least
    twenty times smaller: the metropolis keeps the name even far from the text's other places.

    >>> big = Place("a", "Madrid", "city", -3.7, 40.4, "ES", population=3_255_944)
    >>> small = Place("b", "Madrid", "city", -74.3, 4.7, "CO", population=62_436)
    >>> _metropolis_over_namesake(big, small), _metropolis_over_namesake(small, big)
    (True, False)
    """
    return (
        chosen.population >= _METROPOLIS and near.population * _NAMESAKE_RATIO <= chosen.population
    )


# "Nogales, Arizona", "Santa Elena (Ecuador)", "Santa Elena in Ecuador": a place, then the
# region or country it lies in
# a word that places a town in an area ("Santa Elena in Ecuador", "Grenade, en Espagne")
_LOCATIVE = r"\b(?:in|en|au|aux|dans)\b"
_APPOSED = re.compile(
    # after a comma, "à" places a town on its island too ("Sainte-Rose, à La Réunion")
    rf"\s*(?:,\s*(?:(?:{_LOCATIVE}|à)\s*)?|\(\s*(?:{_LOCATIVE}\s*)?|{_LOCATIVE})\s*"
    r"(?i:the\s+|la\s+|le\s+|l['’])?"
    # "Sami Koto (northern Gambia)", "Koto (nord de la Gambie)": the part of the area
    r"(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+"
    r"|(?:nord|sud|est|ouest|centre)\s+(?:de\s+la\s+|du\s+|de\s+l['’]|de\s+)?)?"
)


def _apposed_senses(
    mentions: list[Mention], senses: list[tuple[Place, ...]], text: str
) -> list[Mention]:
    """A town named with the region or country it lies in ("Nogales, Arizona", "Santa Elena
    in Ecuador", "St. Thomas, Ontario") takes its sense in that area when it has one, and the
    area its sense that holds the town (Nogales, Arizona is not the Mexican Nogales; Santa
    Elena is not Saint Helena; Ontario is the Canadian province, not the Californian town). A
    town given a country in brackets or after "in" where no town of its name lies is a place
    the gazetteer lacks ("Sami Koto (northern Gambia)" is not Kōtō, Tokyo): it is left out."""
    out: list[Mention | None] = list(mentions)
    settled: dict[str, Place] = {}  # the sense an apposition gave a town's name
    apposed: set[int] = set()
    for k in range(len(out) - 1):
        town, area = out[k], out[k + 1]
        if town is None or area is None:
            continue
        between = text[town.end : area.start]
        if not _APPOSED.fullmatch(between) or not _town_then_area(town, area, between):
            continue
        pair = _apposed_pair(town.place, senses[k], area.place, senses[k + 1])
        if pair is not None:
            there, where = pair
            if there.id != town.place.id:
                out[k] = replace(town, place=there, method="apposed")
            if where.id != area.place.id:
                out[k + 1] = replace(area, place=where, method="apposed")
            settled.setdefault(fold_key(town.surface), there)
            apposed.add(k)
        elif _lacked_town(town, area, between, text):
            out[k] = None
    # one sense per name in a document: "NOGALES, Ariz. -- ... of Nogales" is one town
    for k, m in enumerate(out):
        there = settled.get(fold_key(m.surface)) if m is not None and k not in apposed else None
        if there is not None and there.id != m.place.id and there in senses[k]:
            out[k] = replace(m, place=there, method="apposed")
    return [m for m in out if m is not None]


# "Nogales, Ariz.", "Kingston, Ont.": a division's abbreviation right after a town and a comma
_DIVISION_ABBREVIATION = re.compile(
    r",\s*("
    + "|".join(re.escape(a) for a in sorted(admin1_abbreviations(), key=len, reverse=True))
    + r")(?=[\s,;:)\].]|$)"
)


# A postal code ("AZ", "TX", "BC"): read only after a town of that country this near the
# division's point (El Paso lies some 1,000 km from the point of Texas; "Paris, OR" is no town)
_POSTAL_CODE = re.compile(r"[A-Z]{2}")
_POSTAL_KM = 1500


def _abbreviated_divisions(
    mentions: list[Mention], senses: list[tuple[Place, ...]], text: str
) -> tuple[list[Mention], list[tuple[Place, ...]]]:
    """The divisions written as news agencies abbreviate them after a town ("Nogales, Ariz.",
    "Porters Lake, N.S.", "Sydney, NSW") as mentions of their own, so that the town takes its
    sense in that division (``_apposed_senses``): the Nogales of Arizona, the Kingston of
    Ontario."""
    pairs = list(zip(mentions, senses, strict=True))
    for m, sense in zip(mentions, senses, strict=True):
        hit = _DIVISION_ABBREVIATION.match(text, m.end)
        if hit is None or m.place.kind not in ("city", "other"):
            continue
        start, end = hit.span(1)
        if overlaps(start, end, mentions):
            continue  # read already ("N.Y." as New York)
        place = abbreviated_division(hit.group(1))
        if _POSTAL_CODE.fullmatch(hit.group(1)) and not any(
            p.country_code == place.country_code
            and sphere_distance_km(p.lon, p.lat, place.lon, place.lat) <= _POSTAL_KM
            for p in (m.place, *sense)
        ):
            continue  # "IN", "OR", "ON" after a town that state does not hold: words
        pairs.append((Mention(hit.group(1), start, end, place, 1.0, "abbreviation"), (place,)))
    pairs.sort(key=lambda p: p[0].start)
    return [m for m, _ in pairs], [s for _, s in pairs]


def _town_then_area(town: Mention, area: Mention, between: str) -> bool:
    """``town`` may be a town named with the area it lies in: a place read as a country or a
    region ("Santa Elena", Saint Helena; "Grenade, en Espagne", Grenada) only before a
    locative word or a bracket, since "le Bénin, le Nigéria" is a list, not Benin City; a
    place read as a region of another country than the division after it may be a town of
    that division after a bare comma too ("Norfolk, Virginia" is no English county: two
    divisions of two countries are no list)."""
    if town.place.kind in ("city", "other") or _PLACED_IN.search(between):
        return True
    return (
        town.place.kind == "region"
        and area.place.kind == "region"
        and area.place.country_code is not None
        and town.place.country_code != area.place.country_code
    )


# "Grenade, en Espagne", "Santa Elena (Ecuador)": a word or a bracket that places the town
_PLACED_IN = re.compile(rf"\(|{_LOCATIVE}")


def _apposed_pair(
    town: Place, town_senses: tuple[Place, ...], area: Place, area_senses: tuple[Place, ...]
) -> tuple[Place, Place] | None:
    """The town's sense and the area's sense that agree (the town lies in the area), the
    area as read preferred; None when no sense of the town lies in any sense of the area."""
    areas = [area, *(p for p in area_senses if p.id != area.id)]
    for where in areas:
        code = where.country_code
        if code is None or where.kind not in ("region", "country"):
            continue
        if town.country_code == code:
            if where.kind == "region":
                town = _town_in_division(town, town_senses, where)
            return town, where  # the town as read lies there already
        there = [p for p in town_senses if p.country_code == code and p.kind in ("city", "other")]
        if there:
            if where.kind == "region":  # "San Luis, Arizona": not St. Louis, Missouri
                return _town_in_division(there[0], tuple(there), where), where
            return there[0], where
    return None


# A town this near a division's point lies in it, for the towns of one name in one country
IN_DIVISION_KM = 600


def _town_in_division(town: Place, senses: tuple[Place, ...], division: Place) -> Place:
    """Of the country's towns of that name, the one in the division ("Wilmington, Del.": not
    the largest, Wilmington, North Carolina): the nearest the division's point, when near
    enough to lie in it; else the town as read (the gazetteer lacks "Cleveland, Texas")."""
    code = division.country_code
    same = [p for p in (town, *senses) if p.country_code == code and p.kind == town.kind]
    near = min(same, key=lambda p: sphere_distance_km(p.lon, p.lat, division.lon, division.lat))
    if sphere_distance_km(near.lon, near.lat, division.lon, division.lat) > IN_DIVISION_KM:
        return town
    return near


def _lacked_town(town: Mention, area: Mention, between: str, text: str) -> bool:
    """``town`` is given a country or a state it does not lie in and is no metropolis: the
    town the text means is not in the gazetteer ("Sami Koto (northern Gambia)" is not Kōtō,
    Tokyo; "Balboa, Panama" is not the Colombian Balboa; "Hidalgo, Texas" is not the
    Mexican one). After a bare comma the area must close the phrase: "Lagos, Ghana and
    Kenya" is a list, not a town of Ghana."""
    if (
        town.place.kind != "city"
        or town.place.population >= _METROPOLIS
        or area.place.kind not in ("country", "region")
        or not area.place.country_code
    ):
        return False
    if "," not in between or _PLACED_IN.search(between):
        return True
    return _CLOSES_PHRASE.match(text, area.end) is not None and not _LISTED_BEFORE.search(
        text[max(0, town.start - 6) : town.start]
    )


# What follows an area that closes an apposition: the sentence's end, a bracket, a comma and
# a lower-case word ("Balboa, Panama, bound for Europe"), not "and" nor another name
_CLOSES_PHRASE = re.compile(
    r"\s*(?:[.;:)!?]|$|,\s*(?!(?:and|et|or|ou|as well)\b)[a-zà-ÿ]|\s(?!(?:and|et|or|ou)\b)[a-zà-ÿ])"
)
# A town that ends a list ("Accra, Lagos, Ghana"): a comma or "and" right before it
_LISTED_BEFORE = re.compile(r"(?:,|\band|\bet)\s*$")


# A region named by its first part only, the continent said once for both ("Central and
# Eastern Europe", "l'Europe centrale et de l'Est"): the bare part is a place too (ANNOTATION.md
# annotates "East" as East Asia in "East and Southeast Asia").
_SHARED_CONTINENT = {
    "en": re.compile(
        r"\b(?P<part>Central|Eastern|Western|Northern|Southern|North|South|East|West|"
        r"South-?[Ee]ast(?:ern)?|North-?[Ee]ast(?:ern)?)\s+(?:and|or)\s+"
        r"(?:Central|Eastern|Western|Northern|Southern|North|South|East|West|"
        r"South-?[Ee]ast(?:ern)?|North-?[Ee]ast(?:ern)?)\s+(?P<whole>Europe|Africa|Asia|America)\b"
    ),
    "fr": re.compile(
        r"\b(?P<whole>Europe|Afrique|Asie|Amérique)\s+(?:centrale|orientale|occidentale|"
        r"australe|du\s+[Nn]ord|du\s+[Ss]ud|de\s+l['’](?:[Ee]st|[Oo]uest))\s+(?:et|ou)\s+"
        r"(?:de\s+l['’]|du\s+|d['’])?"
        r"(?P<part>[Ee]st|[Oo]uest|[Nn]ord|[Ss]ud|orientale|occidentale|centrale|australe)\b"
    ),
}


def _shared_continent_parts(text: str, lang: str, mentions: list[Mention], resolve) -> list:
    """The regions a shared continent name leaves bare, as mentions of their own.

    ``resolve`` maps a region's full name to a place or None.
    """
    out = []
    for m in _SHARED_CONTINENT[lang].finditer(text):
        start, end = m.span("part")
        if overlaps(start, end, mentions):
            continue
        part = m.group("part")
        if lang == "en":
            full = f"{part} {m.group('whole')}"
        elif part.lower() in ("est", "ouest"):
            full = f"{m.group('whole')} de l'{part.lower()}"
        elif part.lower() in ("nord", "sud"):
            full = f"{m.group('whole')} du {part.lower()}"
        else:
            full = f"{m.group('whole')} {part}"
        res = resolve(full)
        if res is not None and res.place is not None and res.place.kind == "region":
            out.append(Mention(part, start, end, res.place, res.score, "shared continent"))
    return out


@dataclass(frozen=True)
class Mention:
    """A place mention: exact surface and offsets in the text, and the place it resolves to."""

    surface: str
    start: int
    end: int
    place: Place
    score: float
    method: str
    demonym: bool = False

    def as_json(self) -> dict:
        return {"surface": self.surface, **self.place.as_json()}


def overlaps(start: int, end: int, mentions) -> bool:
    """Does the span ``start``..``end`` overlap one of ``mentions`` (anything with ``start`` and
    ``end``)?

    >>> overlaps(3, 8, [Mention("Oslo", 6, 10, None, 1.0, "exact")]), overlaps(3, 6, [])
    (True, False)
    """
    return any(m.start < end and start < m.end for m in mentions)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str) -> list[Token]:
    """Tokens with offsets; French elision (l', d', qu', jusqu') becomes its own token."""
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        word, start = m.group(0), m.start()
        e = _ELISION.match(word)
        if e and len(word) > e.end():
            tokens.append(Token(word[: e.end()], start, start + e.end()))
            word, start = word[e.end() :], start + e.end()
        # A missing space after an elision ("la Suèdel’Espagne"): split before the capital.
        glued = re.search(r"['’](?=[A-ZÀ-ÖØ-Þ])", word)
        if glued and glued.start() > 1:
            cut = glued.end()
            tokens.append(Token(word[: glued.start() - 1], start, start + glued.start() - 1))
            tokens.append(Token(word[glued.start() - 1 : cut], start + glued.start() - 1,
                                start + cut))  # fmt: skip
            word, start = word[cut:], start + cut
        # "ex-Yougoslavie", "former-Soviet": the prefix apart, so the name starts capitalised
        prefix = _EX_PREFIX.match(word)
        if prefix:
            tokens.append(Token(word[: prefix.end()], start, start + prefix.end()))
            word, start = word[prefix.end() :], start + prefix.end()
        # "the EU's", "Afghanistan’s": the English possessive apart
        if len(word) > 3 and word[-2] in "'’" and word[-1] in "sS":
            tokens.append(Token(word[:-2], start, start + len(word) - 2))
            word, start = word[-2:], start + len(word) - 2
        # "Niger-Libya", "Badakhshan-Doshi-Bamiyan": capitalised parts are tokens of their
        # own; a hyphenated name ("Pays-Bas", "Grande-Synthe") is still tried whole, since
        # spans join tokens over a hyphen
        while True:
            cut = _CAPS_HYPHEN.search(word)
            if cut is None:
                break
            tokens.append(Token(word[: cut.start()], start, start + cut.start()))
            word, start = word[cut.start() + 1 :], start + cut.start() + 1
        # "Europe-bound", "UK-based": the place, then the suffix (a cue read by direction)
        suffix = _PLACE_SUFFIX.search(word)
        if suffix and suffix.start() > 0:
            tokens.append(Token(word[: suffix.start()], start, start + suffix.start()))
            word, start = word[suffix.start() + 1 :], start + suffix.start() + 1
        tokens.append(Token(word, start, start + len(word)))
    return tokens


@lru_cache(maxsize=1)
def default_gazetteer():
    from geodata.gazetteer import load_gazetteer

    return load_gazetteer()


def _context(country_codes: tuple[str, ...], lang: str | None):
    from geodata.gazetteer import ResolveContext

    return ResolveContext(country_codes=country_codes, lang=lang)


# Abbreviations that open a place name with a full stop: "St. Louis", "Ste. Anne", "Mt. Hood"
_ABBREVIATED = frozenset({"St", "Ste", "Sta", "Sto", "Mt", "Ft", "Pt"})


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


_OF_WORDS = frozenset({"of", "de", "d'", "d’", "du", "des"})  # "les îles espagnoles des Canaries"


def in_capitals(surface: str) -> bool:
    """``surface`` is written in capitals, as datelines and acronyms are.

    >>> [in_capitals(s) for s in ("KABUL", "SAN ANTONIO", "McALLEN", "Kabul")]
    [True, True, True, False]
    """
    return _CAPITALS.fullmatch(surface) is not None


def in_dateline(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` stands where a dateline names its town: opening a line (or
    after a page's time stamp and a dash) before a comma, a colon, a bracket or a dash
    ("BERLIN —", "SOFIA, Aug. 17", "KABUL (AP)", "LONDON:"), or on a byline's line before its
    country or state and a dash ("TURBAT, Pakistan -- The smugglers").

    >>> in_dateline("BERLIN — Les autorités", 0, 6), in_dateline("Vu de BERLIN — non", 6, 12)
    (True, False)
    >>> in_dateline("2002  TURBAT, Pakistan -- The", 6, 12)
    True
    >>> in_dateline("Updated 06:15 pm IST - NEW DELHI: The", 23, 32)
    True
    """
    if _DATELINE_END.match(text, end) is not None and (
        start == 0
        or text[start - 1] == "\n"
        or _STAMP_BEFORE.search(text, max(0, start - 40), start)
    ):
        return True
    return _AREA_THEN_DASH.match(text, end) is not None


def capital_dateline(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is written in capitals where a dateline names its town
    ("BERLIN —", "McALLEN, Texas –").

    >>> capital_dateline("BERLIN — Police", 0, 6), capital_dateline("Berlin — Police", 0, 6)
    (True, False)
    """
    return in_capitals(text[start:end]) and in_dateline(text, start, end)


def dated_dateline(text: str, end: int) -> bool:
    """The town of a dateline (``in_dateline``) that ends at ``end`` is sure, whatever its
    size: a date follows it ("NADI, 24 JUNE 2019"), or its country or state and a dash
    ("TURBAT, Pakistan -- The smugglers").

    >>> dated_dateline("NADI, 24 JUNE 2019 (THE GUARDIAN) — It", 4)
    True
    >>> dated_dateline("NADI, Lautoka and Suva", 4), dated_dateline("NADI, Mark Smith said", 4)
    (False, False)
    """
    return bool(_AREA_THEN_DASH.match(text, end) or _DATE_AFTER.match(text, end))


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
            self._cand_cache[key] = hit
        return hit

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
        if i == j and only_cities and (_titled(text, toks, i) or self._in_name_run(text, toks, i)):
            return True  # "Mr. Lyons", "David Gilbert Lyons": a person
        if len(letters) <= 3 and not letters.isupper():
            # "us", "Un", "Man": short names must be written as acronyms, unless a town of
            # some size, by its own name, or an island or region the supplement names ("vers
            # l'île de Kos"), follows a locative word ("en provenance de Gao")
            town = (
                len(letters) == 3
                and (_placed(text, toks, i, []) or _listed_after_name(text, toks, i))
                and key not in STOPWORDS
                and any(
                    _by_own_name(p, surface, _SHORT_TOWN_POPULATION) or p.kind == "region"
                    for p in places
                )
            )
            if not town:
                return True
        if i == j and only_cities and _sentence_initial(text, toks[i]):
            # A capitalised first word may be any word: only big cities are taken on trust.
            if max(p.population for p in places) < _TRUSTED_POPULATION:
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
        ):
            if not _sentence_initial(text, prev) or fold_key(prev.text) not in STOPWORDS:
                if not self.candidates(prev.text, None) and only_cities:
                    return True
                if prev.text.lower() in _ORG_HEADS:
                    return True
        return False

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
        focus_counts.update(c for t in toks if (c := demonym_country(t.text, lang)))
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
                and _speaker(text, toks, i, j)
            ):
                continue  # "According to Harrison", "Lyons said": a person ("Moscow said" stays)
            mentions.append(
                Mention(surface, toks[i].start, toks[j].end, res.place, res.score, res.method)
            )
            senses.append(_places)
        mentions = _unshadowed(mentions, focus_counts)
        mentions = _towns_of_focus(mentions, senses, focus)
        mentions = _nearest_senses(mentions, senses)
        mentions = _senses_in_named_countries(mentions, senses, focus)
        mentions = _capitals_of_named_countries(mentions, senses)
        mentions, senses = _abbreviated_divisions(mentions, senses, text)
        mentions = _apposed_senses(mentions, senses, text)
        mentions += _shared_continent_parts(
            text, lang, mentions, lambda name: self.resolve(name, lang, focus)
        )
        for m in demonyms:
            if not any(m.start < e and s < m.end for s, e in taken):
                mentions.append(m)
        if lang == "fr":
            mentions += _departements_named_apart(
                text, mentions, lambda name: self.resolve(f"département {name}", lang, ())
            )
            named = set(focus_counts) | {m.place.country_code for m in mentions}
            mentions += _divisions_after_kind(text, mentions, named - {None}, self._division)
        lower = {t.text.lower() for t in toks if t.text.islower()}
        # small_towns reads Mention from this module, hence the import here
        from flows.extract.small_towns import towns_listed_with_places, towns_named_as_places

        mentions += towns_named_as_places(text, lang, mentions, self._known, lower)
        mentions += towns_listed_with_places(text, mentions, self._known, lower)
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


# A French département in brackets right after a town ("Hyères (Var)", "Grande-Synthe (Nord)")
_BRACKETED_AFTER_TOWN = re.compile(r"\s*\(([A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s[\w'’-]+){0,2})\)")


def _departements_named_apart(text: str, mentions: list[Mention], resolve) -> list[Mention]:
    """The French départements the press names apart from the other places, as mentions of
    their own: in brackets after a French town ("Hyères (Var)", "Grande-Synthe (Nord)",
    "Pia (Pyrénées-Orientales)"). The names that are also words, rivers or short words
    ("Nord", "Aude", "Loire", "Var") are not read alone; there the place is sure (after an
    elided article, "de l'Aude", fresh places precision fell: left out in round 38).
    ``resolve`` maps "département NAME" to a place or None."""
    spans: list[tuple[int, int, str]] = []
    for m in mentions:
        if m.place.country_code != "FR" or m.place.kind not in ("city", "other"):
            continue
        hit = _BRACKETED_AFTER_TOWN.match(text, m.end)
        if hit is not None:
            spans.append((*hit.span(1), hit.group(1)))
    out: list[Mention] = []
    for start, end, name in spans:
        if overlaps(start, end, (*mentions, *out)):
            continue
        res = resolve(name)
        place = res.place if res is not None else None
        if place is None or not place.id.endswith("-department") or place.country_code != "FR":
            continue
        out.append(Mention(name, start, end, place, res.score, "département"))
    return out


# "le département du Mono", "la région du Sud-Ouest", "les provinces d'Hérat et de Nimroz": a
# kind of division, then one name or a list of names, each a capitalised word or up to three
_DIVISION_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’]*(?:[- ][A-ZÀ-ÖØ-Þ][\w'’]*){0,2}"
_DIVISION_OF = r"(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*"
_KIND_FIRST = re.compile(
    r"\b(?i:"
    + "|".join(re.escape(w) for w in KIND_WORDS_FR)
    + r")[sx]?\s+"
    + _DIVISION_OF
    + "("
    + _DIVISION_NAME
    + ")"
)
_NEXT_DIVISION = re.compile(
    r"(?:\s*,\s*|\s+et\s+)(?:" + _DIVISION_OF + ")?(" + _DIVISION_NAME + ")"
)


def _divisions_after_kind(
    text: str, mentions: list[Mention], countries: set[str], place_of
) -> list[Mention]:
    """The first-level divisions French names after their kind ("le département du Mono",
    "la région du Sud-Ouest", "les cantons de Lucerne et de Thurgovie"), as mentions of their
    own where no mention holds the name: a division of a country the text names, the only
    one of that name there. ``place_of`` maps an admin1 row to its place."""
    out: list[Mention] = []
    for hit in _KIND_FIRST.finditer(text):
        spans = [hit.span(1)]
        nxt = _NEXT_DIVISION.match(text, hit.end())
        while nxt is not None:
            spans.append(nxt.span(1))
            nxt = _NEXT_DIVISION.match(text, nxt.end())
        for start, end in spans:
            m = _division_mention(text, start, end, countries, place_of)
            if m is not None and not overlaps(m.start, m.end, mentions):
                out.append(m)
    return out


def _division_mention(
    text: str, start: int, end: int, countries: set[str], place_of
) -> Mention | None:
    """The division named at ``text[start:end]`` or by its first words ("Sud-Ouest" in "la
    région du Sud-Ouest Cameroun"), or None."""
    words = text[start:end].split(" ")
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        rows = [r for r in divisions_named_fr(name) if r.country_code in countries]
        if len({r.country_code for r in rows}) == 1:
            return Mention(name, start, start + len(name), place_of(rows[0]), 0.9, "kind")
    return None


# How far before a place's name the name of the unit seated there may start.
_UNIT_SEAT_WINDOW = 160


def unit_seat(text: str, mention: Mention, lang: str | None) -> bool:
    """The seat in the name of a regional police or court unit, no place of the story
    (ANNOTATION.md): "la JIRS de Lille", "le SRPJ de Perpignan", "la brigade mobile de
    recherche de Coquelles"; in English a federal court's district named by its state ("U.S.
    Attorney for the Southern District of California"). The flows still read these mentions
    (a seat may be where the police act); only the places a document names leave them out."""
    if mention.demonym:
        return False
    if lang != "fr" and mention.place.kind != "region":
        return False
    before = text[max(0, mention.start - _UNIT_SEAT_WINDOW) : mention.start]
    return lexicon(lang or "en").regex("unit_seat").search(before) is not None


def adjective_area(mention: Mention, lang: str | None) -> bool:
    """A continent named by its adjective ("le continent africain"): no place of its own
    (lexicon ``adjective_area``; ANNOTATION.md: "la côte turque"). For the places only."""
    return lexicon(lang or "en").regex("adjective_area").search(mention.surface) is not None


# How far around a region's name the words of a route named after it lie.
_ROUTE_WINDOW = 40


def route_label(text: str, mention: Mention, lang: str | None) -> bool:
    """A multi-country region naming a route, as a label ("la route des Balkans", "the
    Balkan land route"; lexicon ``route_label_before`` / ``route_label_after``): no place
    (ANNOTATION.md). For the places only."""
    place = mention.place
    if mention.demonym or place.kind != "region" or place.country_code is not None:
        return False
    lex = lexicon(lang or "en")
    before = text[max(0, mention.start - _ROUTE_WINDOW) : mention.start].rstrip(' «"“')
    after = text[mention.end : mention.end + _ROUTE_WINDOW]
    return bool(
        lex.regex("route_label_before").search(before)
        or lex.regex("route_label_after").search(after)
    )


# How far around a place's name the words of a group's, a medium's or a product's name lie.
_NAME_WINDOW = 24


def in_a_name(text: str, mention: Mention) -> bool:
    """Part of a group's, a medium's, a product's or a person's name, no place (ANNOTATION.md):
    "Al-Qaeda in the Islamic Maghreb", "Jeune Afrique", "a Winchester .22-caliber rifle"
    (lexicon ``name_before`` / ``name_after``), "Israel Cortes-Morales, 31," (a surname before
    an age: ``age_after``). Like :func:`unit_seat`, for the places only."""
    if mention.demonym:
        return False
    lex = lexicon("en")  # the patterns are in the common file
    before = text[max(0, mention.start - _NAME_WINDOW) : mention.start]
    after = text[mention.end : mention.end + _NAME_WINDOW]
    if lex.regex("name_before").search(before) or lex.regex("name_after").search(after):
        return True
    # a person's age after a surname: "Israel Cortes-Morales, 31,", "Vargas Perez, 40 ans"
    return bool(
        lex.regex("age_after").search(after) and lex.regex("name_part_before").search(before)
    )


def no_place_of_its_own(text: str, mention: Mention, lang: str | None) -> bool:
    """A mention the flows read that the places a document names leave out (ANNOTATION.md):
    a demonym ("the Libyan coast"), a unit's seat (:func:`unit_seat`), part of a name
    (:func:`in_a_name`), a continent named by its adjective (:func:`adjective_area`), a region
    naming a route (:func:`route_label`)."""
    return (
        mention.demonym
        or unit_seat(text, mention, lang)
        or in_a_name(text, mention)
        or adjective_area(mention, lang)
        or route_label(text, mention, lang)
    )


def _after_organisation_head(toks: list[Token], i: int) -> bool:
    """Named after an organisation's head: "Conseil de l'Europe", "Bank of England",
    "ministère de l'Intérieur"."""
    k = i - 1
    while k >= 0 and toks[k].text.lower() in _CONNECTORS and i - k <= 3:
        k -= 1
    return k >= 0 and k < i - 1 and toks[k].text.lower() in _ORG_HEADS and toks[k].capitalised
