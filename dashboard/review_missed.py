"""Review page part: add a flow the extractor missed, from a document of the queue.

The reviewer picks a document, reads its text (escaped: documents are untrusted), quotes the
sentence that states the flow and fills in the flow. The store checks the quote, the fields and
the reviewer's role, and records the flow as accepted with an ``add`` entry in the audit trail.
"""

from __future__ import annotations

import html

import streamlit as st

from dashboard.language import in_this_language
from dashboard.review_page import flow_fields, md_escape, why_disabled
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

    result = _extractor().places(Document(id=content_hash, text=text, lang=lang))
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


def render_add_missed(store, actor: Actor) -> None:
    """The expander "Add a flow the extractor missed" (disabled for viewers)."""
    from flows.review.store import ReviewError

    documents = store.list_documents()
    if not documents:
        return
    with st.expander(gettext("Add a flow the extractor missed"), icon=":material/add_circle:"):
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
                    key="rv_add_cat",
                    disabled=off,
                ),
                "commodity": c1.text_input(gettext("Commodity"), key="rv_add_com", disabled=off),
                "origin": c2.text_input(gettext("Origin"), key="rv_add_org", disabled=off),
                "destination": c2.text_input(
                    gettext("Destination"), key="rv_add_dst", disabled=off
                ),
                "via": c2.text_input(
                    gettext("Via (separate with ;)"), key="rv_add_via", disabled=off
                ),
                "period_start": c3.text_input(
                    gettext("Period start"), key="rv_add_ps", disabled=off
                ),
                "period_end": c3.text_input(gettext("Period end"), key="rv_add_pe", disabled=off),
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
