"""Periods of a sentence: explicit dates (parsed with dateparser, language given) and relative
ones ("en mars dernier", "ces 20 dernières années", "depuis 2014", "last year") resolved
against the publication date. Precision is kept: ``2014``, ``2022-03``, ``2022-06-09``.

Regular expressions find the date expressions first, so dateparser (slow) only ever sees a
short expression, never a whole sentence.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from flows.dates import PartialDate

MONTHS = {
    "fr": "janvier février fevrier mars avril mai juin juillet août aout septembre octobre "
    "novembre décembre decembre".split(),
    "en": "january february march april may june july august september october november "
    "december".split(),
}
_MONTH_NUM = {
    "fr": dict(
        zip(
            MONTHS["fr"],
            [1, 2, 2, 3, 4, 5, 6, 7, 8, 8, 9, 10, 11, 12, 12],
            strict=True,
        )
    ),
    "en": {m: i for i, m in enumerate(MONTHS["en"], 1)},
}
YEAR = r"(?:19[5-9]\d|20\d\d)"
_NUM_WORDS = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "dix": 10,
    "quinze": 15, "vingt": 20, "trente": 30, "two": 2, "three": 3, "four": 4, "five": 5,
    "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30,
}  # fmt: skip
_N = r"(\d{1,2}|" + "|".join(_NUM_WORDS) + r")"


@dataclass(frozen=True)
class Period:
    start: str | None
    end: str | None

    @property
    def empty(self) -> bool:
        return self.start is None and self.end is None


def _months(lang: str) -> str:
    return "(" + "|".join(MONTHS[lang]) + ")"


@lru_cache(maxsize=4)
def _patterns(lang: str) -> list[tuple[str, re.Pattern]]:
    m = _months(lang)
    if lang == "fr":
        raw = [
            ("range", rf"\b(?:entre|de)\s+({YEAR})\s+(?:et|à)\s+({YEAR})\b"),
            ("since_year", rf"\bdepuis\s+(?:(?:le\s+)?(?:début|fin)\s+)?(?:l'année\s+)?({YEAR})\b"),
            ("last_n_years", rf"\b(?:ces|les|au cours des)\s+{_N}\s+dernières\s+années\b"),
            ("month_last", rf"\b(?:en|de|depuis)\s+{m}\s+dernier\b"),
            ("last_year", r"\b(?:l'an|l'année)\s+(?:dernier|dernière|passée?)\b"),
            ("this_year", r"\bcette\s+année\b"),
            ("last_month", r"\ble\s+mois\s+dernier\b"),
            ("day_month_year", rf"\b(\d{{1,2}}|1er)\s+{m}\s+({YEAR})\b"),
            ("month_year", rf"\b{m}\s+({YEAR})\b"),
            ("month_only", rf"\b(?:en|début|fin|mi-)\s*{m}\b(?!\s+(?:dernier|{YEAR}))"),
            ("decade", r"\bannées\s+((?:19|20)\d0)\b"),
            ("year", rf"\b({YEAR})\b"),
        ]
    else:
        raw = [
            ("range", rf"\b(?:between|from)\s+({YEAR})\s+(?:and|to)\s+({YEAR})\b"),
            ("since_year", rf"\bsince\s+(?:(?:early|late)\s+)?({YEAR})\b"),
            ("last_n_years", rf"\b(?:the\s+)?(?:past|last)\s+{_N}\s+years\b"),
            ("month_last", rf"\blast\s+{m}\b"),
            ("last_year", r"\blast\s+year\b"),
            ("this_year", r"\bthis\s+year\b"),
            ("last_month", r"\blast\s+month\b"),
            ("day_month_year", rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{m},?\s+({YEAR})\b"),
            ("month_day_year", rf"\b{m}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+({YEAR})\b"),
            ("month_year", rf"\b{m}\s+({YEAR})\b"),
            ("month_only", rf"\b(?:in|early|late|mid-)\s*{m}\b(?!\s+\d)"),
            ("decade", r"\b((?:19|20)\d0)['’]?s\b"),
            ("year", rf"\b({YEAR})\b"),
        ]
    return [(kind, re.compile(p, re.IGNORECASE)) for kind, p in raw]


@lru_cache(maxsize=2048)
def parse_explicit(expr: str, lang: str) -> date | None:
    """An explicit calendar date through dateparser, always given the language."""
    import dateparser

    try:
        parsed = dateparser.parse(expr, languages=[lang], settings={"PREFER_DAY_OF_MONTH": "first"})
    except Exception:
        return None
    return parsed.date() if parsed else None


def _num(s: str) -> int:
    s = s.lower()
    return _NUM_WORDS[s] if s in _NUM_WORDS else int(s)


def _month_before(month: int, pub: PartialDate) -> PartialDate:
    """The latest such month not after publication ("en mars dernier")."""
    ref_month = pub.month or 12
    year = pub.year if month < ref_month or (month == ref_month and pub.day) else pub.year - 1
    if pub.month is None:
        year = pub.year
    return PartialDate(year, month)


def _safe(pd: PartialDate | None) -> str | None:
    if pd is None:
        return None
    try:
        return str(PartialDate.parse(str(pd)))
    except ValueError:
        return None


def find_periods(
    sentence: str, lang: str, published: str | None = None
) -> list[tuple[PartialDate, PartialDate]]:
    """All (start, end) spans a sentence's date expressions give, in text order."""
    return [(s, e) for _, _, s, e in _dated_spans(sentence, lang, published)]


