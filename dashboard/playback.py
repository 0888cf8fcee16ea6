"""The timeline's playback: the Play / Pause / Step buttons with speed, step and window
controls, and the timer that, while playing, moves the period slider one step and reruns
the page (the script never sleeps, so every control stays live).
"""

from __future__ import annotations

import streamlit as st

from dashboard.language import in_this_language
from flows.i18n import format_decimal_text, gettext


# -- playback --------------------------------------------------------------------------------------
def _advance(labels: list[str], direction: int = 1) -> bool:
    """Move the period slider one playback step; False when the end is reached."""
    if not labels:
        return False
    first, last = st.session_state.get("f_period") or (labels[0], labels[-1])
    i0, i1 = labels.index(first), labels.index(last)
    unit = int(st.session_state.get("play_unit", 1))
    j1 = min(max(i1 + direction * unit, 0), len(labels) - 1)
    if j1 == i1:
        return False
    if st.session_state.get("play_mode", "cumulative") == "sliding window":
        window = int(st.session_state.get("play_window", 3)) * unit
        j0 = max(0, j1 - window + 1)
    else:
        j0 = min(i0, j1)
    st.session_state["f_period"] = (labels[j0], labels[j1])
    return True


def run_playback_timer(labels: list[str]) -> None:
    """While playing, a fragment re-run by the browser's timer advances the period and reruns
    the page. The script itself never sleeps, so Pause and every other control stay live.
    """
    delay = 1.0 / float(st.session_state.get("play_speed", 1.0))

    def tick() -> None:
        if st.session_state.pop("_first_tick", False):
            # the first call is the page run itself: wait for the timer
            return
        if not st.session_state.get("playing"):
            return
        if not _advance(labels):
            st.session_state["playing"] = False
        st.rerun(scope="app")

    st.session_state["_first_tick"] = True
    st.fragment(tick, run_every=delay)()


def _start_playback(labels: list[str]) -> None:
    if not labels:
        return
    first, last = st.session_state.get("f_period") or (labels[0], labels[-1])
    if last == labels[-1]:  # at the end: start again from the first period
        window = int(st.session_state.get("play_window", 3))
        sliding = st.session_state.get("play_mode", "cumulative") == "sliding window"
        unit = int(st.session_state.get("play_unit", 1))
        end = min(len(labels) - 1, window * unit - 1) if sliding else unit - 1
        st.session_state["f_period"] = (labels[0], labels[end])
    st.session_state["playing"] = True


def playback_controls(labels: list[str], precision: str) -> None:
    if len(labels) < 2:
        return
    playing = st.session_state.get("playing", False)
    c1, c2, c3, c4, c5, c6, c7 = st.columns(
        [1, 1, 1, 1.2, 1.2, 1.6, 1.1], vertical_alignment="bottom"
    )
    if playing:
        c1.button(
            gettext("⏸ Pause"),
            key="pause",
            on_click=lambda: st.session_state.update(playing=False),
            width="stretch",
        )
    else:
        c1.button(
            gettext("▶ Play"),
            key="play",
            on_click=_start_playback,
            args=(labels,),
            width="stretch",
        )
    c2.button(
        gettext("◀ Step"),
        key="step_back",
        on_click=_advance,
        args=(labels, -1),
        width="stretch",
        disabled=playing,
    )
    c3.button(
        gettext("Step ▶"),
        key="step",
        on_click=_advance,
        args=(labels, 1),
        width="stretch",
        disabled=playing,
    )
    c4.selectbox(
        gettext("Speed"),
        (0.5, 1.0, 2.0, 4.0),
        index=1,
        key="play_speed",
        format_func=in_this_language(
            lambda s: gettext("{speed} step/s").format(speed=format_decimal_text(s))
        ),
    )
    if precision == "month":
        units = {1: gettext("month"), 12: gettext("year")}
        c5.selectbox(
            gettext("Step by"),
            (1, 12),
            index=1,
            key="play_unit",
            format_func=in_this_language(units.get),
        )
    modes = {"cumulative": gettext("cumulative"), "sliding window": gettext("sliding window")}
    c6.radio(
        gettext("Playback"),
        ("cumulative", "sliding window"),
        key="play_mode",
        horizontal=True,
        format_func=in_this_language(modes.get),
    )
    c7.number_input(
        gettext("Window (steps)"),
        1,
        max(1, len(labels)),
        value=3,
        key="play_window",
        help=gettext("Length of the sliding window, in playback steps"),
    )
