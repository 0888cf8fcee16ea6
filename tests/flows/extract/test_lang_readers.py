"""Language detection and readers (.txt .md .html .pdf .jsonl, folders, unreadable files)."""

from __future__ import annotations

import json

import pytest

from flows.extract.lang import detect_language, language_warning
from flows.extract.readers import Document, ReadIssue, read_documents


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Les passeurs ont acheminé des migrants depuis la Libye vers l'Italie pendant l'été.",
            "fr",
        ),
        ("The smugglers moved migrants from Libya to Italy during the summer of that year.", "en"),
        (
            "Die Schleuser brachten die Migranten im Sommer über das Mittelmeer nach Italien und "
            "Deutschland, sagte die Polizei.",
            "de",
        ),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_unsupported_language_gets_a_warning():
    assert language_warning("fr") is None and language_warning("en") is None
    assert "not supported" in language_warning("de")
    assert "could not be detected" in language_warning(None)


def _read(paths):
    docs, issues = [], []
    for item in read_documents(paths):
        (issues if isinstance(item, ReadIssue) else docs).append(item)
    return docs, issues


def test_reads_text_markdown_jsonl_and_folders(tmp_path):
    (tmp_path / "a.txt").write_text("Texte simple sur la Libye.", encoding="utf-8")
    sub = tmp_path / "sub" / "deeper"
    sub.mkdir(parents=True)
    (sub / "b.md").write_text("# Titre\n\nDu texte sur l'Italie.", encoding="utf-8")
    (sub / "ignored.csv").write_text("a,b\n", encoding="utf-8")
    lines = [
        json.dumps({"id": "j1", "text": "One.", "lang": "en", "published": "2022-06-09T12:24",
                    "url": "https://example.org/a", "title": "T"}),
        "not json at all",
        json.dumps({"id": "j3", "title": "no text"}),
        json.dumps({"id": "j4", "text": "Four."}),
    ]  # fmt: skip
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, issues = _read([tmp_path])
    ids = [d.id for d in docs]
    assert str(tmp_path / "a.txt") in ids and str(sub / "b.md") in ids
    assert "j1" in ids and "j4" in ids
    j1 = next(d for d in docs if d.id == "j1")
    assert (j1.lang, j1.published, j1.url) == ("en", "2022-06-09", "https://example.org/a")
    wheres = sorted(i.where for i in issues)
    assert wheres == [f"{tmp_path / 'c.jsonl'}:2", f"{tmp_path / 'c.jsonl'}:3"]
    assert "not JSON" in str(issues[0]) or "not JSON" in str(issues[1])


def test_html_main_text_without_boilerplate(tmp_path):
    body = " ".join(["Les passeurs ont fait traverser la Manche à des centaines de migrants."] * 8)
    html = f"""<html><head><title>Article</title><script>var x = "Libye";</script></head>
    <body><nav>Accueil | Monde | Contact</nav><header>Menu du site</header>
    <article><h1>Traversées de la Manche</h1><p>{body}</p></article>
    <footer>This website uses cookies. Accept Read More</footer></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    (doc,), issues = _read([tmp_path / "page.html"])
    assert not issues
    assert "traverser la Manche" in doc.text
    assert "cookies" not in doc.text and "var x" not in doc.text and "Contact" not in doc.text


def test_pdf_text_layer(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = plt.figure()
    fig.text(0.1, 0.5, "Cocaine shipped from Ecuador to Antwerp")
    fig.savefig(tmp_path / "doc.pdf")
    plt.close(fig)
    (doc,), issues = _read([tmp_path / "doc.pdf"])
    assert not issues
    assert "Ecuador" in doc.text


def test_unreadable_file_is_reported_and_the_batch_goes_on(tmp_path):
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (tmp_path / "good.txt").write_text("Du texte.", encoding="utf-8")
    docs, issues = _read([tmp_path, tmp_path / "missing.txt"])
    assert [d.text for d in docs] == ["Du texte."]
    named = {i.where for i in issues}
    assert str(tmp_path / "bad.pdf") in named and str(tmp_path / "missing.txt") in named


def test_latin1_text_is_decoded(tmp_path):
    (tmp_path / "old.txt").write_bytes("Arrivés en Grèce".encode("cp1252"))
    (doc,), _ = _read([tmp_path / "old.txt"])
    assert doc.text == "Arrivés en Grèce"


def test_content_hash_depends_on_text_only():
    assert Document("a", "x").content_hash == Document("b", "x").content_hash
    assert Document("a", "x").content_hash != Document("a", "y").content_hash


# bytes of a .txt file -> its text (None: unreadable), reason or warning expected
_PNG_HEAD = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"


@pytest.mark.parametrize(
    ("data", "text", "message"),
    [
        ("Arrivés en Grèce".encode(), "Arrivés en Grèce", None),
        ("\ufeffArrivés en Grèce".encode(), "Arrivés en Grèce", None),
        ("Arrivés en Grèce".encode("utf-16"), "Arrivés en Grèce", None),
        ("Arrivés en Grèce".encode("cp1252"), "Arrivés en Grèce", "byte 0xe9 cannot be decoded"),
        ("l1\nl2 Café".encode("cp1252"), "l1\nl2 Café", ":2: file is not UTF-8"),
        (_PNG_HEAD + bytes(range(256)) * 4, None, "NUL bytes"),
        (b"ab\x81\x8d\x8f\x90\x9d cd", None, "byte 0x81 is neither UTF-8 nor Windows-1252"),
        (b"ab" + b"\x01\x02\x03\x04" * 20, None, "too many control characters"),
    ],
)
def test_text_file_decoding(tmp_path, data, text, message):
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    docs, issues = _read([path])
    if text is None:
        assert docs == [] and [i.where for i in issues] == [str(path)]
        assert message in issues[0].reason
    else:
        assert [d.text for d in docs] == [text] and issues == []
        warnings = docs[0].warnings
        if message is None:
            assert warnings == []
        else:
            assert len(warnings) == 1 and warnings[0].startswith(str(path))
            assert message in warnings[0] and "save it again as UTF-8" in warnings[0]


# lines of a .jsonl file (bytes) -> texts read, issues (where suffix), warnings (where suffix)
@pytest.mark.parametrize(
    ("lines", "texts", "issues", "warnings"),
    [
        ([b'{"id": "a", "text": "Caf\xe9 cocaine"}'], ["Café cocaine"], [], [":1"]),
        (
            [b'{"id": "a", "text": "ok"}', b'{"id": "b", "text": "Caf\xe9"}'],
            ["ok", "Café"],
            [],
            [":2"],
        ),
        ([b'{"id": "a", "text": "ok"}', b'{"id": "b", "text": "x\x00y"}'], ["ok"], [":2"], []),
        ([b"\x00\x01\x02binary", b"\x00more"], [], [""], []),
    ],
)
def test_jsonl_decoding(tmp_path, lines, texts, issues, warnings):
    path = tmp_path / "c.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    docs, found = _read([path])
    assert [d.text for d in docs] == texts
    assert [i.where for i in found] == [f"{path}{w}" for w in issues]
    got = [w for d in docs for w in d.warnings]
    assert [w.split(": ", 1)[0] for w in got] == [f"{path}{w}" for w in warnings]
    assert all("file is not UTF-8" in w for w in got)
    assert "\ufffd" not in "".join(texts)
