"""Wrong filter values are errors with a suggestion, never a confident empty map.

One table of wrong values across the three ways a filter reaches the atlas: the command line
(``flows snapshot``, exit status 2), the URL (the explorer shows an error naming the
parameter) and saved views (``flows snapshot --view`` / ``flows briefing`` name the file, the
view and the field). Everything runs on the bundled data, where these mistakes were seen.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from flows.cli import main
from flows.export import cli as export_cli
from flows.filter_check import (
    CLI_FIELDS,
    FilterError,
    check_filters,
    resolve_filters,
    vocabulary_of_table,
)
from flows.views import Filters, View, save_views
from geodata.gazetteer import load_gazetteer
from tests.dashboard.conftest import APP

# (channel, input, what the message must name, the suggestion it must make or None)
WRONG = [
    ("cli", ["--category", "weapon"], "--category: 'weapon'", "'weapons'"),
    ("cli", ["--category", "migrants"], "--category: 'migrants'", "'migrant_smuggling'"),
    ("cli", ["--category", "drug"], "--category: 'drug'", "'drugs'"),
    ("cli", ["--origin", "Ukrain"], "--origin: 'Ukrain'", "'Ukraine'"),
    ("cli", ["--destination", "Germny"], "--destination: 'Germny'", "'Germany'"),
    ("cli", ["--via", "Hungry"], "--via: 'Hungry'", "'Hungary'"),
    ("cli", ["--status", "reviewd"], "--status: 'reviewd'", "'reviewed'"),
    ("cli", ["--verification", "confirmd"], "--verification: 'confirmd'", "'confirmed'"),
    ("cli", ["--commodity", "herion"], "--commodity: 'herion'", "'heroin'"),
    ("cli", ["--commodity", "guns"], "--commodity: 'guns'", "use one of"),
    ("cli", ["--actor", "Danske"], "--actor: 'Danske'", "'Danske Bank (Estonian branch)'"),
    ("cli", ["--from", "2014-13"], "--from: '2014-13'", "months run 01 to 12"),
    # the bundled data runs from January 1974 to February 2026 (flows/data/README.md)
    ("cli", ["--from", "2030"], "--from/--to: 'from 2030'", "covers January 1974 to February 2026"),
    ("cli", ["--from", "2020", "--to", "2015"], "'2020 to 2015'", "ends before it starts"),
    ("url", {"cat": "weapon"}, "URL parameter 'cat': 'weapon'", "'weapons'"),
    ("url", {"cat": "Weapons,migrants"}, "URL parameter 'cat': 'migrants'", "'migrant_smuggling'"),
    ("url", {"org": "Ukrain"}, "URL parameter 'org': 'Ukrain'", "'Ukraine'"),
    ("url", {"dst": "Frnace"}, "URL parameter 'dst': 'Frnace'", "'France'"),
    ("url", {"st": "curatd"}, "URL parameter 'st': 'curatd'", "'curated'"),
    ("url", {"ver": "reportd"}, "URL parameter 'ver': 'reportd'", "'reported'"),
    ("url", {"com": "opim"}, "URL parameter 'com': 'opim'", "'opium'"),
    ("url", {"from": "2014-00"}, "URL parameter 'from': '2014-00'", "months run 01 to 12"),
    ("view", {"categories": ["weapon"]}, "filters.categories: 'weapon'", "'weapons'"),
    ("view", {"origins": ["Ukrainee"]}, "filters.origins: 'Ukrainee'", "'Ukraine'"),
    ("view", {"statuses": ["Curatd"]}, "filters.statuses: 'Curatd'", "'curated'"),
    ("briefing", {"verifications": ["disputd"]}, "filters.verifications: 'disputd'", "'disputed'"),
]


@pytest.fixture(scope="module")
def bundled_table():
    return export_cli.load_table(None)


@pytest.fixture
def cli(monkeypatch, bundled_table, tmp_path, capsys):
    """``flows ...`` in process over the bundled data (loaded once for the module)."""
    monkeypatch.setattr(export_cli, "load_table", lambda paths: bundled_table)
    monkeypatch.setenv("FLOWS_WORKSPACE", str(tmp_path / "workspace"))

    def run(*argv: str) -> tuple[int, str]:
        code = main(list(argv))
        return code, capsys.readouterr().err

    return run


def _url_errors(params: dict[str, str]) -> list[str]:
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    # the page writes errors as Markdown: unescape the punctuation it escaped
    return [e.value.replace("\\", "") for e in at.error]


@pytest.mark.parametrize(("channel", "given", "names", "suggestion"), WRONG)
def test_a_wrong_filter_value_is_an_error_with_a_suggestion(
    channel, given, names, suggestion, cli, tmp_path
):
    out = tmp_path / "map.csv"
    if channel == "cli":
        code, err = cli("snapshot", *given, "--out", str(out))
        assert code == export_cli.EXIT_BAD_INPUT, err
        messages = err
        assert not out.exists()
    elif channel == "url":
        messages = "\n".join(_url_errors(given))
    else:
        views = tmp_path / "views.json"
        save_views(views, [View(name="Balkans", filters=Filters(**given))])
        if channel == "view":
            code, err = cli(
                "snapshot", "--view", "Balkans", "--views", str(views), "--out", str(out)
            )
        else:
            code, err = cli("briefing", "--views", str(views), "--out", str(tmp_path / "b.pptx"))
        assert code == export_cli.EXIT_BAD_INPUT, err
        assert f"{views}: view 'Balkans'" in err
        messages = err
    assert names in messages
    assert suggestion in messages


def test_at_least_twenty_wrong_values_across_the_three_channels():
    assert len(WRONG) >= 20
    assert {channel for channel, *_ in WRONG} >= {"cli", "url", "view"}


# -- what right values become ------------------------------------------------------------------
@pytest.fixture(scope="module")
def vocab(bundled_table):
    return vocabulary_of_table(bundled_table)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(categories=("Weapons",)), Filters(categories=("weapons",))),
        (Filters(categories=("Migrant smuggling",)), Filters(categories=("migrant_smuggling",))),
        (Filters(categories=("DRUGS", "drugs")), Filters(categories=("drugs",))),
        (Filters(statuses=("Reviewed",)), Filters(statuses=("reviewed",))),
        (Filters(commodities=("Héroin",)), Filters(commodities=("heroin",))),
        (Filters(origins=("Ukraine",)), Filters(origins=("UA",))),
        (Filters(origins=("ua", "UKR", "l'Ukraine")), Filters(origins=("UA",))),
        (Filters(origins=("country:UA",)), Filters(origins=("UA",))),
        (Filters(destinations=("EU",)), Filters(destinations=("region:european-union",))),
        (Filters(transits=("western balkans",)), Filters(transits=("region:western-balkans",))),
        (Filters(transits=("western-balkans",)), Filters(transits=("region:western-balkans",))),
        (Filters(destinations=("Allemagne",)), Filters(destinations=("DE",))),
        # an open end is the data's last (or first) period
        (Filters(period=(2014.0, math.inf)), Filters(period=(2014.0, round(2026 + 2 / 12, 6)))),
        (Filters(period=(-math.inf, 2000.0)), Filters(period=(1974.0, 2000.0))),
    ],
)
def test_right_values_in_any_case_or_language_become_canonical(vocab, filters, expected):
    assert check_filters(filters, vocab, load_gazetteer(), CLI_FIELDS) == expected


def test_every_wrong_value_is_reported_at_once(vocab):
    filters = Filters(categories=("weapon", "drugs"), origins=("Ukrain", "UA"))
    resolved, problems = resolve_filters(filters, vocab, load_gazetteer(), CLI_FIELDS)
    assert [p.value for p in problems] == ["weapon", "Ukrain"]
    assert resolved == Filters(categories=("drugs",), origins=("UA",))  # what is left
    with pytest.raises(FilterError) as err:
        check_filters(filters, vocab, load_gazetteer(), CLI_FIELDS)
    assert len(err.value.problems) == 2


# -- valid filters that select nothing ---------------------------------------------------------
def test_an_empty_selection_exits_non_zero_unless_allowed(cli, tmp_path):
    out = tmp_path / "none.csv"
    code, err = cli("snapshot", "--status", "Extracted", "--out", str(out))
    assert code == export_cli.EXIT_EMPTY == 1
    assert "no record matches these filters; nothing written" in err
    assert "--allow-empty" in err and not out.exists()
    code, err = cli("snapshot", "--status", "Extracted", "--allow-empty", "--out", str(out))
    assert code == 0, err
    assert out.exists()


def test_place_names_work_where_codes_do(cli, tmp_path):
    by_name, by_code = tmp_path / "name.csv", tmp_path / "code.csv"
    assert cli("snapshot", "--origin", "Ukraine", "--out", str(by_name))[0] == 0
    assert cli("snapshot", "--origin", "UA", "--out", str(by_code))[0] == 0
    rows = by_name.read_text(encoding="utf-8").splitlines()
    assert len(rows) > 1 and rows == by_code.read_text(encoding="utf-8").splitlines()


def test_an_open_end_is_the_last_period_of_the_data_in_the_title(cli, tmp_path):
    out = tmp_path / "weapons.xlsx"
    code, err = cli("snapshot", "--category", "weapons", "--from", "2014", "--out", str(out))
    assert code == 0, err
    about = pd.read_excel(out, sheet_name="about", header=1).set_index("field")["value"]
    assert about["title"] == "Weapons flows, January 2014 to February 2026"
