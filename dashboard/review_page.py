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

from dashboard.language import in_this_language, spinner_the_first_time
from flows.access import AccessDenied, Actor, require, role_label
from flows.extract.sentences import paragraph_around
from flows.i18n import N_, format_fixed, format_integer, format_iso_date, gettext, ngettext
from flows.model import FlowRecord
from flows.review.edits import format_place, parse_place
from flows.vocab import CATEGORIES, VERIFICATIONS, category_label, verification_label

PAGE_SIZE = 10
UPLOAD_TYPES = ["txt", "md", "html", "htm", "pdf", "jsonl"]
STATE_OPTIONS = ("pending", "accepted", "rejected", "all")
STATE_LABELS = {
    "pending": N_("pending"),
    "accepted": N_("accepted"),
    "rejected": N_("rejected"),
    "all": N_("all"),
}
HEADING_LABELS = {"pending": N_("Pending"), "accepted": N_("Accepted"), "rejected": N_("Rejected")}
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
    return format_place(ref.name, ref.country)


def flow_fields(values: dict) -> dict:
    """Record fields from a form's text values: the category, places as ``"Antwerp (BE)"``,
    transit places separated by ``;``, and the commodity and period when the form has them
    (blank gives None). Shared by the edit form and the form for a missed flow."""
    out: dict = {"category": values.get("category")}
    for key in ("origin", "destination"):
        out[key] = parse_place(values.get(key, ""))
    out["via"] = [p for v in re.split(r"[;|]", values.get("via") or "") if (p := parse_place(v))]
    for key in ("commodity", "period_start", "period_end"):
        if key in values:
            out[key] = (values.get(key) or "").strip() or None
    return out


def edits_from_form(record: FlowRecord, values: dict) -> dict:
    """A record dict with the edit form's values applied (validated later by the store)."""
    data = record.model_dump(mode="json", exclude_none=True)
    data.update(flow_fields(values))
    data["summary"] = (values.get("summary") or "").strip() or None
    data["verification"] = values["verification"]
    data["confidence"] = float(values["confidence"])
    return {k: v for k, v in data.items() if v is not None}


# -- streamlit parts ----------------------------------------------------------------------------
@st.cache_resource(show_spinner=False)
def _extractor():
    from flows.extract.pipeline import Extractor

    return Extractor(min_confidence=0)  # the review queue keeps every lead, ranked


def _store():
    from flows.review.store import ReviewStore

    return ReviewStore()


@st.cache_resource(show_spinner=False)
def _curated_index_cached():
    """Curated records by source and quote, to flag candidates that repeat one (read once)."""
    from flows.review.queue import curated_index

    return curated_index(_extractor().scanner.gazetteer)


_curated_index = spinner_the_first_time(
    _curated_index_cached, lambda: gettext("Reading the curated records...")
)


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
            report.problems.append(
                gettext("{doc}: extraction failed ({error})").format(
                    doc=doc.id, error=type(exc).__name__
                )
            )
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
    with st.expander(gettext("Add documents to the review queue"), expanded=False):
        files = st.file_uploader(
            gettext("Documents (.txt .md .html .pdf, or .jsonl collections)"),
            type=UPLOAD_TYPES,
            accept_multiple_files=True,
            key="rv_upload",
        )
        if not st.button(gettext("Extract candidates"), key="rv_extract", disabled=not files):
            return
        bar = st.progress(0.0, text=gettext("Extracting..."))

        def progress(done: int, total: int) -> None:
            text = ngettext(
                "Extracting: {done} / {total} document",
                "Extracting: {done} / {total} documents",
                total,
            ).format(done=format_integer(done), total=format_integer(total))
            bar.progress(done / total, text=text)

        with st.spinner(gettext("Loading the gazetteer...")):
            extractor = _extractor()
        try:
            report = extract_uploads(
                [(f.name, f.getvalue()) for f in files or []],
                store,
                extractor,
                progress,
                actor=actor,
            )
        except AccessDenied as exc:
            st.error(md_escape(str(exc)))
            return
        done = ngettext("Done: {n} document", "Done: {n} documents", report.documents)
        bar.progress(1.0, text=done.format(n=format_integer(report.documents)))
        added = ngettext(
            "{n} candidate added to the queue", "{n} candidates added to the queue", report.added
        ).format(n=format_integer(report.added))
        there = ngettext(
            "{n} already there ({docs} documents).",
            "{n} already there ({docs} documents).",
            report.duplicates,
        ).format(n=format_integer(report.duplicates), docs=format_integer(report.documents))
        st.success(f"{added}, {there}")
        for p in report.problems:
            st.warning(md_escape(gettext("Not read: {problem}").format(problem=p)))
        for c in report.cut:
            st.warning(md_escape(gettext("Cut: {cut}").format(cut=c)))
        for w in report.warnings:
            st.warning(md_escape(gettext("Check: {warning}").format(warning=w)))


