"""Saved views and briefing navigation: the sidebar's list of saved views (open, previous,
next, delete, save the current view, personal or team), the briefing bar's Previous / Next
buttons and briefing toggle, and opening a view (its filter values checked against the
data).
"""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from dashboard.language import in_reader_language, in_this_language
from dashboard.page_state import apply_view, checked_view
from flows import messages as msg
from flows.access import AccessDenied
from flows.filter_check import view_fields
from flows.i18n import format_integer, get_language, gettext, ngettext
from flows.team_views import PERSONAL, TEAM, SavedView, delete_view, list_views, save_view
from flows.views import View, ViewError


def _workspace():
    from flows.workspace import workspace_dir

    return workspace_dir()


def open_view(views: list[View], index: int, labels: list[str], precision: str) -> None:
    if 0 <= index < len(views):
        view = views[index]
        view = checked_view(
            view,
            view_fields(f"saved view '{view.name}'"),
            gettext(msg.VIEW_VALUES_LEFT_OUT).format(name=view.name),
        )
        apply_view(view, labels, precision)
        st.session_state["v_pick"] = index
        st.session_state["selection"] = None


def _saving_scope() -> str | None:
    """Where "Save current view" writes: the team file for an admin without sign-in (one
    laptop) or who ticks "share"; personal views for anyone signed in; None: cannot save."""
    from dashboard.signin import access_settings, current_actor

    actor = current_actor()
    if actor is None:
        return None
    if not access_settings().sign_in:
        return TEAM if actor.may("share_views") else None
    return TEAM if st.session_state.get("v_share") and actor.may("share_views") else PERSONAL


@in_reader_language
def _save_current(labels: list[str], precision: str) -> None:
    from dashboard.signin import current_actor

    name = (st.session_state.get("v_name") or "").strip()
    if not name:
        st.session_state["views_message"] = (
            "error",
            gettext("Give the view a name before saving it."),
        )
        return
    # A saved view keeps the language it is seen in.
    view = replace(st.session_state["view"], name=name, lang=get_language())
    scope = _saving_scope()
    try:
        if scope is None:
            raise AccessDenied(gettext("saving views needs a sign-in or the admin role"))
        views = save_view(_workspace(), current_actor(), view, scope)
    except (OSError, ViewError, AccessDenied) as exc:
        message = gettext("The view was not saved: {error}").format(error=exc)
        st.session_state["views_message"] = ("error", message)
        return
    st.session_state["view"] = view
    st.session_state["v_share"] = False  # sharing is asked for each time, never left on
    try:  # select the saved view in the list
        saved = list_views(_workspace(), current_actor(), personal=_signed_in())
        st.session_state["v_pick"] = next(
            i for i, s in enumerate(saved) if s.scope == scope and s.view.name == name
        )
    except (OSError, ViewError, StopIteration):
        st.session_state.pop("v_pick", None)
    if not _signed_in():
        done = ngettext(
            "Saved view '{name}' ({n} view).", "Saved view '{name}' ({n} views).", len(views)
        )
    elif scope == TEAM:
        done = ngettext(
            "Saved view '{name}' for the team ({n} team view).",
            "Saved view '{name}' for the team ({n} team views).",
            len(views),
        )
    else:
        done = ngettext(
            "Saved view '{name}' in your own views ({n}).",
            "Saved view '{name}' in your own views ({n}).",
            len(views),
        )
    message = done.format(name=name, n=format_integer(len(views)))
    st.session_state["views_message"] = ("success", message)


@in_reader_language
def _delete_view(saved: SavedView) -> None:
    from dashboard.signin import current_actor

    try:
        delete_view(_workspace(), current_actor(), saved.view.name, saved.scope)
    except (OSError, ViewError, AccessDenied) as exc:
        message = gettext("The view was not deleted: {error}").format(error=exc)
        st.session_state["views_message"] = ("error", message)
        return
    st.session_state.pop("v_pick", None)
    st.session_state["views_message"] = (
        "success",
        gettext("Deleted view '{name}'.").format(name=saved.view.name),
    )


