"""Review page: extracted candidates with their evidence, accept / edit / reject, and uploads.

Every text shown here comes from documents (untrusted): it is HTML-escaped before the one
piece of markup (the highlighted evidence) and markdown-escaped in captions and labels.
Decisions go to the workspace review store; accepted records join the map as "reviewed".
"""

from __future__ import annotations

import html
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st

from flows.extract.sentences import paragraph_around
from flows.model import FlowRecord
from flows.review.edits import parse_place
from flows.vocab import CATEGORIES, CATEGORY_LABELS, VERIFICATIONS

PAGE_SIZE = 10
UPLOAD_TYPES = ["txt", "md", "html", "htm", "pdf", "jsonl"]
STATE_OPTIONS = ("pending", "accepted", "rejected", "all")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$~^=:])")


# -- pure helpers (tested without a browser) -----------------------------------------------------
def md_escape(text: str | None) -> str:
    """Text safe inside Streamlit markdown: no links, emphasis, LaTeX or HTML from documents."""
    return _MD_SPECIAL.sub(r"\\\1", text or "").replace("\n", " ")


def highlight_html(text: str, start: int, end: int, context: int = 600) -> str:
    """The evidence's paragraph (escaped) with the evidence in ``<mark>``.

    The paragraph is the block between line breaks around the evidence, cut to ``context``
    characters each side for very long blocks.
    """
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    p_start, p_end = paragraph_around(text, start, end)
    p_start, p_end = max(p_start, start - context), min(p_end, end + context)
    before, evidence, after = text[p_start:start], text[start:end], text[end:p_end]
    lead = "…" if p_start > 0 and text[p_start - 1] != "\n" else ""
    tail = "…" if p_end < len(text) and text[p_end] != "\n" else ""
    return (
        '<div class="review-evidence" style="line-height:1.5">'
        f"{lead}{html.escape(before)}"
        '<mark style="background:#ffe08a;padding:0 2px">'
        f"{html.escape(evidence)}</mark>{html.escape(after)}{tail}</div>"
    )


def place_text(ref) -> str:
    if ref is None:
        return ""
    return f"{ref.name} ({ref.country})" if ref.country else ref.name


def edits_from_form(record: FlowRecord, values: dict) -> dict:
    """A record dict with the edit form's values applied (validated later by the store)."""
    data = record.model_dump(mode="json", exclude_none=True)
    data["category"] = values["category"]
    data["commodity"] = (values.get("commodity") or "").strip() or None
    data["origin"] = parse_place(values.get("origin", ""))
    data["destination"] = parse_place(values.get("destination", ""))
    data["via"] = [p for v in re.split(r"[;|]", values.get("via") or "") if (p := parse_place(v))]
    for key in ("period_start", "period_end", "summary"):
        data[key] = (values.get(key) or "").strip() or None
    data["verification"] = values["verification"]
    data["confidence"] = float(values["confidence"])
    return {k: v for k, v in data.items() if v is not None}


# -- streamlit parts ----------------------------------------------------------------------------
@st.cache_resource(show_spinner="Loading the gazetteer...")
def _extractor():
    from flows.extract.pipeline import Extractor

    return Extractor()


def _store():
    from flows.review.store import ReviewStore

    return ReviewStore()


@st.cache_resource(show_spinner="Reading the curated records...")
def _curated_index():
    """Curated records by source and quote, to flag candidates that repeat one (read once)."""
    from flows.review.queue import curated_index

    return curated_index(_extractor().scanner.gazetteer)


@dataclass
class UploadReport:
    documents: int = 0
    added: int = 0
    duplicates: int = 0
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # read, but check (not UTF-8, bad url)


def extract_uploads(
    files: list[tuple[str, bytes]],
    store,
    extractor,
    on_progress: Callable[[int, int], None] | None = None,
) -> UploadReport:
    """Read uploaded files, extract candidates and add them to the store (one transaction).

    ``files`` are (file name, content) pairs; only the base name of a file is ever used.
    ``on_progress(done, total)`` is called after each document.
    """
    from flows.extract.readers import ReadIssue, read_documents

    report = UploadReport()
    docs = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, (raw_name, data) in enumerate(files):
            name = Path(raw_name).name or f"upload-{i}"
            path = Path(tmp) / f"{i:03d}-{name}"
            path.write_bytes(data)
            for item in read_documents([path]):
                if isinstance(item, ReadIssue):
                    report.problems.append(f"{name}: {item.reason}")
                    continue
                # Only the upload's name is shown or stored, never the temporary path.
                if item.id == str(path) or item.id.startswith(f"{path}:"):
                    item.id = name + item.id[len(str(path)) :]
                if item.title == path.name:
                    item.title = name
                item.path = name
                item.warnings = [w.replace(str(path), name) for w in item.warnings]
                report.warnings.extend(item.warnings)
                docs.append(item)
    results = []
    for n, doc in enumerate(docs, 1):
        try:
            results.append(extractor.extract(doc))
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
            report.problems.append(f"{doc.id}: extraction failed ({type(exc).__name__})")
        if on_progress is not None:
            on_progress(n, len(docs))
    added = store.add_results(results, batch="upload")
    report.documents, report.added, report.duplicates = len(docs), added.added, added.duplicates
    return report


