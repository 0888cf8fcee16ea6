"""The catalogues are complete and in step with the code; numbers, dates and quantities are
written the reader's way (tables of French and English cases)."""

from __future__ import annotations

import ast
import gettext as stdlib_gettext
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from flows import i18n
from flows.i18n import (
    LANGUAGES,
    LOCALE_DIR,
    check_language,
    format_iso_date,
    negotiate,
    ngettext,
    normalize_language,
    use_language,
)
from flows.quantities import format_number, format_quantity
from flows.views import Filters, View, describe_filters, describe_period

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("flows", "dashboard", "geodata")
MARKERS = {"gettext", "_", "N_", "ngettext", "pgettext"}
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _catalogue(lang: str):
    with (LOCALE_DIR / lang / "LC_MESSAGES" / "flows.po").open("rb") as fh:
        return read_po(fh, locale=lang)


def _key(message) -> tuple:
    msgid = message.id if isinstance(message.id, str) else tuple(message.id)
    return (message.context, msgid)


def _marked_in_code(root: Path = ROOT, packages: tuple[str, ...] = PACKAGES) -> dict[tuple, str]:
    """Every message marked in the code, found with ``ast`` (independent of babel)."""
    found: dict[tuple, str] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name not in MARKERS:
                    continue
                args = [
                    a.value
                    for a in node.args
                    if isinstance(a, ast.Constant) and isinstance(a.value, str)
                ]
                if len(args) < (2 if name in ("pgettext", "ngettext") else 1):
                    continue  # gettext(variable): the variable's values are N_-marked
                where = f"{path.relative_to(root)}:{node.lineno}"
                if name == "pgettext":
                    found[(args[0], args[1])] = where
                elif name == "ngettext":
                    found[(None, (args[0], args[1]))] = where
                else:
                    found[(None, args[0])] = where
    return found


def _untranslated(marked: dict[tuple, str], lang: str) -> dict[tuple, str]:
    catalogue = {_key(m) for m in _catalogue(lang) if m.id}
    return {k: where for k, where in marked.items() if k not in catalogue}


def test_a_message_missing_from_the_catalogues_is_found(tmp_path):
    module = tmp_path / "pkg" / "new_page.py"
    module.parent.mkdir()
    module.write_text(
        "from flows.i18n import gettext, ngettext\n"
        "gettext('Records')\n"
        "gettext('A sentence nobody translated yet')\n"
        "ngettext('{n} new thing', '{n} new things', 2)\n"
    )
    marked = _marked_in_code(tmp_path, ("pkg",))
    for lang in LANGUAGES:
        assert set(_untranslated(marked, lang)) == {
            (None, "A sentence nobody translated yet"),
            (None, ("{n} new thing", "{n} new things")),
        }


def test_every_message_in_the_code_is_translated_in_every_catalogue():
    marked = _marked_in_code()
    assert len(marked) > 300
    for lang in LANGUAGES:
        catalogue = {_key(m): m for m in _catalogue(lang) if m.id}
        missing = _untranslated(marked, lang)
        assert not missing, f"{lang}: messages missing from the catalogue: {missing}"
        for key in marked:
            message = catalogue[key]
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            assert all(strings), f"{lang}: {key} is not translated"
            assert "fuzzy" not in message.flags, f"{lang}: {key} is fuzzy"
            ids = key[1] if isinstance(key[1], tuple) else (key[1],)
            wanted = {p for i in ids for p in PLACEHOLDER.findall(i)}
            for s in strings:
                assert set(PLACEHOLDER.findall(s)) == wanted, f"{lang}: {key} -> {s!r}"


def test_the_catalogues_hold_no_message_the_code_no_longer_has():
    marked = set(_marked_in_code())
    for lang in LANGUAGES:
        stale = {_key(m) for m in _catalogue(lang) if m.id} - marked
        assert not stale, f"{lang}: obsolete messages (run pybabel update): {stale}"


def test_pybabel_extract_sees_every_marked_message():
    """What babel's own extractor finds is what the code marks: no message hidden from it
    (a gettext call inside an f-string is invisible to pybabel on Python 3.11)."""
    with (ROOT / "babel.cfg").open() as fh:
        method_map, options_map = parse_mapping_cfg(fh)
    extracted = set()
    for _, _, message, _, context in extract_from_dir(
        str(ROOT), method_map, options_map, keywords={**_keywords()}
    ):
        extracted.add((context, message if isinstance(message, str) else tuple(message[:2])))
    assert set(_marked_in_code()) == extracted


