"""Periods of a sentence: explicit dates (parsed with dateparser, language given) and relative
ones ("en mars dernier", "ces 20 dernières années", "depuis 2014", "last year") resolved
against the publication date. Precision is kept: ``2014``, ``2022-03``, ``2022-06-09``.

Regular expressions find the date expressions first, so dateparser (slow) only ever sees a
short expression, never a whole sentence.
"""

from __future__ import annotations

import re
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


def _dated_spans(
    sentence: str, lang: str, published: str | None
) -> list[tuple[int, int, PartialDate, PartialDate]]:
    """(where the expression starts, ends, period start, period end), in text order."""
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
        for m in pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e, _, _ in found):
                continue
            span = _resolve(kind, m, lang, months, pub)
            if span is None:
                continue
            found.append((m.start(), m.end(), *span))
    found.sort(key=lambda t: t[0])
    return found


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
    spans = [t for t in _dated_spans(sentence, lang, published) if _safe(t[2]) and _safe(t[3])]
    if not spans:
        return Period(None, None)
    if focus is not None and len(spans) > 1:
        spans = _near_focus(spans, clauses(sentence, lang), focus)
    start = min((t[2] for t in spans), key=lambda p: p.earliest())
    end = max((t[3] for t in spans), key=lambda p: p.latest())
    if start.earliest() > end.latest():
        start, end = end, start
    s, e = str(start), str(end)
    return Period(s, None if e == s else e)


def _near_focus(spans, parts: list[tuple[int, int]], focus: tuple[int, int]):
    """The date spans of the clauses overlapping ``focus``, else of the nearest dated clause
    (the earlier one on a tie)."""
    lo, hi = focus

    def gap(clause: tuple[int, int]) -> int:
        return max(clause[0] - hi, lo - clause[1], 0)

    dated = [c for c in parts if any(c[0] <= t[0] < c[1] for t in spans)]
    if not dated:
        return spans
    best = min(gap(c) for c in dated)
    chosen = [c for c in dated if gap(c) == best]
    if best > 0:
        chosen = chosen[:1]
    return [t for t in spans if any(a <= t[0] < b for a, b in chosen)]