def _upload(store) -> None:
    with st.expander("Add documents to the review queue", expanded=False):
        files = st.file_uploader(
            "Documents (.txt .md .html .pdf, or .jsonl collections)",
            type=UPLOAD_TYPES,
            accept_multiple_files=True,
            key="rv_upload",
        )
        if not st.button("Extract candidates", key="rv_extract", disabled=not files):
            return
        bar = st.progress(0.0, text="Extracting...")

        def progress(done: int, total: int) -> None:
            bar.progress(done / total, text=f"Extracting: {done} / {total} documents")

        report = extract_uploads(
            [(f.name, f.getvalue()) for f in files or []], store, _extractor(), progress
        )
        bar.progress(1.0, text=f"Done: {report.documents} documents")
        st.success(
            f"{report.added} candidates added to the queue, {report.duplicates} already there "
            f"({report.documents} documents)."
        )
        for p in report.problems:
            st.warning(md_escape(f"Not read: {p}"))
        for w in report.warnings:
            st.warning(md_escape(f"Check: {w}"))


def _candidate(row, store, duplicate=None) -> None:
    from flows.review.store import ReviewError

    r = row.record
    src = r.sources[0]
    k = row.key[:16]
    with st.container(border=True, key=f"rv_card_{k}"):
        label = CATEGORY_LABELS.get(r.category, r.category)
        route = f"{place_text(r.origin) or '?'} → {place_text(r.destination) or '?'}"
        if r.via:
            route += " via " + ", ".join(place_text(v) for v in r.via)
        st.markdown(
            f"**{md_escape(label)}** · {md_escape(route)} · confidence {r.confidence:.2f} · "
            f"*{row.state}*" + (" · edited" if row.edited else "")
        )
        st.caption(md_escape(f"{src.title} · {src.publisher} · {src.published or 'no date'}"))
        if duplicate is not None:
            st.warning(md_escape(f"Already in the data: {duplicate}."), icon="⚠️")
        start = src.evidence_start if src.evidence_start is not None else 0
        end = src.evidence_end if src.evidence_end is not None else 0
        st.html(highlight_html(row.doc_text, start, end))
        with st.form(key=f"rv_form_{k}"):
            c1, c2, c3 = st.columns(3)
            values = {
                "category": c1.selectbox(
                    "Category", CATEGORIES, index=CATEGORIES.index(r.category), key=f"rv_cat_{k}"
                ),
                "commodity": c1.text_input("Commodity", r.commodity or "", key=f"rv_com_{k}"),
                "origin": c2.text_input("Origin", place_text(r.origin), key=f"rv_org_{k}"),
                "destination": c2.text_input(
                    "Destination", place_text(r.destination), key=f"rv_dst_{k}"
                ),
                "via": c2.text_input(
                    "Via (separate with ;)",
                    "; ".join(place_text(v) for v in r.via),
                    key=f"rv_via_{k}",
                ),  # fmt: skip
                "period_start": c3.text_input(
                    "Period start", r.period_start or "", key=f"rv_ps_{k}"
                ),
                "period_end": c3.text_input("Period end", r.period_end or "", key=f"rv_pe_{k}"),
                "verification": c3.selectbox(
                    "Verification",
                    VERIFICATIONS,
                    index=VERIFICATIONS.index(r.verification),
                    key=f"rv_ver_{k}",
                ),  # fmt: skip
                "confidence": c1.slider(
                    "Confidence", 0.0, 1.0, float(r.confidence), 0.05, key=f"rv_conf_{k}"
                ),
                "summary": st.text_input("Summary", r.summary or "", key=f"rv_sum_{k}"),
            }
            b1, b2, b3 = st.columns(3)
            accept = b1.form_submit_button("Accept", type="primary")
            save = b2.form_submit_button("Save edit")
            reject = b3.form_submit_button("Reject")
        try:
            if accept:
                store.accept(row.key, edits_from_form(r, values))
                st.session_state["rv_flash"] = f"Accepted: {route}"
                st.rerun()
            elif save:
                store.save_edit(row.key, edits_from_form(r, values))
                st.session_state["rv_flash"] = f"Edit saved: {route}"
                st.rerun()
            elif reject:
                store.reject(row.key)
                st.session_state["rv_flash"] = f"Rejected: {route}"
                st.rerun()
        except ReviewError as exc:
            st.error(md_escape(str(exc)))


def render_review_page() -> None:
    """The Review page (added to ``st.navigation`` by dashboard/app.py)."""
    st.title("Review extracted records")
    st.caption(
        "Candidates extracted from documents wait here. Accepted records join the map with "
        "status *reviewed*; rejected ones stay out. Edits are checked against the record schema."
    )
    store = _store()
    _upload(store)
    flash = st.session_state.pop("rv_flash", None)
    if flash:
        st.success(md_escape(flash))
    counts = store.counts()
    cols = st.columns(3)
    for col, state in zip(cols, ("pending", "accepted", "rejected"), strict=True):
        col.metric(state.capitalize(), counts[state])
    state = st.radio("Show", STATE_OPTIONS, horizontal=True, key="rv_state")
    total = sum(counts.values()) if state == "all" else counts[state]
    if not total:
        st.info("Nothing to show here. Upload documents above, or run "
                "`flows extract DOCS --to-review`.")  # fmt: skip
        return
    pages = (total + PAGE_SIZE - 1) // PAGE_SIZE
    page = 1
    if pages > 1:
        page = int(st.number_input("Page", 1, pages, 1, key="rv_page"))
    st.caption(f"{total} candidates, highest confidence first; page {page} of {pages}")
    rows = store.list_candidates(
        None if state == "all" else state, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE
    )  # only one page is read from the store: queues can hold thousands of candidates
    from flows.review.queue import flag_duplicates

    duplicates = flag_duplicates(rows, _curated_index())
    for row in rows:
        _candidate(row, store, duplicates.get(row.key))