def _keywords() -> dict:
    from babel.messages.extract import DEFAULT_KEYWORDS

    return dict(DEFAULT_KEYWORDS)


def test_no_marked_message_inside_an_f_string():
    bad = []
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.JoinedStr):
                    for inner in ast.walk(node):
                        name = isinstance(inner, ast.Call) and (
                            getattr(inner.func, "id", None) or getattr(inner.func, "attr", None)
                        )
                        if (
                            name in MARKERS
                            and inner.args
                            and isinstance(inner.args[0], ast.Constant)
                        ):
                            bad.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert not bad, bad


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_committed_mo_files_say_what_the_po_files_say(lang):
    compiled = stdlib_gettext.GNUTranslations(
        (LOCALE_DIR / lang / "LC_MESSAGES" / "flows.mo").open("rb")
    )
    for message in _catalogue(lang):
        if not message.id:
            continue
        if isinstance(message.id, str):
            msgid = message.id if message.context is None else f"{message.context}\x04{message.id}"
            assert compiled._catalog.get(msgid) == message.string, (
                f"{lang}: {message.id!r} differs in the .mo: run pybabel compile"
            )
        else:
            for i, form in enumerate(message.string):
                assert compiled._catalog.get((message.id[0], i)) == form, message.id


def test_french_plural_forms():
    with use_language("fr"):
        shown = [ngettext("{n} record", "{n} records", n).format(n=n) for n in (0, 1, 2, 1000)]
    assert shown == ["0 enregistrement", "1 enregistrement", "2 enregistrements",
                     "1000 enregistrements"]  # fmt: skip
    with use_language("en"):
        shown = [ngettext("{n} record", "{n} records", n).format(n=n) for n in (0, 1, 2)]
    assert shown == ["0 records", "1 record", "2 records"]


NNBSP, NBSP = "\u202f", "\u00a0"

# (language, call, expected): numbers, quantities (estimates, ranges, units), dates, titles.
FORMATTING = [
    ("en", lambda: format_number(1234.5), "1,234.5"),
    ("fr", lambda: format_number(1234.5), f"1{NNBSP}234,5"),
    ("en", lambda: format_number(885386), "885,386"),
    ("fr", lambda: format_number(885386), f"885{NNBSP}386"),
    ("fr", lambda: format_number(0.1 + 0.2), "0,3"),
    ("fr", lambda: format_number(-3.5), "-3,5"),
    ("en", lambda: format_quantity(1234.5, unit="tonnes"), "1,234.5 tonnes"),
    ("fr", lambda: format_quantity(1234.5, unit="tonnes"), f"1{NNBSP}234,5{NBSP}tonnes"),
    ("fr", lambda: format_quantity(1234.5, unit="t"), f"1{NNBSP}234,5{NBSP}t"),
    ("en", lambda: format_quantity(40, unit="tonnes", what="cocaine", estimate=True),
     "40 tonnes (cocaine, estimate)"),
    ("fr", lambda: format_quantity(40, unit="tonnes", what="cocaine", estimate=True),
     f"40{NBSP}tonnes (cocaine, estimation)"),
    ("en", lambda: format_quantity(13.9, 21.4, "billion USD", None, True),
     "13.9-21.4 billion USD (estimate)"),
    ("fr", lambda: format_quantity(13.9, 21.4, "billion USD", None, True),
     f"13,9 à 21,4{NBSP}milliards USD (estimation)"),
    ("fr", lambda: format_quantity(12000, 15000, "persons"),
     f"12{NNBSP}000 à 15{NNBSP}000{NBSP}personnes"),
    ("fr", lambda: format_quantity(2.5, None, "kg", None, False), f"2,5{NBSP}kg"),
    ("fr", lambda: format_quantity(7.0, None, "odd source unit"), f"7{NBSP}odd source unit"),
    ("en", lambda: format_iso_date("2022-06"), "June 2022"),
    ("fr", lambda: format_iso_date("2022-06"), "juin 2022"),
    ("fr", lambda: format_iso_date("2022-06-03"), "3 juin 2022"),
    ("en", lambda: format_iso_date("2022-06-03"), "June 3, 2022"),
    ("fr", lambda: format_iso_date("2019"), "2019"),
    ("fr", lambda: format_iso_date("not a date"), "not a date"),
    ("fr", lambda: describe_period((2015.25, 2016.5)), "avril 2015 à juin 2016"),
    ("en", lambda: describe_period((2015.25, 2016.5)), "April 2015 to June 2016"),
    ("fr", lambda: describe_period(None), "toutes années"),
    ("fr", lambda: describe_filters(
        View(filters=Filters(categories=("weapons",), period=(2014.0, 2025.0))))[0],
     "Flux d'armes, 2014-2024"),
    ("en", lambda: describe_filters(
        View(filters=Filters(categories=("weapons",), period=(2014.0, 2025.0))))[0],
     "Weapons flows, 2014-2024"),
    ("fr", lambda: describe_filters(
        View(filters=Filters(categories=("drugs", "weapons"), origins=("GB",))),
        {"GB": "Royaume-Uni"})[0],
     f"Flux de drogues et d'armes, origine{NBSP}: Royaume-Uni, toutes années"),
    ("fr", lambda: describe_filters(View(filters=Filters(min_confidence=0.5)))[1],
     f"Statut{NBSP}: sélectionné, relu · Confiance ≥ 0,5"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "call", "expected"), FORMATTING)
