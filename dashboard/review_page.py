"""Review page: extracted candidates with their evidence, accept / edit / reject, and uploads.

Every text shown here comes from documents (untrusted): it is HTML-escaped before the one
piece of markup (the highlighted evidence) and markdown-escaped in captions and labels.
Decisions go to the workspace review store; accepted records join the map as "reviewed".
Each decision is made as the signed-in person (:func:`dashboard.signin.current_actor`) and
the store checks their role; viewers see the queue with the decision buttons disabled.
"""

from __future__ import annotations

import html
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st

from flows.access import AccessDenied, Actor, require
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
    cut: list[str] = field(default_factory=list)  # "name: why" for documents extracted in part


def extract_uploads(
    files: list[tuple[str, bytes]],
    store,
    extractor,
    on_progress: Callable[[int, int], None] | None = None,
    *,
    actor: Actor,
) -> UploadReport:
    """Read uploaded files, extract candidates and add them to the store (one transaction).

    ``files`` are (file name, content) pairs; only the base name of a file is ever used.
    ``on_progress(done, total)`` is called after each document. ``actor`` needs the
    reviewer role, checked before any work is done.
    """
    from flows.extract.readers import ReadIssue, read_documents

    require(actor, "upload")
    report = UploadReport()
    docs = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, (raw_name, data) in enumerate(files):
            name = Path(raw_name).name or f"upload-{i}"
            # The temporary file is named by its place in the batch and the type only: a
            # name of any length or with any characters is shown, never used as a path.
            suffix = Path(name).suffix.lower()
            path = Path(tmp) / f"{i:03d}{suffix if len(suffix) <= 16 else ''}"
            try:
                path.write_bytes(data)
            except OSError as exc:  # a full temporary folder: say so, go on with the others
                report.problems.append(f"{name}: could not be stored ({exc.strerror})")
                continue
            for item in read_documents([path]):
                if isinstance(item, ReadIssue):
                    where = name + item.where[len(str(path)) :]  # keeps a JSONL line number
                    report.problems.append(f"{where}: {item.reason}")
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
            result = extractor.extract(doc)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
            report.problems.append(f"{doc.id}: extraction failed ({type(exc).__name__})")
        else:
            results.append(result)
            if result.cut:
                report.cut.append(f"{doc.id}: {result.cut}")
        if on_progress is not None:
            on_progress(n, len(docs))
    added = store.add_results(results, batch="upload", actor=actor)
    report.documents, report.added, report.duplicates = len(docs), added.added, added.duplicates
    return report


def _upload(store, actor: Actor) -> None:
    if not actor.may("upload"):
        return  # and extract_uploads refuses anyway
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

        try:
            report = extract_uploads(
                [(f.name, f.getvalue()) for f in files or []],
                store,
                _extractor(),
                progress,
                actor=actor,
            )
        except AccessDenied as exc:
            st.error(md_escape(str(exc)))
            return
        bar.progress(1.0, text=f"Done: {report.documents} documents")
        st.success(
            f"{report.added} candidates added to the queue, {report.duplicates} already there "
            f"({report.documents} documents)."
        )
        for p in report.problems:
            st.warning(md_escape(f"Not read: {p}"))
        for c in report.cut:
            st.warning(md_escape(f"Cut: {c}"))
        for w in report.warnings:
            st.warning(md_escape(f"Check: {w}"))


def decided_line(row) -> str:
    """The words "accepted by NAME on DATE" for a decided candidate ("" while pending)."""
    if row.state == "pending" or not row.decided_by:
        return ""
    return f"{row.state} by {row.decided_by} on {(row.decided_at or '')[:10]}".strip()


def decide(store, key: str, action: str, actor: Actor, edits=None, comment=None) -> str:
    """Do ``action`` (accept, save, reject, reset) on a candidate as ``actor``; the store
    checks the role. Returns the word for the message ("Accepted", ...)."""
    if action == "accept":
        store.accept(key, edits, actor=actor, comment=comment)
        return "Accepted"
    if action == "save":
        store.save_edit(key, edits, actor=actor, comment=comment)
        return "Edit saved"
    if action == "reject":
        store.reject(key, comment, actor=actor)
        return "Rejected"
    if action == "reset":
        store.reset(key, actor=actor, comment=comment)
        return "Back to pending"
    raise ValueError(f"unknown review action '{action}'")


def _history(store, row) -> None:
    from flows.review.cli import format_entry

    entries = store.history(row.key)
    if not entries:
        return
    with st.expander(f"History ({len(entries)})", icon=":material/history:"):
        for entry in entries:
            lines = format_entry(entry)
            st.markdown(md_escape(lines[0]))
            for line in lines[1:]:
                st.caption(md_escape(line.strip()))


