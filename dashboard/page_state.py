"""The explorer's session state and its URL: the view put into the widgets, the first run's
state read from the link (its filter values checked against the data), and the URL kept in
step with the view on screen (``?brief=1`` for briefing mode).
"""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from dashboard.cached_data import filter_vocabulary
from dashboard.data import data_signature, extra_data_env
from dashboard.state import default_view, view_to_widgets
from flows import messages as msg
from flows.filter_check import URL_FIELDS, resolve_filters
from flows.i18n import gettext
from flows.views import View, ViewError, view_from_query_params, view_to_query_params


# -- state ---------------------------------------------------------------------------------------
def apply_view(view: View, labels: list[str], precision: str, with_language: bool = True) -> None:
    """Put ``view`` into the widgets (only valid before the widgets run: callbacks, start).

    A view without a language keeps the reader's; ``with_language=False`` leaves the language
    widget alone (at the start of a page it already shows the URL's language).
    """
    for key, value in view_to_widgets(view, labels, precision).items():
        if key == "v_lang" and (not value or not with_language):
            continue
        st.session_state[key] = value
    st.session_state["view"] = view


def checked_view(view: View, fields: dict[str, str], heading: str) -> View:
    """``view`` with its filter values in canonical form; the values that name nothing in
    the data are left out and listed for the page to show under ``heading``."""
    from geodata.gazetteer import load_gazetteer

    vocab = filter_vocabulary(data_signature(), extra_data_env())
    f = view.filters
    gazetteer = load_gazetteer() if (f.origins or f.destinations or f.transits) else None
    filters, problems = resolve_filters(f, vocab, gazetteer, fields)
    if problems:
        st.session_state["filter_problems"] = (heading, [str(p) for p in problems])
    return replace(view, filters=filters)


def init_state(labels: list[str], precision: str) -> None:
    if "view" in st.session_state:
        return
    view = default_view()
    params = st.query_params.to_dict()
    if params:
        try:
            view = view_from_query_params(params)
        except ViewError as exc:
            st.session_state["url_error"] = str(exc)
        else:
            view = checked_view(view, URL_FIELDS, gettext(msg.URL_VALUES_LEFT_OUT))
    apply_view(view, labels, precision, with_language=False)
    st.session_state.setdefault("briefing", _one_param(params, BRIEFING_PARAM) == "1")
    st.session_state.setdefault("playing", False)


BRIEFING_PARAM = "brief"  # ?brief=1 opens the page in briefing mode (not part of the view)


def _one_param(params: dict, key: str) -> str | None:
    value = params.get(key)
    if isinstance(value, list | tuple):
        return str(value[-1]) if value else None
    return None if value is None else str(value)


def sync_url(view: View) -> None:
    params = view_to_query_params(view)
    if st.session_state.get("briefing"):
        params[BRIEFING_PARAM] = "1"
    if st.query_params.to_dict() != params:
        st.query_params.from_dict(params)
