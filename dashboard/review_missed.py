"""Review page part: add a flow the extractor missed, from a document of the queue.

The reviewer picks a document, reads its text (escaped: documents are untrusted), quotes the
sentence that states the flow and fills in the flow. The store checks the quote, the fields and
the reviewer's role, and records the flow as accepted with an ``add`` entry in the audit trail.
"""

from __future__ import annotations

import html

import streamlit as st

from dashboard.language import in_this_language
from dashboard.review_page import flow_fields, md_escape, place_text, why_disabled
from flows.access import AccessDenied, Actor
from flows.i18n import format_integer, gettext, ngettext
from flows.review.edits import format_place
from flows.vocab import CATEGORIES, category_label


def document_label(doc: tuple[str, str, str | None, int]) -> str:
    """``"Title · id · 3 candidates"`` for the document picker (options are shown as plain
    text, never as markdown)."""
    _, doc_id, title, n = doc
    count = ngettext("{n} candidate", "{n} candidates", n).format(n=format_integer(n))
    return f"{' '.join((title or '').split()) or doc_id} · {doc_id} · {count}"


@st.cache_data(show_spinner=False, max_entries=64)
def places_in(content_hash: str, text: str, lang: str | None) -> list[str]:
    """The places the extractor finds in a document, as ``"Name (CC)"`` (the form the origin,
    destination and via fields read), in order of first mention. ``content_hash`` keys the
    cache; the text is hashed by Streamlit too, so a changed document is read again."""
    from dashboard.review_page import _extractor
    from flows.extract.readers import Document

    # with the demonyms: "the Libyan coast" gives a flow its endpoint (ANNOTATION.md)
    result = _extractor().places(Document(id=content_hash, text=text, lang=lang), demonyms=True)
    out: list[str] = []
    for m in result.mentions:
        label = format_place(m.place.name, m.place.country_code, m.place.kind)
        if label not in out:
            out.append(label)
    return out


@st.cache_resource(show_spinner=False)
def _place_key():
    """Places compared as the gazetteer resolves them ("Turkey" is "Türkiye"), read once."""
    from dashboard.review_page import _extractor
    from flows.review.queue import gazetteer_place_key

    return gazetteer_place_key(_extractor().scanner.gazetteer)


# Keys of the add form's fields, by the flow field they hold.
FORM_KEYS = {
    "category": "rv_add_cat",
    "commodity": "rv_add_com",
    "origin": "rv_add_org",
    "destination": "rv_add_dst",
    "via": "rv_add_via",
    "period_start": "rv_add_ps",
    "period_end": "rv_add_pe",
}
OPEN_KEY = "rv_add_open"  # the expander's state: open when a card fills the form in
_SCROLL_KEY = "rv_add_scroll"  # set by a card's button: bring the filled-in form into view
# The page scrolls from the card up to the form (a same-origin component frame, no network).
_SCROLL_SCRIPT = (
    "<script>const el = window.parent.document.querySelector('.st-key-rv_add_open');"
    "if (el) { el.scrollIntoView({block: 'start'}); }</script>"
)


def prefill_values(row) -> dict[str, object]:
    """The add form's widget values for "another flow from this sentence" of the candidate
    ``row``: its document, its evidence quoted as stored and its fields (the reviewer changes
    the end that differs)."""
    r = row.record
    src = r.sources[0]
    start, end = src.evidence_start, src.evidence_end
    quote = row.doc_text[start:end] if start is not None and end else (src.evidence or "")
    values = {
        "rv_add_doc": row.content_hash,
        "rv_add_evidence": quote,
        FORM_KEYS["category"]: r.category,
        FORM_KEYS["commodity"]: r.commodity or "",
        FORM_KEYS["origin"]: place_text(r.origin),
        FORM_KEYS["destination"]: place_text(r.destination),
        FORM_KEYS["via"]: "; ".join(place_text(v) for v in r.via),
        FORM_KEYS["period_start"]: r.period_start or "",
        FORM_KEYS["period_end"]: r.period_end or "",
    }
    return values