def why_disabled(actor: Actor) -> str | None:
    """The help of a decision button a viewer cannot press (None for reviewers)."""
    if actor.may("review"):
        return None
    return gettext("Reviewers decide; you are signed in as {role}.").format(
        role=role_label(actor.role)
    )


def decided_line(row) -> str:
    """The words "accepted by NAME on DATE" for a decided candidate ("" while pending)."""
    if row.state == "pending" or not row.decided_by:
        return ""
    day = format_iso_date((row.decided_at or "")[:10])
    if row.state == "accepted":
        words = gettext("accepted by {name} on {date}")
    elif row.state == "rejected":
        words = gettext("rejected by {name} on {date}")
    else:
        words = row.state + " " + gettext("by {name} on {date}")
    return words.format(name=row.decided_by, date=day).strip()


def decide(store, key: str, action: str, actor: Actor, edits=None, comment=None) -> str:
    """Do ``action`` (accept, save, reject, reset) on a candidate as ``actor``; the store
    checks the role. Returns the word for the message ("Accepted", ...) in the reader's
    language."""
    if action == "accept":
        store.accept(key, edits, actor=actor, comment=comment)
        return gettext("Accepted")
    if action == "save":
        store.save_edit(key, edits, actor=actor, comment=comment)
        return gettext("Edit saved")
    if action == "reject":
        store.reject(key, comment, actor=actor)
        return gettext("Rejected")
    if action == "reset":
        store.reset(key, actor=actor, comment=comment)
        return gettext("Back to pending")
    raise ValueError(f"unknown review action '{action}'")


