"""The reader's language: gettext catalogues, and numbers and dates written the reader's way.

Every text a reader sees goes through the ``flows`` gettext domain, whose catalogues live in
``flows/locale/<lang>/LC_MESSAGES/flows.po`` (compiled to ``flows.mo``, committed beside them).
They are managed with babel's own commands (see ``flows/locale/README.md``)::

    pybabel extract -F babel.cfg -o flows/locale/flows.pot --no-location .
    pybabel update -i flows/locale/flows.pot -d flows/locale -D flows --no-fuzzy-matching
    pybabel compile -d flows/locale -D flows

The current language is a context variable, so each Streamlit session (its own script thread)
and each export can use its own without touching the others. Plain data: no Streamlit here.

>>> with use_language("fr"):
...     ngettext("{n} record", "{n} records", 2).format(n=2)
'2 enregistrements'
>>> with use_language("en"):
...     format_integer(1234), format_month(2022, 6)
('1,234', 'June 2022')
>>> with use_language("fr"):
...     format_integer(1234), format_month(2022, 6)
('1\\u202f234', 'juin 2022')
"""

from __future__ import annotations

import gettext as _gettext
import math
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path

DOMAIN = "flows"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANGUAGES: tuple[str, ...] = ("en", "fr")
DEFAULT_LANGUAGE = "en"
#: The setting that chooses the language when nothing else does (no browser locale, no view).
LANGUAGE_ENV = "FLOWS_LANG"
# Each language in its own words (the language picker shows these).
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "fr": "Français"}

_current: ContextVar[str | None] = ContextVar("flows_language", default=None)


class LanguageError(ValueError):
    """A language the atlas has no catalogue for; the message lists those it has."""


def normalize_language(value: object) -> str | None:
    """``"fr-FR"``, ``"fr_BE"``, ``"FR"`` -> ``"fr"``; None for a language without a catalogue.

    >>> normalize_language("fr-FR"), normalize_language("en_GB"), normalize_language("de")
    ('fr', 'en', None)
    """
    if not isinstance(value, str) or not value.strip():
        return None
    code = value.strip().replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else None


def check_language(value: str) -> str:
    """``value`` as a known language code, else a LanguageError that names the choices."""
    code = normalize_language(value)
    if code is None:
        raise LanguageError(
            f"language '{value}' is not available: use one of {', '.join(LANGUAGES)}"
        )
    return code


