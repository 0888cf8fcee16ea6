"""Hostile and careless documents: bounded work, a located reason, and the batch goes on.

Reproductions of issue 11 for the readers and the extractor: very long lines, huge files,
deeply nested or over-long JSONL lines, UTF-16 without its mark, encrypted PDFs, a body's
year taken for the publication date, and the per-document time budget.
"""

from __future__ import annotations

import json
import os

import pytest

from flows.extract import periods
from flows.extract.pipeline import Extractor
from flows.extract.readers import Document, ReadIssue, read_documents
from flows.extract.sentences import MAX_SENTENCE_CHARS, split_sentences


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def _read(paths):
    docs, issues = [], []
    for item in read_documents(paths):
        (issues if isinstance(item, ReadIssue) else docs).append(item)
    return docs, issues


# -- extraction is linear: bounded sentences, one period scan per sentence --------------------

UNIT = (
    "heroin was smuggled from Afghanistan to Iran in 2019 and cocaine was trafficked from "
    "Colombia through Spain to the Netherlands since 2015 while migrants were smuggled from "
    "Libya to Italy in March 2021 "
)


def test_a_line_without_punctuation_is_cut_into_bounded_pieces():
    text = UNIT * 400  # ~80,000 characters, one "sentence"
    spans = split_sentences(text)
    assert max(e - s for s, e in spans) <= MAX_SENTENCE_CHARS
    assert spans[0][0] == 0 and spans[-1][1] == len(text.rstrip())
    # pieces cover the text in order, cut at a comma or a space, never inside a word
    assert all(text[e - 1] != " " and (e == len(text) or text[e] in " ,") for s, e in spans)
    assert all(b[0] > a[1] for a, b in zip(spans, spans[1:], strict=False))


def test_a_word_longer_than_a_sentence_is_cut_hard():
    spans = split_sentences("x" * 5000)
    assert spans == [(0, 2000), (2000, 4000), (4000, 5000)]


def test_dates_are_scanned_once_per_sentence_whatever_the_number_of_flows(extractor, monkeypatch):
    calls: list[int] = []
    scan = periods._dated_spans.__wrapped__

    def counting(sentence, lang, published):
        calls.append(len(sentence))
        return scan(sentence, lang, published)

    periods._dated_spans.cache_clear()
    periods._dated_clauses.cache_clear()
    monkeypatch.setattr(periods, "_dated_spans", periods.lru_cache(maxsize=8)(counting))
    doc = Document(id="long", text=UNIT * 100, lang="en", published="2023-05-01")
    result = extractor.extract(doc)
    n_sentences = len(split_sentences(doc.text))
    assert len(result.candidates) >= 3
    assert len(calls) <= n_sentences  # not once per candidate flow
    periods._dated_clauses.cache_clear()


def test_period_of_a_flow_is_the_same_as_before(extractor):
    # the clause-aware period (kept from the per-candidate version)
    sentence = (
        "Migrants were smuggled from Libya to Italy since 2014; in the 1990s the route "
        "began in Albania"
    )
    assert periods.sentence_period(sentence, "en", None, focus=(28, 45)) == periods.Period(
        "2014", None
    )
    assert periods.sentence_period(sentence, "en", None) == periods.Period("1990", "2014")


def test_time_budget_cuts_a_document_and_says_where(extractor):
    doc = Document(id="slow.txt", text=UNIT * 50, lang="en")
    result = extractor.extract(doc, budget=0)
    assert result.cut and "cut at character 0 of" in result.cut
    assert "FLOWS_EXTRACT_SECONDS" in result.cut
    assert any(w.startswith("slow.txt: cut at character") for w in result.warnings)
    assert extractor.extract(doc).cut is None


def test_time_budget_is_configurable(extractor, monkeypatch):
    monkeypatch.setenv("FLOWS_EXTRACT_SECONDS", "0.001")
    result = extractor.extract(Document(id="d", text=UNIT * 200, lang="en"))
    assert result.cut and "the 0.001 s limit for one document's extraction" in result.cut


def test_a_text_over_the_size_limit_is_refused_before_any_work(extractor, monkeypatch):
    monkeypatch.setenv("FLOWS_MAX_DOCUMENT_MB", "0.001")
    result = extractor.extract(Document(id="big", text=UNIT * 20, lang="en"))
    assert not result.candidates and not result.mentions
    assert "over the 0.001 MB limit for one document's text" in result.cut
    assert extractor.places(Document(id="big", text=UNIT * 20, lang="en")).cut


# -- readers: size limits, files that are not files, encodings --------------------------------


def test_a_file_over_the_limit_is_refused_early_and_named(tmp_path, monkeypatch):
    (tmp_path / "huge.txt").write_text(UNIT * 100, encoding="utf-8")
    (tmp_path / "small.txt").write_text(UNIT, encoding="utf-8")
    monkeypatch.setenv("FLOWS_MAX_DOCUMENT_MB", "0.01")
    docs, issues = _read([tmp_path])
    assert [d.id for d in docs] == [str(tmp_path / "small.txt")]
    (issue,) = issues
    assert issue.where == str(tmp_path / "huge.txt")
    assert "over the 0.01 MB limit for one document's text" in issue.reason
    assert "FLOWS_MAX_DOCUMENT_MB" in issue.reason