def _history(store, row) -> None:
    from flows.review.cli import format_entry

    entries = store.history(row.key)
    if not entries:
        return
    title = gettext("History ({n})").format(n=format_integer(len(entries)))
    with st.expander(title, icon=":material/history:"):
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
        label = category_label(r.category)
        route = f"{place_text(r.origin) or '?'} → {place_text(r.destination) or '?'}"
        if r.via:
            route += " " + gettext("via {places}").format(
                places=", ".join(place_text(v) for v in r.via)
            )
        decided = decided_line(row) or gettext(STATE_LABELS.get(row.state, row.state))
        confidence = gettext("confidence {value}").format(value=format_fixed(r.confidence))
        edited = " · " + gettext("edited") if row.edited else ""
        st.markdown(
            f"**{md_escape(label)}** · {md_escape(route)} · {md_escape(confidence)} · "
            f"*{md_escape(decided)}*{md_escape(edited)}"
        )
        published = format_iso_date(src.published) if src.published else gettext("no date")
        st.caption(md_escape(f"{src.title} · {src.publisher} · {published}"))
        if duplicate is not None:
            already = gettext("Already in the data: {record}.").format(record=duplicate)
            st.warning(md_escape(already), icon="⚠️")
        start = src.evidence_start if src.evidence_start is not None else 0
        end = src.evidence_end if src.evidence_end is not None else 0
        st.html(highlight_html(row.doc_text, start, end))
        with st.form(key=f"rv_form_{k}"):
            c1, c2, c3 = st.columns(3)
            off = not can_review
            values = {
                "category": c1.selectbox(
                    gettext("Category"),
                    CATEGORIES,
                    index=CATEGORIES.index(r.category),
                    format_func=in_this_language(category_label),
                    key=f"rv_cat_{k}",
                    disabled=off,
                ),
                "commodity": c1.text_input(
                    gettext("Commodity"), r.commodity or "", key=f"rv_com_{k}", disabled=off
                ),
                "origin": c2.text_input(
                    gettext("Origin"), place_text(r.origin), key=f"rv_org_{k}", disabled=off
                ),
                "destination": c2.text_input(
                    gettext("Destination"),
                    place_text(r.destination),
                    key=f"rv_dst_{k}",
                    disabled=off,
                ),
                "via": c2.text_input(
                    gettext("Via (separate with ;)"),
                    "; ".join(place_text(v) for v in r.via),
                    key=f"rv_via_{k}",
                    disabled=off,
                ),
                "period_start": c3.text_input(
                    gettext("Period start"), r.period_start or "", key=f"rv_ps_{k}", disabled=off
                ),
                "period_end": c3.text_input(
                    gettext("Period end"), r.period_end or "", key=f"rv_pe_{k}", disabled=off
                ),
                "verification": c3.selectbox(
                    gettext("Verification"),
                    VERIFICATIONS,
                    index=VERIFICATIONS.index(r.verification),
                    format_func=in_this_language(verification_label),
                    key=f"rv_ver_{k}",
                    disabled=off,
                ),
                "confidence": c1.slider(
                    gettext("Confidence"),
                    0.0,
                    1.0,
                    float(r.confidence),
                    0.05,
                    key=f"rv_conf_{k}",
                    disabled=off,
                ),
                "summary": st.text_input(
                    gettext("Summary"), r.summary or "", key=f"rv_sum_{k}", disabled=off
                ),
            }
            comment = st.text_input(
                gettext("Comment (why; kept in the audit trail)"),
                key=f"rv_comment_{k}",
                disabled=off,
            )
            why = why_disabled(actor)
            b1, b2, b3, b4 = st.columns(4)
            pressed = {
                "accept": b1.form_submit_button(
                    gettext("Accept"), type="primary", disabled=off, help=why
                ),
                "save": b2.form_submit_button(gettext("Save edit"), disabled=off, help=why),
                "reject": b3.form_submit_button(gettext("Reject"), disabled=off, help=why),
                "reset": b4.form_submit_button(
                    gettext("Back to pending"), disabled=off or row.state == "pending", help=why
                ),
            }
        action = next((a for a, on in pressed.items() if on), None)
        if action is not None:
            # The buttons are disabled for viewers, and the store checks the role again:
            # a forged click from a viewer's session is refused here.
            try:
                edits = edits_from_form(r, values) if action in ("accept", "save") else None
                done = decide(store, row.key, action, actor, edits, comment)
                st.session_state["rv_flash"] = gettext("{done}: {route}").format(
                    done=done, route=route
                )
                st.rerun()
            except (ReviewError, AccessDenied) as exc:
                st.error(md_escape(str(exc)))
        if row.content_hash:
            from dashboard.review_missed import prefill_add_form

            # a sentence often states more flows than the extractor gave ("to Italy, Spain and
            # Greece"): the add form, filled in from this card, saves retyping the quote
            st.button(
                gettext("Another flow from this sentence"),
                key=f"rv_more_{k}",
                icon=":material/add:",
                on_click=prefill_add_form,
                args=(row,),
                disabled=off,
                help=why
                or gettext(
                    "Opens “Add a flow the extractor missed” above with this document, "
                    "sentence and fields filled in."
                ),
            )
        _history(store, row)


