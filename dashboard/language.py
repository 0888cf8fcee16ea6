"""The reader's language in the dashboard: chosen in the sidebar, kept in the URL and in saved
views, and on a first visit taken from the browser (``st.context.locale``, else its
``Accept-Language`` header), else from the ``FLOWS_LANG`` setting.

The language is set once at the top of every run (:func:`apply_language`), before any text is
written, so the whole page, its exports and its messages use the same catalogue.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import streamlit as st

from flows.i18n import (
    LANGUAGES,
    default_language,
    get_language,
    gettext,
    language_name,
    negotiate,
    normalize_language,
    set_language,
    use_language,
)

T = TypeVar("T")
R = TypeVar("R")

LANGUAGE_KEY = "v_lang"


def in_this_language(func: Callable[[T], str]) -> Callable[[T], str]:
    """``func`` bound to the language of this run: a widget's ``format_func`` may be called
    outside the script run (AppTest formats options in its own thread), and must still say
    the labels the page shows."""
    lang = get_language()

    def formatted(value: T) -> str:
        with use_language(lang):
            return func(value)

    return formatted


def browser_language() -> str | None:
    """The browser's language when Streamlit tells it and the atlas has a catalogue for it."""
    try:
        found = normalize_language(st.context.locale)
    except Exception:  # noqa: BLE001 - older Streamlit or no browser (AppTest)
        found = None
    if found:
        return found
    try:
        return negotiate(st.context.headers.get("Accept-Language"))
    except Exception:  # noqa: BLE001
        return None


def apply_language() -> str:
    """Decide this run's language and set it for every text written in the run.

    Order: the sidebar choice (session state), the URL's ``lang``, the browser, the setting.
    """
    ss = st.session_state
    lang = normalize_language(ss.get(LANGUAGE_KEY))
    if lang is None:
        lang = normalize_language(st.query_params.get("lang"))
        lang = lang or browser_language() or default_language()
        ss[LANGUAGE_KEY] = lang
    return set_language(lang)


def in_reader_language(callback: Callable[..., None]) -> Callable[..., None]:
    """A widget callback that writes its messages in the reader's language: callbacks run
    before the page (and :func:`apply_language`), so they set the language themselves."""

    def run(*args, **kwargs) -> None:
        with use_language(normalize_language(st.session_state.get(LANGUAGE_KEY))):
            callback(*args, **kwargs)

    run.__name__ = getattr(callback, "__name__", "callback")
    run.__doc__ = callback.__doc__
    return run


def spinner_the_first_time(
    cached: Callable[..., R], message: Callable[[], str]
) -> Callable[..., R]:
    """``cached`` (an ``st.cache_resource`` function with ``show_spinner=False``) behind a
    spinner whose words are the reader's, shown only while a value is first computed: a
    cached function's own spinner text is fixed when it is decorated, and a spinner on every
    rerun would shift the page under the reader's mouse."""
    done: set = set()

    def call(*args):
        if args in done:
            return cached(*args)
        with st.spinner(message()):
            value = cached(*args)
            done.add(args)  # before the spinner goes: a rerun asked meanwhile starts there
        return value

    call.ready = lambda *args: args in done  # type: ignore[attr-defined]
    return call


def language_picker() -> None:
    """The sidebar's language choice (each language named in its own words)."""
    current = st.session_state.get(LANGUAGE_KEY)
    st.sidebar.selectbox(
        gettext("Language"),
        LANGUAGES,
        # its current value as default: see dashboard.sidebar (a first visit's ?lang=fr)
        index=LANGUAGES.index(current) if current in LANGUAGES else 0,
        key=LANGUAGE_KEY,
        format_func=language_name,
        help=gettext("The language of the page, the map and every export"),
    )


__all__ = [
    "LANGUAGE_KEY",
    "apply_language",
    "browser_language",
    "in_reader_language",
    "in_this_language",
    "language_picker",
    "spinner_the_first_time",
]
