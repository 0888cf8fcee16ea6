"""Arbitrary text and hostile HTML never crash extraction, and offsets stay inside the text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.extract.pipeline import Extractor
from flows.extract.readers import Document, html_main_text

_WORDS = st.sampled_from(
    "Libye Italie depuis vers via l' d' aux en la Les Selon Sur U.S. from to into through "
    "cocaïne armes migrants heroin weapons smuggled trafiquants n'a pas transité par , . ; « » "
    "2014 mars dernier ces 20 dernières années Europe de l'Ouest Afrique du Nord côtes libyennes "
    "le pays the country Europe 1 Jürgen Stock \n \n\n".split(" ")
)
_NEWSY = st.lists(_WORDS, max_size=60).map(" ".join)
_ANY = st.text(max_size=400)
_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _check(extractor, text, lang, published=None):
    doc = Document(id="h", text=text, lang=lang, published=published)
    result = extractor.extract(doc)
    for m in result.mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.surface
    for c in result.candidates:
        assert text[c.evidence_start : c.evidence_end] == c.evidence
        c.to_record()  # always a valid FlowRecord
        assert 0.0 <= c.confidence <= 1.0


@_SETTINGS
@given(text=st.one_of(_ANY, _NEWSY), lang=st.sampled_from(["fr", "en", None, "de"]),
       published=st.sampled_from([None, "2022", "2022-06", "2022-06-09", "garbage"]))  # fmt: skip
def test_arbitrary_text_never_crashes(extractor, text, lang, published):
    _check(extractor, text, lang, published)


_TAGS = st.sampled_from(
    ["<p>", "</p>", "<div>", "</div", "<script>", "</script>", "<style>", "<!--", "-->",
     "<![CDATA[", "]]>", "<a href='javascript:alert(1)'>", "<img src=x onerror=alert(1)>",
     "<svg/onload=alert(1)>", "&amp;", "&#0;", "&#xD800;", "<<<", ">>>", "<iframe>", "\x00",
     "<meta charset='utf-16'>", "<html", "<body>", "<table><tr><td>", "<?xml?>", "<!DOCTYPE"]
)  # fmt: skip
_HTML = st.lists(st.one_of(_TAGS, _NEWSY, st.text(max_size=30)), max_size=40).map("".join)


@_SETTINGS
@given(html=_HTML)
def test_hostile_html_never_crashes(extractor, html):
    text, meta = html_main_text(html)
    assert isinstance(text, str) and isinstance(meta, dict)
    _check(extractor, text, None)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p><script>a</script>\x01b</p>", "b"),
        ("<div><style>a</style>b\x0bc</div>", "b c"),
        ("<form>\x01</form>z\x02", "z"),
    ],
)
def test_control_characters_after_dropped_markup(html, expected):
    """A control character in the text after a dropped element once crashed the fallback
    reader (lxml refuses it when drop_tree moves the tail text)."""
    from flows.extract.readers import _html_fallback_text

    assert _html_fallback_text(html) == expected
