"""Fuzz the document readers and the extractor (JSONL, HTML, PDF, plain text): every file or
line is read, or named with the reason; extraction never raises or runs away.

No silent change for collections: every non-blank line of a ``.jsonl`` file gives exactly one
document (whose text is the line's ``text``) or one issue naming ``file:line``.
"""

from __future__ import annotations

import io
import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.extract.pipeline import Extractor
from flows.extract.readers import Document, ReadIssue, read_file
from tests.fuzz.harness import bounded, fuzz_settings
from tests.fuzz.records import byte_mutation

_N = itertools.count()
_WORDS = st.sampled_from(
    "Libye Italie depuis vers via cocaïne armes migrants heroin weapons smuggled from to into "
    "through Kyiv Odesa Pologne Allemagne 2014 2019 mars dernier last year the country le pays "
    "d'où from where then ensuite , . ; « » \n".split(" ")
)
PROSE = st.lists(_WORDS, max_size=80).map(" ".join)
TEXT = st.one_of(PROSE, st.text(max_size=300))


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _path(tmp_path_factory, suffix: str) -> Path:
    return tmp_path_factory.getbasetemp() / f"doc-{next(_N)}{suffix}"


def _read_and_extract(path: Path, kind: str, extractor) -> list[Document | ReadIssue]:
    with bounded(kind):
        items = list(read_file(path))
        for item in items:
            if isinstance(item, Document):
                result = extractor.extract(item)
                for c in result.candidates:
                    assert item.text[c.evidence_start : c.evidence_end] == c.evidence
                    c.to_record()  # always a valid record
    for item in items:
        if isinstance(item, ReadIssue):
            assert item.where.startswith(str(path)) and item.reason, item
    return items


# -- JSONL --------------------------------------------------------------------------------------

_DOC_LINE = st.fixed_dictionaries(
    {"id": st.one_of(st.text(max_size=20), st.integers()), "text": TEXT},
    optional={
        "lang": st.one_of(st.sampled_from(["fr", "en", "de", "FR", ""]), st.integers()),
        "published": st.one_of(
            st.sampled_from(["2022", "2022-06-09T10:00", "٢٠٢٢", "yesterday", ""]), st.none()
        ),
        "url": st.sampled_from(["https://x.org/a", "www.x.org", "javascript:alert(1)", ""]),
        "title": st.one_of(st.text(max_size=30), st.integers()),
    },
).map(lambda d: json.dumps(d, ensure_ascii=False).encode("utf-8"))
_BAD_LINE = st.one_of(
    st.binary(min_size=1, max_size=60),
    st.text(min_size=1, max_size=60).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.integers(50, 50_000).map(lambda n: b'{"id": 1, "text": ' + b"[" * n + b"]" * n + b"}"),
    st.sampled_from([b"[]", b"null", b"42", b'{"id": "x"}', b'{"text": 3}', b"NaN",
                     b'{"text": "a", "text": "b"}', b"\xef\xbb\xbf{}", b'"just a string"']),
)  # fmt: skip
_LINE = st.one_of(_DOC_LINE, _DOC_LINE, _BAD_LINE)


@fuzz_settings(120)
@given(lines=st.lists(_LINE, min_size=1, max_size=6))
def test_jsonl_collections(tmp_path_factory, extractor, lines):
    lines = [ln.replace(b"\n", b" ").replace(b"\r", b" ") for ln in lines]
    path = _path(tmp_path_factory, ".jsonl")
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = _read_and_extract(path, "jsonl lines", extractor)
    if any(isinstance(i, ReadIssue) and i.where == str(path) for i in items):
        # a file that is not text at all: one issue, for the whole file
        assert len(items) == 1 or all(isinstance(i, ReadIssue) for i in items[1:])
        return
    wanted = [n for n, ln in enumerate(lines, 1) if ln.strip()]
    got: list[int] = []
    for item in items:
        where = item.where if isinstance(item, ReadIssue) else (item.path, item.id)
        if isinstance(item, ReadIssue):
            got.append(int(item.where.rsplit(":", 1)[1]))
        else:
            n = _line_of(item, lines, after=got[-1] if got else 0)
            got.append(n)
            obj = json.loads(lines[n - 1].decode("utf-8", "replace"))
            assert item.text == obj["text"], where  # the text as the line gives it
    assert got == wanted, (got, wanted)


