"""Key normalisation for place names, shared by the gazetteer index and its look-ups.

Two steps, so that names which *start* with an article can still be told apart
("Los Angeles" vs "Angeles", "El Salvador" vs "Salvador"):

- :func:`fold_key` casefolds, strips accents, unifies apostrophes, hyphens, dots and
  whitespace: ``"Bosnie-Herzégovine"`` -> ``"bosnie herzegovine"``.
- :func:`normalize_key` also drops one leading article (``le la les l' the der die das
  el los las il lo gli i``): ``"l'Ukraine"`` -> ``"ukraine"``.

>>> normalize_key("la Grèce")
'grece'
>>> normalize_key("L’Ukraine")
'ukraine'
>>> normalize_key("  the   Netherlands ")
'netherlands'
>>> normalize_key("Guinea-Bissau")
'guinea bissau'
>>> fold_key("Los Países Bajos")
'los paises bajos'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

# Leading articles dropped by normalize_key (FR, EN, DE, IT, ES). "l" and "gl" come from the
# elided forms l' / gl' once the apostrophe has become a space.
ARTICLES: frozenset[str] = frozenset(
    "le la les l the der die das den dem el los las il lo gli gl i".split()
)

# Geographic nouns a demonym may qualify: "les côtes libyennes", "the Libyan coast" name Libya.
GEO_NOUNS: frozenset[str] = frozenset(
    """côte côtes frontière frontières territoire territoires sol eaux port ports capitale
    littoral îles île villes ville région régions province provinces rives plages espace
    coast coasts border borders territory soil waters port ports capital shore shores
    islands island cities city region regions province coastline mainland""".split()
)

# Letters that NFKD does not decompose into base letter + accent.
_SPECIAL = str.maketrans(
    {
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "ħ": "h",
        "ŀ": "l",
    }
)
# Apostrophes, hyphens, dashes, slashes, underscores and brackets separate words; dots vanish
# ("St. Gallen" -> "st gallen", "U.K." -> "uk").
_SEPARATORS = re.compile(r"[\s'’‘`´ʼʻ′\-‐‑‒–—―/_,;:()\[\]{}\"“”«»!?&+*]+")
_DROPPED = re.compile(r"[.·]")


@lru_cache(maxsize=200_000)
def fold_key(text: str) -> str:
    """Casefold, strip accents, turn punctuation and runs of whitespace into single spaces."""
    s = text.casefold()
    if s.isalnum() and s.isascii():  # fast path: one plain word ("moscou")
        return s
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s.translate(_SPECIAL))
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _DROPPED.sub("", s)
    return _SEPARATORS.sub(" ", s).strip()


_FOLDED_GEO_NOUNS = frozenset(fold_key(w) for w in GEO_NOUNS)


def drop_article(key: str) -> str:
    """Drop one leading article from a folded key (never the whole key)."""
    head, sep, rest = key.partition(" ")
    if sep and head in ARTICLES and rest:
        return rest
    return key


@lru_cache(maxsize=200_000)
def normalize_key(text: str) -> str:
    """The look-up key of a name: :func:`fold_key` then :func:`drop_article`."""
    return drop_article(fold_key(text))


def demonym_of_phrase(key: str) -> str | None:
    """The adjective of "<geographic noun> <adjective>" or "<adjective> <geographic noun>".

    ``key`` is a folded key; the result is the key to look up as a demonym, else None.

    >>> demonym_of_phrase("les cotes libyennes"), demonym_of_phrase("libyan coast")
    ('libyennes', 'libyan')
    >>> demonym_of_phrase("cotes"), demonym_of_phrase("new york")
    (None, None)
    """
    words = drop_article(key).split(" ")
    if len(words) != 2:
        return None
    if words[0] in _FOLDED_GEO_NOUNS:
        return words[1]
    if words[1] in _FOLDED_GEO_NOUNS:
        return words[0]
    return None


def is_latin_key(key: str) -> bool:
    """True when a folded key only holds ASCII letters, digits and spaces (Latin script)."""
    return key.isascii() and key.replace(" ", "").isalnum()


# Common function words of FR, EN, DE, IT, ES (articles, prepositions, conjunctions, pronouns,
# auxiliaries, a few ubiquitous adverbs). geodata/data/stopwords.txt adds spaCy's stop-word lists
# (built by geodata/tools/build_stopwords.py). GeoNames has towns with these names ("Sur" in
# Oman, "Of" in Turkey, "Como" in Italy, "Selon"...): see STOPWORDS below.
CORE_STOPWORDS: frozenset[str] = frozenset(
    """
    a au aux avec ce ces cet cette dans de des du elle en entre et eux il ils je la le les leur
    leurs lui ma mais me meme mes moi mon ne ni nos notre nous on ou par pas pour qu que qui sa
    sans se selon ses si son sous sur ta te tes toi ton tu un une vers vos votre vous y est sont
    ont ete etre avoir fait tout tous toute toutes plus moins tres bien aussi alors donc car
    comme lors depuis apres avant chez contre pendant parmi hors via
    an and are as at be been but by can did do does for from had has have he her him his how if
    in into is it its may me might must my no nor not of off on once only or our out over own
    per she should so some such than that the their them then there these they this those to
    too under until up us very was we were what when where which while who whom why will with
    would you your yours all any both each few more most other same
    aber als am an auch auf aus bei bin bis bist da dann das dass dein dem den der des dich die
    dir doch du durch ein eine einem einen einer eines er es fur hat hatte ich ihr im ist ja
    kann kein man mit nach nicht noch nun nur ob oder ohne sehr sein seine sich sie sind so um
    und uns unter vom von vor war was weil wenn wer wie wir wird zu zum zur uber
    ai agli al alla alle allo anche che chi ci col come con cui da dai dal dalla dalle degli dei
    del della delle dello di dove e ed gli ha hanno ho il in io la le lei li lo loro lui ma mi
    ne negli nei nel nella nelle noi non o per perche piu quale quando questo quello se si sia
    sono su sua sue sugli sui sul sulla suo suoi tra tu tuo un una uno vi voi
    al algo ante aquel bajo cabe como con contra cual cuando de del desde donde dos durante el
    ella ellas ellos en entre era es esa ese eso esta este esto ha han hasta hay la las le les
    lo los mas me mi mucho muy nada ni no nos nosotros o otra otro para pero poco por porque que
    quien se sea segun ser si sin sino sobre son su sus tambien tiene todo tras tu un una uno
    unos usted y ya
    home ans
    """.split()
)

STOPWORDS_PATH = Path(__file__).resolve().parent / "data" / "stopwords.txt"


def _load_stopwords() -> frozenset[str]:
    try:
        lines = STOPWORDS_PATH.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:  # before the first build_stopwords.py run
        lines = []
    return CORE_STOPWORDS | {w.strip() for w in lines if w.strip() and not w.startswith("#")}


# A *city* key on this list never matches without a context country naming the city's country
# (Gazetteer.resolve), unless it is the main name of a city of 100,000+ inhabitants (Van in
# Turkey, Man in Cote d'Ivoire stay findable). Countries, regions and seas are not affected.
STOPWORDS: frozenset[str] = _load_stopwords()
