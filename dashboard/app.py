"""Entry point: ``streamlit run dashboard/app.py``. Wires the pages together.

Pages: Explorer (the map) and Review (extracted records), when the review page is installed.
On a team server (``[auth]`` in .streamlit/secrets.toml) nothing shows before sign-in.
"""

from __future__ import annotations

import sys
from pathlib import Path

# `streamlit run dashboard/app.py` puts dashboard/ on sys.path, not the repository root.
_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

import streamlit as st  # noqa: E402

from dashboard.explorer import render_explorer_page  # noqa: E402
from dashboard.language import apply_language, language_picker  # noqa: E402
from dashboard.signin import render_account, sign_in_gate  # noqa: E402
from flows.i18n import gettext  # noqa: E402
from flows.texts import app_title  # noqa: E402


def _pages() -> list:
    pages = [
        st.Page(render_explorer_page, title=gettext("Explorer"), url_path="explorer", default=True)
    ]
    try:
        from dashboard.review_page import render_review_page
    except ImportError:
        return pages  # the review page is optional: the explorer works without it
    pages.append(st.Page(render_review_page, title=gettext("Review"), url_path="review"))
    return pages


def main() -> None:
    # The language first: every text of the run, the page title included, is written in it.
    apply_language()
    st.set_page_config(
        page_title=app_title(),
        layout="wide",
        initial_sidebar_state="expanded",
    )
    language_picker()  # the sign-in screen too can be read in French
    actor = sign_in_gate()  # stops here with a sign-in screen when sign-in is on
    navigation = st.navigation(_pages())
    render_account(actor)
    navigation.run()


main()