@lru_cache(maxsize=8)
def _dated_spans(
    sentence: str, lang: str, published: str | None
) -> tuple[tuple[int, int, PartialDate, PartialDate], ...]:
    """(where the expression starts, ends, period start, period end), in text order.

    Cached: every flow of a sentence asks for the same spans. Linear in the sentence: each
    pattern's matches come in text order, so they are checked against the spans already
    found (also in order) with one moving pointer, never by rescanning them.
    """
    lang = lang if lang in MONTHS else "en"
    pub: PartialDate | None = None
    if published:
        try:
            pub = PartialDate.parse(published)
        except ValueError:
            pub = None
    found: list[tuple[int, int, PartialDate, PartialDate]] = []
    months = _MONTH_NUM[lang]
    for kind, pattern in _patterns(lang):
        added: list[tuple[int, int, PartialDate, PartialDate]] = []
        i = 0  # first span of ``found`` that ends after the current match starts
        for m in pattern.finditer(sentence):
            while i < len(found) and found[i][1] <= m.start():
                i += 1
            if i < len(found) and found[i][0] < m.end():
                continue  # overlaps an expression a more specific pattern took
            span = _resolve(kind, m, lang, months, pub)
            if span is not None:
                added.append((m.start(), m.end(), *span))
        if added:
            found = list(heapq.merge(found, added, key=lambda t: t[0]))
    return tuple(found)


def _resolve(kind, m, lang, months, pub) -> tuple[PartialDate, PartialDate] | None:
    g = m.groups()
    try:
        if kind == "range":
            return PartialDate(int(g[0])), PartialDate(int(g[1]))
        if kind == "since_year":
            start = PartialDate(int(g[0]))
            return start, (pub or start)
        if kind == "decade":
            return PartialDate(int(g[0])), PartialDate(int(g[0]) + 9)
        if kind == "year":
            y = PartialDate(int(g[0]))
            return y, y
        if kind in ("day_month_year", "month_day_year"):
            d = parse_explicit(m.group(0), lang)
            if d is None:
                return None
            pd = PartialDate(d.year, d.month, d.day)
            return pd, pd
        if kind == "month_year":
            month, year = months[g[0].lower()], int(g[1])
            return PartialDate(year, month), PartialDate(year, month)
        if pub is None:
            return None  # relative expressions need the publication date
        if kind == "last_n_years":
            return PartialDate(pub.year - _num(g[0])), PartialDate(pub.year)
        if kind == "month_last" or kind == "month_only":
            pd = _month_before(months[g[0].lower()], pub)
            return pd, pd
        if kind == "last_year":
            return PartialDate(pub.year - 1), PartialDate(pub.year - 1)
        if kind == "this_year":
            return PartialDate(pub.year), PartialDate(pub.year)
        if kind == "last_month":
            month = pub.month or 1
            pd = PartialDate(pub.year - 1, 12) if month == 1 else PartialDate(pub.year, month - 1)
            if pub.month is None:
                return PartialDate(pub.year), PartialDate(pub.year)
            return pd, pd
    except (KeyError, ValueError):
        return None
    return None