def test_pipes_and_dangling_links_are_named(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nothing.txt")
    _, issues = _read([tmp_path / "pipe.txt", tmp_path / "gone.txt"])
    reasons = {i.where.rsplit("/", 1)[-1]: i.reason for i in issues}
    assert "not a regular file" in reasons["pipe.txt"]
    assert "does not exist" in reasons["gone.txt"]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("x" * 300 + ".txt", "cannot read it: File name too long"),  # found by the fuzz suite
        ("loop.txt", "cannot read it: Too many levels of symbolic links"),
        ("missing.txt", "no such file or folder"),
        ("gone.txt", "a link to a file that does not exist"),
        ("pipe.txt", "not a regular file (a device, a pipe or a socket)"),
    ],
)
def test_a_path_that_is_no_document_is_named_and_the_batch_goes_on(tmp_path, name, reason):
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nothing.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text("Heroin was smuggled from Iran to Turkey.", "utf-8")
    docs, issues = _read([tmp_path / name, tmp_path / "good.txt"])
    assert [(i.where, i.reason) for i in issues] == [(str(tmp_path / name), reason)]
    assert [d.id for d in docs] == [str(tmp_path / "good.txt")]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_mark_is_read_as_utf16(tmp_path, codec):
    text = "Les armes arrivent d'Ukraine en Pologne depuis 2022."
    (tmp_path / "doc.txt").write_bytes(text.encode(codec))
    (doc,), issues = _read([tmp_path / "doc.txt"])
    assert not issues and doc.text == text and not doc.warnings


def test_a_deeply_nested_jsonl_line_does_not_drop_the_lines_after_it(tmp_path):
    path = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "First."}),
        '{"id": "deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}",
        json.dumps({"id": "b", "text": "Third."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, issues = _read([path])
    assert [d.id for d in docs] == ["a", "b"]
    (issue,) = issues
    assert issue.where == f"{path}:2" and "nested too deeply" in issue.reason


def test_an_over_long_jsonl_line_is_skipped_and_named(tmp_path, monkeypatch):
    monkeypatch.setenv("FLOWS_MAX_DOCUMENT_MB", "0.01")
    path = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "First."}),
        json.dumps({"id": "long", "text": "x" * 50_000}),
        json.dumps({"id": "b", "text": "Third."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, issues = _read([path])
    assert [d.id for d in docs] == ["a", "b"]
    (issue,) = issues
    assert issue.where == f"{path}:2" and "0.01 MB limit" in issue.reason


def test_a_year_in_the_body_is_not_the_publication_date(tmp_path):
    body = (
        "<p>Smugglers moved migrants from Libya to Italy in 2019 across the central "
        "Mediterranean, officials said on condition of anonymity.</p>"
        "<p>The route was used by thousands of people that year and the next.</p>"
    )
    (tmp_path / "plain.html").write_text(
        f"<html><head><title>Route</title></head><body><article>{body}</article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "dated.html").write_text(
        '<html><head><title>Route</title><meta property="article:published_time" '
        f'content="2021-03-04T10:00:00Z"></head><body><article>{body}</article></body></html>',
        encoding="utf-8",
    )
    docs, _ = _read([tmp_path / "plain.html", tmp_path / "dated.html"])
    assert [d.published for d in docs] == [None, "2021-03-04"]


def _pdf(path, user_password=None):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from pypdf import PdfReader, PdfWriter

    fig = plt.figure()
    fig.text(0.1, 0.5, "Cocaine shipped from Ecuador to Antwerp")
    fig.savefig(path)
    plt.close(fig)
    if user_password is not None:
        writer = PdfWriter(clone_from=PdfReader(path))
        writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-256")
        writer.write(path)
    return path


def test_a_copy_protected_aes_pdf_is_read(tmp_path):
    (doc,), issues = _read([_pdf(tmp_path / "protected.pdf", user_password="")])
    assert not issues and "Ecuador" in doc.text


def test_a_password_protected_pdf_is_explained(tmp_path):
    _, (issue,) = _read([_pdf(tmp_path / "locked.pdf", user_password="secret")])
    assert "the PDF is encrypted with a password" in issue.reason
    assert "qpdf --decrypt" in issue.reason


def test_aes_without_its_package_is_explained_not_asked_for(tmp_path, monkeypatch):
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    def no_crypto(self, password):
        raise DependencyError("cryptography>=3.1 is required for AES algorithm")

    path = _pdf(tmp_path / "protected.pdf", user_password="")
    monkeypatch.setattr(PdfReader, "decrypt", no_crypto)
    _, (issue,) = _read([path])
    assert "the PDF is encrypted (AES)" in issue.reason
    assert "cryptography" not in issue.reason and "required" not in issue.reason


@pytest.mark.parametrize("doc_id", ["", "   ", "\u200b"])
def test_a_blank_id_in_a_collection_is_named_by_its_line(tmp_path, extractor, doc_id):
    # found by the fuzz suite: an empty id and no title made a record with an empty title
    path = tmp_path / "docs.jsonl"
    line = {"id": doc_id, "title": "", "text": "Heroin was smuggled from Iran to Turkey in 2021."}
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (doc,), issues = _read([path])
    assert issues == [] and doc.label == "docs.jsonl:1"
    (candidate,) = extractor.extract(doc).candidates
    assert candidate.to_record().sources[0].title == "docs.jsonl:1"