def test_numbers_dates_and_quantities_by_locale(lang, call, expected):
    with use_language(lang):
        assert call() == expected


def test_the_formatting_table_covers_both_languages():
    assert len(FORMATTING) >= 15
    assert {lang for lang, _, _ in FORMATTING} == {"en", "fr"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("fr-FR", "fr"), ("fr_BE", "fr"), ("FR", "fr"), ("en-GB", "en"), ("de", None), ("", None),
     (None, None)],
)  # fmt: skip
def test_normalize_language(text, expected):
    assert normalize_language(text) == expected


def test_negotiate_takes_the_first_known_language_by_weight():
    assert negotiate("de-DE,de;q=0.9,fr-CA;q=0.8,en;q=0.7") == "fr"
    assert negotiate("en;q=0.4,fr;q=0.9") == "fr"
    assert negotiate("es,it") is None


def test_an_unknown_language_is_a_clear_error():
    with pytest.raises(ValueError, match="language 'de' is not available: use one of en, fr"):
        check_language("de")


def test_language_is_per_context_and_restored():
    with use_language("fr"):
        assert format_number(0.5) == "0,5"
        with use_language("en"):
            assert format_number(0.5) == "0.5"
        assert format_number(0.5) == "0,5"


def test_dates_by_locale_in_day_format():
    from flows.i18n import format_day

    assert format_day(date(2026, 1, 2), "fr") == "2 janvier 2026"
    assert format_day(date(2026, 1, 2), "en") == "January 2, 2026"


# Formatting is cached per (value, language): the same value in another language, or the
# language changed in between, must never return the text cached for the other one.
@pytest.mark.parametrize(
    "call, en, fr",
    [
        (lambda lang: i18n.format_month(2022, 6, lang), "June 2022", "juin 2022"),
        (lambda lang: i18n.format_month(2022, 6, lang, short=True), "Jun 2022", "juin 2022"),
        (lambda lang: i18n.format_fixed(1234.5, 1, lang), "1,234.5", "1\u202f234,5"),
        (lambda lang: i18n.format_fixed(-0.0, 1, lang), "-0.0", "-0,0"),
        (lambda lang: i18n.format_decimal_text(Decimal("1234.5"), lang), "1,234.5", "1\u202f234,5"),
        (lambda lang: i18n.format_integer(1234, lang), "1,234", "1\u202f234"),
    ],
)
def test_cached_formatting_follows_the_language(call, en, fr):
    assert [call("en"), call("fr"), call("en")] == [en, fr, en]
    with i18n.use_language("fr"):
        assert call(None) == fr
    with i18n.use_language("en"):
        assert call(None) == en


def test_the_language_setting_is_read_each_time(monkeypatch):
    monkeypatch.setenv("FLOWS_LANG", "fr")
    assert i18n.default_language() == "fr"
    monkeypatch.setenv("FLOWS_LANG", "de")  # not available: English
    assert i18n.default_language() == "en"
    monkeypatch.delenv("FLOWS_LANG")
    assert i18n.default_language() == "en"
