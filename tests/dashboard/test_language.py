"""The Explorer and Review pages in French and in English (AppTest): no message of the other
language anywhere a reader looks (labels, options, captions, legend, details, tooltips in the
deck, table headers), the choice in the sidebar, the URL and saved views."""

from __future__ import annotations

import html
import json
import re

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.data import load_table
from dashboard.state import default_view
from flows.extract.pipeline import Extractor
from flows.pipeline import answer_view
from flows.review.store import ReviewStore
from flows.table.frame import records_frame, sources_of
from tests.dashboard.conftest import APP
from tests.language_leaks import leaks

TIMEOUT = 120
OTHER = {"fr": "en", "en": "fr"}


@pytest.fixture(scope="module")
def atlas():
    return load_table()


def _data_words(table) -> list[str]:
    """The records' own text: it stays in the language its source wrote it in."""
    records = records_frame(table)
    words: list[str] = []
    for column in ("summary", "commodity", "quantity_what", "id", "notes"):
        if column in records:
            words += [str(v) for v in records[column].dropna().astype(str)]
    for value in records["actors"].dropna() if "actors" in records else ():
        words += [value] if isinstance(value, str) else [str(v) for v in value]
    sources = sources_of(table, range(len(table)))
    for column in ("title", "publisher", "evidence", "url"):
        if column in sources:
            words += [str(v) for v in sources[column].dropna()]
    # the page shows them in HTML too, escaped ("Spain&#x27;s")
    return words + [html.escape(w) for w in words if html.escape(w) != w]


# Element types whose proto holds machine data (Arrow bytes, JSON specs with field names and
# ids): their human text is read from the data itself below.
_DATA_ELEMENTS = {"dataframe", "deck_gl_json_chart", "vega_lite_chart", "component_instance"}
# Keys of the deck and chart JSON that a reader sees (tooltips, labels, axis titles, legends).
_HUMAN_KEYS = {"title", "body", "more", "text", "category_label", "period"}


def _human_strings(obj) -> list[str]:
    out: list[str] = []
    if isinstance(obj, dict):
        for key, value in obj.items():
            if key in _HUMAN_KEYS and isinstance(value, str):
                out.append(value)
            else:
                out += _human_strings(value)
    elif isinstance(obj, list):
        for value in obj:
            out += _human_strings(value)
    return out


def _proto_strings(message) -> list[str]:
    """Every string field of a protobuf message, recursively, as it is (no escaping)."""
    out: list[str] = []
    for _, value in message.ListFields():
        repeated = not isinstance(value, str | bytes) and hasattr(value, "__len__")
        values = value if repeated and not hasattr(value, "ListFields") else [value]
        for item in values:
            if isinstance(item, str):
                out.append(item)
            elif hasattr(item, "ListFields"):
                out += _proto_strings(item)
    return out


def _texts(at: AppTest) -> str:
    """Every string a reader sees on the page: labels, options, help, bodies, table headers
    and cells, tooltips and labels of the deck, titles and legend of the timeline."""
    out: list[str] = []

    def walk(node) -> None:
        proto = getattr(node, "proto", None)
        kind = getattr(node, "type", None)
        if proto is not None and kind not in _DATA_ELEMENTS:
            out.extend(_proto_strings(proto))
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    for frame in at.dataframe:
        table = frame.value
        out.append(" | ".join(str(c) for c in table.columns))
        for column in table.columns:
            out += [str(v) for v in table[column] if isinstance(v, str)]
    for deck in at.get("deck_gl_json_chart"):
        out += _human_strings(json.loads(deck.proto.json))
    for element in at.get("component_instance"):  # the atlas map (dashboard.mapcomponent)
        if element.proto.component_name.endswith("flows_atlas_map"):
            args = json.loads(element.proto.json_args)
            out += _human_strings(json.loads(args["deck"]))
            out += [str(v) for v in args.get("texts", {}).values()] + [args.get("alt", "")]
    for chart in at.get("vega_lite_chart"):
        out += _human_strings(json.loads(chart.proto.spec))
    return "\n".join(out)


def _explorer(lang: str, atlas, **state) -> AppTest:
    top = answer_view(atlas, default_view()).flows.iloc[0]
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params["lang"] = lang
    at.query_params["shade"] = "both"  # the shading legend too
    at.session_state["selection"] = {
        "kind": "flow",
        "origin_id": top["origin_id"],
        "dest_id": top["dest_id"],
        "category": top["category"],
    }
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_explorer_speaks_one_language(lang, atlas):
    at = _explorer(lang, atlas)
    text = _texts(at)
    assert "flows-details" in text and "flows-legend" in text  # details and legend rendered
    text = re.sub(r'\sclass="[^"]*"', "", text)  # what the HTML says, not its class names
    assert leaks(text, OTHER[lang], _data_words(atlas)) == []
    # the same check finds plenty of the page's own language: it does read the page
    assert len(leaks(text, lang, _data_words(atlas))) > 40
    assert at.session_state["view"].lang == lang
    assert at.query_params["lang"] == lang