def _line_of(doc: Document, lines: list[bytes], after: int) -> int:
    """The line a document came from: its id when the line had none, else the first line
    after ``after`` whose id and text are the document's."""
    if doc.id.startswith(f"{doc.path}:"):
        return int(doc.id.rsplit(":", 1)[1])
    for n, line in enumerate(lines, 1):
        if n <= after:
            continue
        try:
            obj = json.loads(line.decode("utf-8", "replace"))
        except (ValueError, RecursionError):
            continue
        if isinstance(obj, dict) and obj.get("text") == doc.text and str(obj.get("id")) == doc.id:
            return n
    raise AssertionError(f"document {doc.id!r} matches no line")


# -- HTML and plain text ------------------------------------------------------------------------

_TAGS = st.sampled_from(
    ["<p>", "</p>", "<div>", "</div", "<script>", "</script>", "<style>", "<!--", "-->",
     "<![CDATA[", "]]>", "<a href='javascript:alert(1)'>", "<img src=x onerror=alert(1)>",
     "<svg/onload=alert(1)>", "&amp;", "&#0;", "&#xD800;", "<<<", ">>>", "<iframe>", "\x00",
     "<meta charset='utf-16'>", "<html", "<body>", "<table><tr><td>", "<?xml?>", "<!DOCTYPE",
     "<meta property='article:published_time' content='2019'>", "<time datetime='٢٠١٩'>",
     "<title>", "</title>", "<h1>", "<article>", "<base href='javascript:x'>"]
)  # fmt: skip
HTML = st.lists(st.one_of(_TAGS, PROSE, st.text(max_size=30)), max_size=50).map("".join)


@fuzz_settings(80)
@given(html=st.one_of(HTML, st.integers(10, 5000).map(lambda n: "<div>" * n + "x")),
       encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]))  # fmt: skip
def test_hostile_html_files(tmp_path_factory, extractor, html, encoding):
    path = _path(tmp_path_factory, ".html")
    path.write_bytes(html.encode(encoding, "replace"))
    items = _read_and_extract(path, "html files", extractor)
    assert len(items) == 1


@fuzz_settings(60)
@given(data=st.data(), text=PROSE, suffix=st.sampled_from([".txt", ".md"]))
def test_damaged_text_files(tmp_path_factory, extractor, data, text, suffix):
    path = _path(tmp_path_factory, suffix)
    raw = ("---\ntitle: x\ndate: 2019\n---\n" if suffix == ".md" else "") + text
    path.write_bytes(data.draw(byte_mutation(raw.encode("utf-8"))))
    items = _read_and_extract(path, "text files", extractor)
    assert len(items) == 1


# -- PDF ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pdfs() -> list[bytes]:
    """A PDF with a text layer, the same copy-protected (AES) and password-protected."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from pypdf import PdfReader, PdfWriter

    fig = plt.figure()
    fig.text(0.1, 0.5, "Cocaine shipped from Ecuador to Antwerp in 2019")
    plain = io.BytesIO()
    fig.savefig(plain, format="pdf")
    plt.close(fig)
    out = [plain.getvalue()]
    for user, algorithm in (("", "AES-256"), ("secret", "AES-128"), ("", "RC4-128")):
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(out[0])))
        writer.encrypt(user_password=user, owner_password="owner", algorithm=algorithm)
        buffer = io.BytesIO()
        writer.write(buffer)
        out.append(buffer.getvalue())
    return out


@fuzz_settings(60)
@given(data=st.data(), which=st.integers(0, 3), intact=st.booleans())
def test_damaged_pdfs(tmp_path_factory, extractor, pdfs, data, which, intact):
    raw = pdfs[which] if intact else data.draw(byte_mutation(pdfs[which]))
    path = _path(tmp_path_factory, ".pdf")
    path.write_bytes(raw)
    (item,) = _read_and_extract(path, "pdf files", extractor)
    if intact and which != 2:
        assert isinstance(item, Document) and "Ecuador" in item.text
    if intact and which == 2:
        assert isinstance(item, ReadIssue) and "password" in item.reason