def _purge(store, actor: Actor, n_rejected: int) -> None:
    """Admins: remove the rejected candidates (their audit trail stays)."""
    if not actor.may("purge") or not n_rejected:
        return
    with st.expander(gettext("Purge rejected candidates"), icon=":material/delete_sweep:"):
        st.caption(
            ngettext(
                "Removes the {n} rejected candidate from the queue. Its audit trail stays: "
                "`flows review history` still shows who decided what.",
                "Removes the {n} rejected candidates from the queue. Their audit trail stays: "
                "`flows review history` still shows who decided what.",
                n_rejected,
            ).format(n=format_integer(n_rejected))
        )
        sure = st.checkbox(
            gettext("I understand: rejected candidates are removed"), key="rv_purge_ok"
        )
        if st.button(gettext("Purge"), key="rv_purge", disabled=not sure):
            try:
                n = store.purge(actor=actor)
            except AccessDenied as exc:
                st.error(md_escape(str(exc)))
                return
            st.session_state["rv_flash"] = ngettext(
                "Purged {n} rejected candidate", "Purged {n} rejected candidates", n
            ).format(n=format_integer(n))
            st.rerun()


def render_review_page() -> None:
    """The Review page (added to ``st.navigation`` by dashboard/app.py)."""
    from dashboard.signin import current_actor

    st.title(gettext("Review extracted records"))
    st.caption(
        gettext(
            "Candidates extracted from documents wait here. Accepted records join the map with "
            "status *reviewed*; rejected ones stay out. Edits are checked against the record "
            "schema."
        )
    )
    actor = current_actor()
    if actor is None:  # sign-in is on and this session is not signed in (the app stops first)
        st.warning(gettext("Sign in to see the review queue."))
        return
    if not actor.may("review"):
        st.info(
            gettext(
                "You are signed in as a {role}: you can read the queue and each record's "
                "history; reviewers accept, edit and reject."
            ).format(role=role_label(actor.role)),
            icon=":material/visibility:",
        )
    from flows.review.store import ReviewError

    try:
        _queue(_store(), actor)
    except ReviewError as exc:  # disk full, read-only, damaged: say so and what to do
        st.error(md_escape(str(exc)))


def _queue(store, actor) -> None:
    from dashboard.review_decisions import render_apply_decisions
    from dashboard.review_missed import render_add_missed
    from flows.review.store import skipped_messages

    _upload(store, actor)
    render_add_missed(store, actor)
    render_apply_decisions(store, actor)
    flash = st.session_state.pop("rv_flash", None)
    if flash:
        st.success(md_escape(flash))
    counts = store.counts()
    cols = st.columns(3)
    for col, state in zip(cols, ("pending", "accepted", "rejected"), strict=True):
        col.metric(gettext(HEADING_LABELS[state]), format_integer(counts[state]))
    _purge(store, actor, counts["rejected"])
    state = st.radio(
        gettext("Show"),
        STATE_OPTIONS,
        horizontal=True,
        key="rv_state",
        format_func=in_this_language(lambda s: gettext(STATE_LABELS[s])),
    )
    total = sum(counts.values()) if state == "all" else counts[state]
    if not total:
        st.info(gettext("Nothing to show here. Upload documents above, or run "
                        "`flows extract DOCS --to-review`."))  # fmt: skip
        return
    pages = (total + PAGE_SIZE - 1) // PAGE_SIZE
    page = 1
    if pages > 1:
        page = int(st.number_input(gettext("Page"), 1, pages, 1, key="rv_page"))
    st.caption(
        ngettext(
            "{n} candidate, highest confidence first; page {page} of {pages}",
            "{n} candidates, highest confidence first; page {page} of {pages}",
            total,
        ).format(n=format_integer(total), page=page, pages=pages),
        help=gettext(
            "Confidence is the chance that an annotator would record the candidate as it "
            "stands, from a model learned on annotated real news. It orders the queue; it "
            "does not hide any candidate."
        ),
    )
    rows = store.list_candidates(
        None if state == "all" else state, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE
    )  # only one page is read from the store: queues can hold thousands of candidates
    for message in skipped_messages(store):
        st.warning(md_escape(message))
    from flows.review.queue import flag_duplicates

    duplicates = flag_duplicates(rows, _curated_index())
    for row in rows:
        _candidate(row, store, actor, duplicates.get(row.key))