def test_explorer_in_french_reads_french(atlas):
    at = _explorer("fr", atlas)
    text = _texts(at)
    for expected in (
        "Flux de trafics illicites, toutes années",  # the automatic title
        "affichés sur",  # legend: "N affichés sur M flux"
        "Catégorie",
        "Sources de la sélection",  # details heading
        "Cliquez pour voir les sources",  # deck tooltips
        "Les frontières et les noms indiqués",  # disclaimer
        "Royaume-Uni",  # places in French: filters, tooltips, labels
        "Balkans occidentaux",
    ):
        assert expected in text, expected
    headers = list(at.dataframe[0].value.columns)
    assert headers[:3] == ["identifiant", "catégorie", "marchandise"]
    categories = set(at.dataframe[0].value["catégorie"])
    assert categories <= {"Armes", "Trafic de migrants", "Traite des êtres humains", "Drogues",
                          "Finance illicite", "Autre"}  # fmt: skip


def _strings_by_kind(at: AppTest) -> set[str]:
    out: set[str] = set()

    def walk(node) -> None:
        proto = getattr(node, "proto", None)
        if proto is not None and getattr(node, "type", None) not in _DATA_ELEMENTS:
            out.update(_proto_strings(proto))
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    return out


def _same_in_both_languages() -> set[str]:
    """Messages whose French is the English ("Zoom", "Format", "Latitude")."""
    from tests.language_leaks import _pairs

    return {en for ens, frs in _pairs() for en, fr in zip(ens, frs, strict=False) if en == fr}


def test_no_text_on_the_page_is_left_out_of_the_catalogue(atlas):
    """A text the page shows in both languages is a text nobody marked for translation."""
    french, english = (
        _strings_by_kind(_explorer("fr", atlas)),
        _strings_by_kind(_explorer("en", atlas)),
    )
    allowed = _same_in_both_languages() | set(_data_words(atlas)) | set(atlas.places["name"])
    allowed |= set(atlas.place_names.values())  # names without a French form
    allowed |= {"English", "Français", "primary", "secondary"}
    unmarked = sorted(
        t
        for t in french & english
        if re.search(r"[A-Za-z]{4}", t)
        and t not in allowed
        and not t.startswith(("$$ID-", "<style>", ":material/"))
        and not re.fullmatch(r".+ \([A-Z]{2}\)", t)  # a country and its ISO code
    )
    assert unmarked == []


def test_the_sidebar_choice_changes_the_language_and_the_url(atlas):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert at.session_state["view"].lang == "en"  # no browser in AppTest, no setting: English
    at.selectbox(key="v_lang").set_value("fr").run()
    assert not at.exception
    assert at.session_state["view"].lang == "fr"
    assert at.query_params["lang"] == "fr"
    assert any("Filtres" == h.value for h in at.sidebar.header)


def test_the_language_setting_is_the_default_without_a_browser(monkeypatch):
    monkeypatch.setenv("FLOWS_LANG", "fr")
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert at.session_state["view"].lang == "fr"


def test_a_saved_view_keeps_its_language(atlas):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params["lang"] = "fr"
    at.run()
    at.text_input(key="v_name").set_value("Vue française").run()
    save = next(b for b in at.button if b.label == "Enregistrer la vue actuelle")
    save.click().run()
    assert not at.exception
    at.selectbox(key="v_lang").set_value("en").run()
    assert at.session_state["view"].lang == "en"
    open_button = next(b for b in at.button if b.label == "Open")
    open_button.click().run()
    assert at.session_state["view"].lang == "fr"
    assert at.query_params["lang"] == "fr"


# -- the Review page --------------------------------------------------------------------------
DOC = (
    "Trafic d'armes\n\n"
    "Selon la police, des fusils d'assaut ont été introduits illégalement en Islande depuis la "
    "Norvège. Une enquête est ouverte.\n"
)


def _review_app():
    from dashboard.language import apply_language
    from dashboard.review_page import render_review_page

    apply_language()
    render_review_page()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_review_page_speaks_one_language(lang, workspace):
    from dashboard.review_page import extract_uploads

    store = ReviewStore()
    from flows.access import local_actor

    report = extract_uploads([("armes.txt", DOC.encode())], store, Extractor(), actor=local_actor())
    assert report.added == 1
    at = AppTest.from_function(_review_app, default_timeout=TIMEOUT)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    text = _texts(at)
    row = store.list_candidates()[0]
    record = row.record
    data = [DOC, row.doc_text, row.doc_id, record.commodity or "", record.summary or ""]
    data += [v for s in record.sources for v in (s.title, s.publisher, s.evidence) if v]
    data += [html.escape(d) for d in data]  # the evidence paragraph is shown escaped
    assert leaks(text, OTHER[lang], data) == []
    assert len(leaks(text, lang, data)) > 15
    title = {"fr": "Relire les enregistrements extraits", "en": "Review extracted records"}
    assert at.title[0].value == title[lang]