def _signed_in() -> bool:
    from dashboard.signin import access_settings

    return access_settings().sign_in


def views_controls(labels: list[str], precision: str) -> list[View]:
    from dashboard.signin import current_actor

    st.subheader(gettext("Saved views"))
    actor = current_actor()
    try:
        saved = list_views(_workspace(), actor, personal=_signed_in())
    except (OSError, ViewError) as exc:
        st.error(str(exc))
        saved = []
    views = [s.view for s in saved]
    message = st.session_state.pop("views_message", None)
    if message:
        (st.error if message[0] == "error" else st.success)(message[1])
    if saved:
        pick = st.session_state.get("v_pick")
        if not isinstance(pick, int) or not 0 <= pick < len(saved):
            st.session_state["v_pick"] = 0
        st.selectbox(
            gettext("View"),
            range(len(saved)),
            format_func=in_this_language(lambda i: saved[i].label),
            index=st.session_state["v_pick"],
            key="v_pick",
        )
        index = st.session_state["v_pick"]
        c1, c2, c3 = st.columns(3)
        c1.button(
            gettext("Open"),
            on_click=open_view,
            args=(views, index, labels, precision),
            width="stretch",
        )
        current = st.session_state["view"].name
        names = [v.name for v in views]
        pos = names.index(current) if current in names else -1
        c2.button(
            "◀",
            help=gettext("Previous view"),
            on_click=open_view,
            args=(views, max(pos - 1, 0), labels, precision),
            disabled=pos <= 0,
            width="stretch",
            key="v_prev_side",
        )
        c3.button(
            "▶",
            help=gettext("Next view"),
            on_click=open_view,
            args=(views, pos + 1, labels, precision),
            disabled=pos >= len(views) - 1,
            width="stretch",
            key="v_next_side",
        )
        chosen = saved[index]
        may_delete = chosen.scope == PERSONAL or (actor is not None and actor.may("share_views"))
        if may_delete:
            st.button(gettext("Delete this view"), on_click=_delete_view, args=(chosen,))
    scope_now = _saving_scope()
    if scope_now is None:
        st.caption(gettext("Saved views are chosen by the team's admins."))
        return views
    st.text_input(
        gettext("Name of the current view"),
        key="v_name",
        placeholder=gettext("e.g. Balkan weapons 2015-2020"),
    )
    if _signed_in() and actor is not None and actor.may("share_views"):
        st.checkbox(
            gettext("Share with the team"),
            key="v_share",
            help=gettext("Team views are seen by everyone; yours stay yours."),
        )
    st.button(
        gettext("Save current view"),
        on_click=_save_current,
        args=(labels, precision),
        type="primary",
    )
    return views


def briefing_nav(views: list[View], labels: list[str], precision: str) -> None:
    names = [v.name for v in views]
    current = st.session_state["view"].name
    pos = names.index(current) if current in names else -1
    c0, c1, c2, c3 = st.columns([6, 1, 1, 1.6])
    if views:
        c0.caption(
            gettext("View {n} of {total}").format(n=pos + 1, total=len(views))
            if pos >= 0
            else ngettext("{n} saved view", "{n} saved views", len(views)).format(n=len(views))
        )
        c1.button(
            gettext("◀ Previous"),
            on_click=open_view,
            args=(views, max(pos - 1, 0), labels, precision),
            disabled=pos <= 0,
            key="v_prev",
            width="stretch",
        )
        c2.button(
            gettext("Next ▶"),
            on_click=open_view,
            args=(views, pos + 1, labels, precision),
            disabled=pos >= len(views) - 1,
            key="v_next",
            width="stretch",
        )
    # its current value as default: see dashboard.sidebar (a first visit's ?brief=1)
    c3.toggle(
        gettext("Briefing mode"), value=bool(st.session_state.get("briefing")), key="briefing"
    )