def _candidate(row, store, actor: Actor, duplicate=None) -> None:
    from flows.review.store import ReviewError

    r = row.record
    src = r.sources[0]
    k = row.key[:16]
    can_review = actor.may("review")
    with st.container(border=True, key=f"rv_card_{k}"):
        label = CATEGORY_LABELS.get(r.category, r.category)
        route = f"{place_text(r.origin) or '?'} → {place_text(r.destination) or '?'}"
        if r.via:
            route += " via " + ", ".join(place_text(v) for v in r.via)
        decided = decided_line(row)
        st.markdown(
            f"**{md_escape(label)}** · {md_escape(route)} · confidence {r.confidence:.2f} · "
            f"*{md_escape(decided or row.state)}*" + (" · edited" if row.edited else "")
        )
        st.caption(md_escape(f"{src.title} · {src.publisher} · {src.published or 'no date'}"))
        if duplicate is not None:
            st.warning(md_escape(f"Already in the data: {duplicate}."), icon="⚠️")
        start = src.evidence_start if src.evidence_start is not None else 0
        end = src.evidence_end if src.evidence_end is not None else 0
        st.html(highlight_html(row.doc_text, start, end))
        with st.form(key=f"rv_form_{k}"):
            c1, c2, c3 = st.columns(3)
            off = not can_review
            values = {
                "category": c1.selectbox(
                    "Category",
                    CATEGORIES,
                    index=CATEGORIES.index(r.category),
                    key=f"rv_cat_{k}",
                    disabled=off,
                ),
                "commodity": c1.text_input(
                    "Commodity", r.commodity or "", key=f"rv_com_{k}", disabled=off
                ),
                "origin": c2.text_input(
                    "Origin", place_text(r.origin), key=f"rv_org_{k}", disabled=off
                ),
                "destination": c2.text_input(
                    "Destination", place_text(r.destination), key=f"rv_dst_{k}", disabled=off
                ),
                "via": c2.text_input(
                    "Via (separate with ;)",
                    "; ".join(place_text(v) for v in r.via),
                    key=f"rv_via_{k}",
                    disabled=off,
                ),
                "period_start": c3.text_input(
                    "Period start", r.period_start or "", key=f"rv_ps_{k}", disabled=off
                ),
                "period_end": c3.text_input(
                    "Period end", r.period_end or "", key=f"rv_pe_{k}", disabled=off
                ),
                "verification": c3.selectbox(
                    "Verification",
                    VERIFICATIONS,
                    index=VERIFICATIONS.index(r.verification),
                    key=f"rv_ver_{k}",
                    disabled=off,
                ),
                "confidence": c1.slider(
                    "Confidence",
                    0.0,
                    1.0,
                    float(r.confidence),
                    0.05,
                    key=f"rv_conf_{k}",
                    disabled=off,
                ),
                "summary": st.text_input(
                    "Summary", r.summary or "", key=f"rv_sum_{k}", disabled=off
                ),
            }
            comment = st.text_input(
                "Comment (why; kept in the audit trail)",
                key=f"rv_comment_{k}",
                disabled=off,
            )
            why = None if can_review else f"Reviewers decide; you are signed in as {actor.role}."
            b1, b2, b3, b4 = st.columns(4)
            pressed = {
                "accept": b1.form_submit_button("Accept", type="primary", disabled=off, help=why),
                "save": b2.form_submit_button("Save edit", disabled=off, help=why),
                "reject": b3.form_submit_button("Reject", disabled=off, help=why),
                "reset": b4.form_submit_button(
                    "Back to pending", disabled=off or row.state == "pending", help=why
                ),
            }
        action = next((a for a, on in pressed.items() if on), None)
        if action is not None:
            # The buttons are disabled for viewers, and the store checks the role again:
            # a forged click from a viewer's session is refused here.
            try:
                edits = edits_from_form(r, values) if action in ("accept", "save") else None
                done = decide(store, row.key, action, actor, edits, comment)
                st.session_state["rv_flash"] = f"{done}: {route}"
                st.rerun()
            except (ReviewError, AccessDenied) as exc:
                st.error(md_escape(str(exc)))
        _history(store, row)


def _purge(store, actor: Actor, n_rejected: int) -> None:
    """Admins: remove the rejected candidates (their audit trail stays)."""
    if not actor.may("purge") or not n_rejected:
        return
    with st.expander("Purge rejected candidates", icon=":material/delete_sweep:"):
        st.caption(
            f"Removes the {n_rejected} rejected candidates from the queue. Their audit "
            "trail stays: `flows review history` still shows who decided what."
        )
        sure = st.checkbox("I understand: rejected candidates are removed", key="rv_purge_ok")
        if st.button("Purge", key="rv_purge", disabled=not sure):
            try:
                n = store.purge(actor=actor)
            except AccessDenied as exc:
                st.error(md_escape(str(exc)))
                return
            st.session_state["rv_flash"] = f"Purged {n} rejected candidates"
            st.rerun()


def render_review_page() -> None:
    """The Review page (added to ``st.navigation`` by dashboard/app.py)."""
    from dashboard.signin import current_actor

    st.title("Review extracted records")
    st.caption(
        "Candidates extracted from documents wait here. Accepted records join the map with "
        "status *reviewed*; rejected ones stay out. Edits are checked against the record schema."
    )
    actor = current_actor()
    if actor is None:  # sign-in is on and this session is not signed in (the app stops first)
        st.warning("Sign in to see the review queue.")
        return
    if not actor.may("review"):
        st.info(
            f"You are signed in as a {actor.role}: you can read the queue and each record's "
            "history; reviewers accept, edit and reject.",
            icon=":material/visibility:",
        )
    from flows.review.store import ReviewError

    try:
        _queue(_store(), actor)
    except ReviewError as exc:  # disk full, read-only, damaged: say so and what to do
        st.error(md_escape(str(exc)))


def _queue(store, actor) -> None:
    from flows.review.store import skipped_messages

    _upload(store, actor)
    flash = st.session_state.pop("rv_flash", None)
    if flash:
        st.success(md_escape(flash))
    counts = store.counts()
    cols = st.columns(3)
    for col, state in zip(cols, ("pending", "accepted", "rejected"), strict=True):
        col.metric(state.capitalize(), counts[state])
    _purge(store, actor, counts["rejected"])
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
    for message in skipped_messages(store):
        st.warning(md_escape(message))
    from flows.review.queue import flag_duplicates

    duplicates = flag_duplicates(rows, _curated_index())
    for row in rows:
        _candidate(row, store, actor, duplicates.get(row.key))
