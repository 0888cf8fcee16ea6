"""Load problems as the page shows them: the first few, a count of the rest, markdown escaped.

Issues quote record text (ids, place names, titles): Streamlit renders alerts as markdown,
so ``[x](javascript:...)``, ``**``, ``$`` (LaTeX) and ``:red[...]`` must show as typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from flows.i18n import format_integer, ngettext

SHOWN_ISSUES = 5

# Characters Streamlit's markdown gives a meaning to (CommonMark, LaTeX $, :emoji:/:colour[]).
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")


def escape_markdown(text: str) -> str:
    r"""``text`` with every markdown character backslash-escaped.

    >>> escape_markdown("[x](javascript:alert(1)) **b**")
    '\\[x\\]\\(javascript\\:alert\\(1\\)\\) \\*\\*b\\*\\*'
    """
    return _MARKDOWN.sub(r"\\\1", str(text))


def issue_messages(issues: Sequence[str], limit: int = SHOWN_ISSUES) -> list[str]:
    """Markdown-safe messages: the first ``limit`` issues, then how many more there are."""
    shown = [escape_markdown(i) for i in issues[:limit]]
    more = len(issues) - limit
    if more > 0:
        shown.append(
            ngettext(
                "and {n} more issue (run `flows validate` to see them all)",
                "and {n} more issues (run `flows validate` to see them all)",
                more,
            ).format(n=format_integer(more))
        )
    return shown


__all__ = ["SHOWN_ISSUES", "escape_markdown", "issue_messages"]