# Where a clause with its own time begins: "...since 2014; in the 1990s the route...",
# "..., while in 2010 ...", "... — dans les années 1990 ...".
_CLAUSE_BREAK = {
    "fr": re.compile(
        r"[;:]\s|\s[—–]\s|,\s*(?=(?:mais\b|(?:alors|tandis|bien)\s+qu(?:e\b|['’])|même\s+s|"
        r"contrairement\b|auparavant\b|autrefois\b|jadis\b))",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"[;:]\s|\s[—–]\s|,\s*(?=(?:but|while|whereas|although|though|unlike|previously|"
        r"formerly|before\s+that)\b)",
        re.IGNORECASE,
    ),
}


def clauses(sentence: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) of the sentence's clauses, split where another time may begin."""
    out, start = [], 0
    for m in _CLAUSE_BREAK.get(lang, _CLAUSE_BREAK["en"]).finditer(sentence):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(sentence)))
    return out


def sentence_period(
    sentence: str, lang: str, published: str | None = None, focus: tuple[int, int] | None = None
) -> Period:
    """The period of a sentence, or of the flow at ``focus`` in it, precision kept.

    ``focus`` (start, end offsets in the sentence: the flow's places) picks the dates of the
    clauses that hold the flow ("from Libya to Italy since 2014; in the 1990s the route began
    in Albania" -> 2014), else of the dated clause nearest to it. Without a focus: all the
    sentence's dates. The period runs from the earliest start to the latest end of those.
    """
    dated = _dated_clauses(sentence, lang, published)
    if not dated:
        return Period(None, None)
    if focus is None or len(dated) == 1:
        chosen = dated
    else:
        chosen = _near_focus(dated, focus)
    start = min((c[2] for c in chosen), key=lambda p: p.earliest())
    end = max((c[3] for c in chosen), key=lambda p: p.latest())
    if start.earliest() > end.latest():
        start, end = end, start
    s, e = str(start), str(end)
    return Period(s, None if e == s else e)


@lru_cache(maxsize=8)
def _dated_clauses(
    sentence: str, lang: str, published: str | None
) -> tuple[tuple[int, int, PartialDate, PartialDate], ...]:
    """The sentence's clauses that hold a valid date: (start, end, earliest start, latest end
    of their dates), in order. Computed once per sentence, whatever the number of flows."""
    spans = [t for t in _dated_spans(sentence, lang, published) if _safe(t[2]) and _safe(t[3])]
    if not spans:
        return ()
    out = []
    j = 0
    for a, b in clauses(sentence, lang):
        starts, ends = [], []
        while j < len(spans) and spans[j][0] < b:
            if spans[j][0] >= a:
                starts.append(spans[j][2])
                ends.append(spans[j][3])
            j += 1
        if starts:
            out.append(
                (
                    a,
                    b,
                    min(starts, key=lambda p: p.earliest()),
                    max(ends, key=lambda p: p.latest()),
                )
            )
    return tuple(out)


def _near_focus(dated, focus: tuple[int, int]):
    """The dated clauses overlapping ``focus``, else the dated clause nearest to it (the
    earlier one on a tie). Found by bisection: a flow costs no rescan of the sentence."""
    lo, hi = focus
    ends = [c[1] for c in dated]
    first = bisect_left(ends, lo)  # first dated clause that does not end before the focus
    overlapping = []
    k = first
    while k < len(dated) and dated[k][0] <= hi:
        if max(dated[k][0] - hi, lo - dated[k][1], 0) == 0:
            overlapping.append(dated[k])
        k += 1
    if overlapping:
        return overlapping
    before = dated[first - 1] if first > 0 else None
    after = dated[first] if first < len(dated) else None
    if before is None:
        return [after]
    if after is None:
        return [before]
    return [before] if lo - before[1] <= after[0] - hi else [after]