def prefill_add_form(row) -> None:
    """Button callback of a card: open the add form with the card's document and sentence.
    (A callback runs before the page, so it may set the form's widget values.)"""
    st.session_state.update(prefill_values(row))
    st.session_state[OPEN_KEY] = True
    st.session_state[_SCROLL_KEY] = True
    st.session_state["rv_flash"] = gettext(
        "The form “Add a flow the extractor missed” above now holds this sentence: change "
        "the end that differs and add the flow."
    )


def render_add_missed(store, actor: Actor) -> None:
    """The expander "Add a flow the extractor missed" (disabled for viewers)."""
    from flows.review.store import ReviewError

    documents = store.list_documents()
    if not documents:
        return
    if st.session_state.pop(_SCROLL_KEY, False):
        import streamlit.components.v1 as components

        components.html(_SCROLL_SCRIPT, height=0)
    with st.expander(
        gettext("Add a flow the extractor missed"),
        icon=":material/add_circle:",
        key=OPEN_KEY,
        on_change="rerun",  # tracked, so that a card's "another flow" button can open it
    ):
        st.caption(
            gettext(
                "Read a document of the queue, quote the sentence that states the flow and "
                "fill it in. It joins the map as reviewed, and the audit trail records who "
                "added it."
            )
        )
        by_hash = {d[0]: d for d in documents}
        chosen = st.selectbox(
            gettext("Document"),
            list(by_hash),
            format_func=lambda h: document_label(by_hash[h]),
            key="rv_add_doc",
        )
        doc = store.get_document(chosen)
        with st.container(height=220, border=True):
            st.html(
                '<div class="review-document" style="white-space:pre-wrap;line-height:1.5">'
                f"{html.escape(doc.text)}</div>"
            )
        places = places_in(doc.content_hash, doc.text, doc.lang)
        if places:
            st.caption(
                md_escape(
                    gettext("Places in the text, as the fields take them: {places}").format(
                        places="; ".join(places)
                    )
                )
            )
        off = not actor.may("review")
        why = why_disabled(actor)
        with st.form(key="rv_add_form", clear_on_submit=False):
            evidence = st.text_area(
                gettext("Evidence: the sentence of the document, quoted exactly"),
                key="rv_add_evidence",
                disabled=off,
            )
            c1, c2, c3 = st.columns(3)
            values = {
                "category": c1.selectbox(
                    gettext("Category"),
                    CATEGORIES,
                    format_func=in_this_language(category_label),
                    key=FORM_KEYS["category"],
                    disabled=off,
                ),
                "commodity": c1.text_input(
                    gettext("Commodity"), key=FORM_KEYS["commodity"], disabled=off
                ),
                "origin": c2.text_input(gettext("Origin"), key=FORM_KEYS["origin"], disabled=off),
                "destination": c2.text_input(
                    gettext("Destination"), key=FORM_KEYS["destination"], disabled=off
                ),
                "via": c2.text_input(
                    gettext("Via (separate with ;)"), key=FORM_KEYS["via"], disabled=off
                ),
                "period_start": c3.text_input(
                    gettext("Period start"), key=FORM_KEYS["period_start"], disabled=off
                ),
                "period_end": c3.text_input(
                    gettext("Period end"), key=FORM_KEYS["period_end"], disabled=off
                ),
            }
            comment = st.text_input(
                gettext("Comment (why; kept in the audit trail)"), key="rv_add_comment",
                disabled=off,
            )  # fmt: skip
            pressed = st.form_submit_button(
                gettext("Add the flow"), type="primary", disabled=off, help=why
            )
        if not pressed:
            return
        try:
            record = store.add_missed(
                doc.content_hash,
                flow_fields(values),
                evidence,
                actor=actor,
                comment=comment,
                place_key=_place_key(),
            )
        except (ReviewError, AccessDenied) as exc:
            st.error(md_escape(str(exc)))
            return
        o = record.origin.name if record.origin else "?"
        d = record.destination.name if record.destination else "?"
        st.session_state["rv_flash"] = gettext("Added: {route}").format(route=f"{o} → {d}")
        st.rerun()