def negotiate(accept: str | None) -> str | None:
    """The first known language of an ``Accept-Language``-style list, else None.

    >>> negotiate("de-DE,de;q=0.9,fr;q=0.8,en;q=0.5"), negotiate("es"), negotiate(None)
    ('fr', None, None)
    """
    if not accept:
        return None
    ranked = []
    for i, part in enumerate(accept.split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        ranked.append((-q, i, tag))
    for _, _, tag in sorted(ranked):
        code = normalize_language(tag)
        if code:
            return code
    return None


def default_language() -> str:
    """The language setting (``FLOWS_LANG``), else English."""
    return _setting_language(os.environ.get(LANGUAGE_ENV))


@lru_cache(maxsize=64)
def _setting_language(value: str | None) -> str:
    # asked for every text of a redraw (thousands): the setting's few values are read once
    return normalize_language(value) or DEFAULT_LANGUAGE


def get_language() -> str:
    """The language texts are written in right now."""
    return _current.get() or default_language()


def set_language(lang: str | None) -> str:
    """Write texts in ``lang`` from now on, in this context (a Streamlit run, a command)."""
    code = normalize_language(lang) or default_language()
    _current.set(code)
    return code


@contextmanager
def use_language(lang: str | None) -> Iterator[str]:
    """Write texts in ``lang`` inside the block (None keeps the current language)."""
    code = normalize_language(lang) or get_language()
    token = _current.set(code)
    try:
        yield code
    finally:
        _current.reset(token)


@cache
def translations(lang: str) -> _gettext.NullTranslations:
    """The compiled catalogue of ``lang`` (English falls back to the messages themselves)."""
    try:
        return _gettext.translation(DOMAIN, str(LOCALE_DIR), languages=[lang])
    except FileNotFoundError:
        if lang == DEFAULT_LANGUAGE:
            return _gettext.NullTranslations()
        raise LanguageError(
            f"no compiled catalogue for '{lang}' in {LOCALE_DIR}: run "
            "'pybabel compile -d flows/locale -D flows'"
        ) from None


def gettext(message: str) -> str:
    """``message`` in the current language."""
    return translations(get_language()).gettext(message)


_ = gettext


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n`` in the current language (French: 0 and 1 are
    singular). Format the result yourself: ``ngettext("{n} record", "{n} records", n)``."""
    return translations(get_language()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` in the current language, told apart from the same words elsewhere."""
    return translations(get_language()).pgettext(context, message)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue without translating it now (vocabulary tables)."""
    return message


# -- numbers and dates ---------------------------------------------------------------------------
def _babel_locale(lang: str | None = None) -> str:
    return normalize_language(lang) or get_language()


def format_decimal_text(digits: Decimal, lang: str | None = None) -> str:
    """Exact decimal digits with the language's separators (no rounding)."""
    # keyed on the text: Decimal("1.0") == Decimal("1"), but they are written differently
    return _format_decimal_text(str(digits), _babel_locale(lang))


@lru_cache(maxsize=65536)
def _format_decimal_text(digits: str, locale: str) -> str:
    # babel parses its number pattern on every call; a redraw formats hundreds of quantities
    from babel.numbers import format_decimal

    return format_decimal(Decimal(digits), locale=locale, decimal_quantization=False)


def format_integer(n: int, lang: str | None = None) -> str:
    """``1234`` -> ``"1,234"`` (en) or ``"1 234"`` (fr, narrow no-break space)."""
    return _format_integer(int(n), _babel_locale(lang))


@lru_cache(maxsize=65536)
def _format_integer(n: int, locale: str) -> str:
    # a map redraw formats tens of thousands of counts (tooltips), mostly the same small ones
    from babel.numbers import format_decimal

    return format_decimal(n, locale=locale)


def format_fixed(x: float, digits: int = 2, lang: str | None = None) -> str:
    """``0.5`` -> ``"0.50"`` (en) or ``"0,50"`` (fr): a score shown with ``digits`` decimals."""
    # keyed on the text: -0.0 == 0.0, but they may be written differently
    return _format_fixed(repr(float(x)), int(digits), _babel_locale(lang))


@lru_cache(maxsize=65536)
def _format_fixed(x: str, digits: int, locale: str) -> str:
    from babel.numbers import format_decimal

    pattern = "#,##0." + "0" * digits if digits > 0 else "#,##0"
    return format_decimal(float(x), format=pattern, locale=locale)


def format_percent(x: float, lang: str | None = None) -> str:
    """``0.25`` -> ``"25%"`` (en) or ``"25 %"`` (fr)."""
    from babel.numbers import format_percent as _fp

    return _fp(x, locale=_babel_locale(lang))


def format_month(year: int, month: int, lang: str | None = None, short: bool = False) -> str:
    """``(2022, 6)`` -> ``"June 2022"`` / ``"juin 2022"`` (``short``: ``"Jun 2022"``)."""
    return _format_month(int(year), int(month), _babel_locale(lang), bool(short))


@lru_cache(maxsize=4096)
def _format_month(year: int, month: int, locale: str, short: bool) -> str:
    # the tooltips of a redraw name the months of hundreds of flows: a few dozen distinct ones
    from babel.dates import format_date

    return format_date(date(year, month, 1), "MMM y" if short else "MMMM y", locale=locale)


def format_day(day: date, lang: str | None = None) -> str:
    """``date(2022, 6, 3)`` -> ``"June 3, 2022"`` / ``"3 juin 2022"``."""
    from babel.dates import format_date

    return format_date(day, "long", locale=_babel_locale(lang))


def format_iso_date(text: object, lang: str | None = None) -> str:
    """An ISO partial date as a reader writes it: ``"2022"``, ``"juin 2022"``, ``"3 juin 2022"``.

    Text that is not an ISO partial date is returned as it is.
    """
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return ""
    return _format_iso_date(str(text), _babel_locale(lang))


@lru_cache(maxsize=65536)
def _format_iso_date(text: str, lang: str) -> str:
    # the records table formats every shown date; a table holds few distinct ones
    from flows.dates import PartialDate, PartialDateError

    try:
        d = PartialDate.parse(str(text))
    except PartialDateError:
        return str(text)
    if d.month is None:
        return f"{d.year}"
    if d.day is None:
        return format_month(d.year, d.month, lang)
    return format_day(date(d.year, d.month, d.day), lang)


def language_name(lang: str) -> str:
    """A language in its own words: ``"fr"`` -> ``"Français"``."""
    return LANGUAGE_NAMES.get(lang, lang)


__all__ = [
    "DEFAULT_LANGUAGE",
    "DOMAIN",
    "LANGUAGES",
    "LANGUAGE_ENV",
    "LOCALE_DIR",
    "LanguageError",
    "N_",
    "check_language",
    "default_language",
    "format_day",
    "format_decimal_text",
    "format_fixed",
    "format_integer",
    "format_iso_date",
    "format_month",
    "format_percent",
    "get_language",
    "gettext",
    "language_name",
    "negotiate",
    "ngettext",
    "normalize_language",
    "pgettext",
    "set_language",
    "translations",
    "use_language",
]
