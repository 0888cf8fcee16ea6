"""Filter values checked against the data's vocabularies and the gazetteer.

Wrong input is an error, not an empty answer: ``--category weapon`` or ``?org=Ukrain`` must
not give a confident map titled as if it were right. Every filter value that comes from the
command line, the URL or a saved view goes through :func:`resolve_filters`, which

- accepts values case- and accent-insensitively (``Weapons``, ``Migrant smuggling``,
  ``Reviewed``, ``ukraine``, ``l'Allemagne``) and returns them in their canonical form;
- accepts names of places and countries where codes work (``Ukraine`` -> ``UA``,
  ``Western Balkans`` -> ``region:western-balkans``, ``EU``, ``Kyiv``);
- reports every other value as a :class:`Problem` with a "did you mean" when one is close.

No Streamlit and no pandas here: the vocabulary is built by the caller from its table
(:func:`vocabulary_of_table` does it for a record table).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

import pandas as pd

from flows import messages as msg
from flows.i18n import gettext
from flows.views import Filters
from flows.vocab import CATEGORIES, CATEGORY_LABELS, VERIFICATIONS
from geodata.normalize import fold_key

#: Statuses a map can show (rejected records never reach it).
STATUS_FILTERS: tuple[str, ...] = ("curated", "reviewed", "extracted")

#: How each filter field is named on each channel, for messages.
CLI_FIELDS: dict[str, str] = {
    "categories": "--category",
    "commodities": "--commodity",
    "origins": "--origin",
    "destinations": "--destination",
    "transits": "--via",
    "actors": "--actor",
    "statuses": "--status",
    "verifications": "--verification",
    "period": "--from/--to",
}
URL_FIELDS: dict[str, str] = {
    "categories": "URL parameter 'cat'",
    "commodities": "URL parameter 'com'",
    "origins": "URL parameter 'org'",
    "destinations": "URL parameter 'dst'",
    "transits": "URL parameter 'via'",
    "actors": "URL parameter 'act'",
    "statuses": "URL parameter 'st'",
    "verifications": "URL parameter 'ver'",
    "period": "URL parameters 'from'/'to'",
}


def view_fields(where: str) -> dict[str, str]:
    """Field names for a saved view: ``views.json: view 'Balkans', filters.categories``."""
    return {name: f"{where}, filters.{name}" for name in CLI_FIELDS}


@dataclass(frozen=True)
class Vocabulary:
    """What filter values can be for one dataset.

    ``places`` maps every code or place id the data uses (countries as ISO alpha-2, regions,
    seas, cities as place ids) to its display name; ``period`` is the data's span in decimal
    years, end exclusive, and ``precision`` is ``"year"`` or ``"month"``.
    """

    commodities: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    places: Mapping[str, str] = field(default_factory=dict)
    period: tuple[float, float] | None = None
    precision: str = "year"
    categories: tuple[str, ...] = CATEGORIES
    category_labels: Mapping[str, str] = field(default_factory=lambda: dict(CATEGORY_LABELS))
    statuses: tuple[str, ...] = STATUS_FILTERS
    verifications: tuple[str, ...] = VERIFICATIONS


@dataclass(frozen=True)
class Problem:
    """One wrong filter value: the field (as the channel names it), the value, why, and
    the closest valid values."""

    field: str
    value: str
    reason: str
    suggestions: tuple[str, ...] = ()

    def __str__(self) -> str:
        text = gettext(msg.FILTER_PROBLEM).format(
            field=self.field, value=self.value, reason=self.reason
        )
        if self.suggestions:
            quoted = gettext(msg.OR).join(f"'{s}'" for s in self.suggestions)
            text += " " + gettext(msg.DID_YOU_MEAN).format(suggestions=quoted)
        return text


class FilterError(ValueError):
    """Filter values that name nothing in the data; ``problems`` lists each of them."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


# -- matching ------------------------------------------------------------------------------------
def fold(text: str) -> str:
    """The comparison key of a value: case, accents, ``_``/``-`` and spaces folded.

    >>> fold("Migrant_Smuggling"), fold("Réviewed "), fold("migrant smuggling")
    ('migrant smuggling', 'reviewed', 'migrant smuggling')
    """
    return fold_key(str(text))


def _closest(value: str, choices: Mapping[str, str], limit: int = 2) -> tuple[str, ...]:
    """Display forms of the ``choices`` (folded key -> display) closest to ``value``."""
    from rapidfuzz import fuzz, process, utils

    key = fold(value)
    if not key or not choices:
        return ()
    found = process.extract(
        key,
        list(choices),
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        limit=limit * 3,
        score_cutoff=72,
    )
    out = [choices[match] for match, _, _ in found]
    return tuple(dict.fromkeys(out))[:limit]


def _lookup(keys: Mapping[str, str], value: str) -> str | None:
    return keys.get(fold(value))


def _keyed(values: Iterable[str], extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """Folded key -> canonical value, for the values themselves and their labels."""
    out = {fold(v): v for v in values if v}
    for canonical, label in (extra or {}).items():
        out.setdefault(fold(label), canonical)
    return out


def _list(values: Iterable[str], limit: int = 8) -> str:
    values = list(values)
    shown = ", ".join(values[:limit])
    return shown + (
        gettext(msg.AND_MORE).format(n=len(values) - limit) if len(values) > limit else ""
    )


def _check_words(
    name: str,
    values: tuple[str, ...],
    allowed: tuple[str, ...],
    labels: Mapping[str, str] | None,
    what: str,
    fields: Mapping[str, str],
) -> tuple[tuple[str, ...], list[Problem]]:
    keys = _keyed(allowed, labels)
    display = {fold(v): v for v in allowed}
    for canonical, label in (labels or {}).items():
        display.setdefault(fold(label), canonical)
    out, problems = [], []
    for value in values:
        found = _lookup(keys, value)
        if found is not None:
            out.append(found)
            continue
        suggestions = _closest(value, display)
        reason = gettext(msg.NOT_A).format(what=what)
        if not suggestions and allowed:
            reason += "; " + gettext(msg.USE_ONE_OF).format(values=_list(allowed, 10))
        problems.append(Problem(fields.get(name, name), value, reason, suggestions))
    return tuple(dict.fromkeys(out)), problems


_REGION_SLUG = re.compile(r"^[a-z][a-z0-9-]*$")


def resolve_place_value(value: str, vocab: Vocabulary, gazetteer=None) -> str | None:
    """The filter code of a place value, or None when it names nothing.

    Codes and place ids of the data are kept (``UA``, ``region:western-balkans``); country
    codes in any case (``ua``, ``UKR``) become ISO alpha-2; names of places in the data
    and in the gazetteer, in any language it knows, become their code or id.
    """
    text = value.strip()
    if not text:
        return None
    if text.startswith("country:"):
        text = text.split(":", 1)[1]
    if text in vocab.places:
        return text
    upper = text.upper()
    if upper in vocab.places and len(upper) == 2:
        return upper
    by_name = {fold(name): code for code, name in vocab.places.items()}
    by_id = {fold(code): code for code in vocab.places}
    key = fold(text)
    if key in by_id:
        return by_id[key]
    if key in by_name:
        return by_name[key]
    if _REGION_SLUG.match(text.lower()):
        for prefix in ("region:", "sea:", "route:"):
            if prefix + text.lower() in vocab.places:
                return prefix + text.lower()
    if gazetteer is None:
        return None
    # ISO codes in any case ("ua", "ukr"): the gazetteer takes them in upper case only
    candidates = [text] if text.upper() == text or len(text) > 3 else [text, text.upper()]
    for candidate in candidates:
        place = gazetteer.resolve(candidate, demonyms=False).place
        if place is None:
            continue
        if place.id in vocab.places:
            return place.id
        if place.kind == "country" and place.country_code:
            return place.country_code
        return place.id
    return None


def _place_suggestions(value: str, vocab: Vocabulary, gazetteer=None) -> tuple[str, ...]:
    names = {fold(name): name for name in vocab.places.values()}
    found = list(_closest(value, names, limit=2))
    if gazetteer is not None and len(found) < 2:
        # names of places only: no nationality words ("ukrainien") as a suggestion
        found += [
            s
            for s in gazetteer.suggest(value, limit=4)
            if fold(s) not in map(fold, found) and gazetteer.resolve(s, demonyms=False).place
        ]
    return tuple(dict.fromkeys(found))[:2]


def _check_places(
    name: str, values: tuple[str, ...], vocab: Vocabulary, gazetteer, fields: Mapping[str, str]
) -> tuple[tuple[str, ...], list[Problem]]:
    out, problems = [], []
    for value in values:
        code = resolve_place_value(value, vocab, gazetteer)
        if code is None:
            problems.append(
                Problem(
                    fields.get(name, name),
                    value,
                    gettext(msg.NOT_A_PLACE),
                    _place_suggestions(value, vocab, gazetteer),
                )
            )
        else:
            out.append(code)
    return tuple(dict.fromkeys(out)), problems


def describe_span(period: tuple[float, float] | None) -> str:
    from flows.views import describe_period

    return describe_period(period, missing=gettext(msg.NO_DATES))


def _check_period(
    period: tuple[float, float] | None, vocab: Vocabulary, fields: Mapping[str, str]
) -> tuple[tuple[float, float] | None, list[Problem]]:
    if period is None:
        return None, []
    label = fields.get("period", "period")
    start, end = period
    asked = _asked_period(start, end)
    data = vocab.period
    if data is None:
        if math.isinf(start) or math.isinf(end):
            return None, [Problem(label, asked, gettext(msg.NO_DATES))]
        return (start, end), []
    if end <= data[0] or start >= data[1]:
        outside = gettext(msg.PERIOD_OUTSIDE).format(span=describe_span(data))
        return None, [Problem(label, asked, outside)]
    # an open end is the data's own first or last period
    start = data[0] if math.isinf(start) else start
    end = data[1] if math.isinf(end) else end
    if end <= start:
        return None, [Problem(label, asked, gettext(msg.PERIOD_BACKWARDS))]
    return (start, end), []


def _asked_period(start: float, end: float) -> str:
    """The period as typed: ``2014 to 2019``, ``from 2014``, ``until 2019-06``."""
    from flows.periods import period_label

    whole = all(math.isinf(t) or abs(t - round(t)) < 1e-6 for t in (start, end))
    step = 1.0 if whole else 1 / 12
    unit = "year" if step == 1.0 else "month"
    first = None if math.isinf(start) else period_label(start, unit)
    last = None if math.isinf(end) else period_label(end - step / 2, unit)
    if first and last:
        return gettext(msg.PERIOD_SPAN).format(start=first, end=last)
    return (
        gettext(msg.PERIOD_FROM).format(start=first)
        if first
        else gettext(msg.PERIOD_UNTIL).format(end=last)
    )


def resolve_filters(
    filters: Filters,
    vocab: Vocabulary,
    gazetteer=None,
    fields: Mapping[str, str] | None = None,
) -> tuple[Filters, list[Problem]]:
    """``filters`` with every value in its canonical form, and the values that name nothing.

    Wrong values are left out of the returned filters (the dashboard shows the rest with an
    error); :func:`check_filters` raises instead.

    Parameters
    ----------
    gazetteer
        :class:`geodata.gazetteer.Gazetteer` to read place names with (None: codes and the
        data's own place names only).
    fields
        How the channel names each field in messages (:data:`CLI_FIELDS`,
        :data:`URL_FIELDS`, :func:`view_fields`).
    """
    fields = fields or {}
    problems: list[Problem] = []
    changes: dict[str, object] = {}
    words = (
        ("categories", vocab.categories, vocab.category_labels, gettext(msg.WHAT_CATEGORY)),
        ("commodities", vocab.commodities, None, gettext(msg.WHAT_COMMODITY)),
        ("actors", vocab.actors, None, gettext(msg.WHAT_ACTOR)),
        ("statuses", vocab.statuses, None, gettext(msg.WHAT_STATUS)),
        ("verifications", vocab.verifications, None, gettext(msg.WHAT_VERIFICATION)),
    )
    for name, allowed, labels, what in words:
        values = getattr(filters, name)
        if values:
            changes[name], found = _check_words(name, values, allowed, labels, what, fields)
            problems += found
    for name in ("origins", "destinations", "transits"):
        values = getattr(filters, name)
        if values:
            changes[name], found = _check_places(name, values, vocab, gazetteer, fields)
            problems += found
    changes["period"], found = _check_period(filters.period, vocab, fields)
    problems += found
    return replace(filters, **changes), problems


def check_filters(
    filters: Filters,
    vocab: Vocabulary,
    gazetteer=None,
    fields: Mapping[str, str] | None = None,
) -> Filters:
    """Canonical ``filters``, or :class:`FilterError` naming every wrong value."""
    resolved, problems = resolve_filters(filters, vocab, gazetteer, fields)
    if problems:
        raise FilterError(problems)
    return resolved


# -- periods typed by people -----------------------------------------------------------------------
def parse_period_bound(text: str, end: bool, label: str = "--from") -> float:
    """``YYYY`` or ``YYYY-MM`` as a decimal year (see :func:`flows.views.period_label_bound`);
    FilterError naming ``label`` otherwise.

    >>> parse_period_bound("2014", end=False), parse_period_bound("2014-12", end=True)
    (2014.0, 2015.0)
    """
    from flows.views import period_label_bound

    try:
        return period_label_bound(text, end)
    except ValueError as exc:
        raise FilterError([Problem(label, str(text), str(exc))]) from None


def period_from_bounds(
    start: str | None, end: str | None, labels: tuple[str, str] = ("--from", "--to")
) -> tuple[float, float] | None:
    """The filter period of two typed bounds; an open bound is infinite until
    :func:`resolve_filters` replaces it by the data's first or last period."""
    if start is None and end is None:
        return None
    t0 = parse_period_bound(start, end=False, label=labels[0]) if start is not None else -math.inf
    t1 = parse_period_bound(end, end=True, label=labels[1]) if end is not None else math.inf
    if t1 <= t0:
        raise FilterError(
            [
                Problem(
                    f"{labels[0]}/{labels[1]}", f"{start} to {end}", gettext(msg.PERIOD_BACKWARDS)
                )
            ]
        )
    return (t0, t1)


# -- the vocabulary of a dataset -------------------------------------------------------------------
def vocabulary_of_table(table, country_names: Mapping[str, str] | None = None) -> Vocabulary:
    """The :class:`Vocabulary` of a record table (:class:`flows.table.model.RecordTable`).

    Countries are named by their ISO code (which selects every place in them), other places
    by their id; ``country_names`` (ISO alpha-2 -> name, by default the bundled country
    table) names the countries the data holds only as the country of a place.
    """
    from flows.periods import data_precision, period_bounds

    if country_names is None:
        from geodata.countries import load_country_table

        country_names = {r.iso_a2: r.name for r in load_country_table() if r.iso_a2}
    names: dict[str, str] = {}
    places = table.places
    for pid, name, kind, code in zip(
        places["id"], places["name"], places["kind"], places["country_code"], strict=True
    ):
        if isinstance(code, str) and code:
            names.setdefault(code, country_names.get(code, code))
        if kind == "country" and isinstance(code, str) and code:
            names[code] = str(name)  # a country filters by its code, cities included
        else:
            names[str(pid)] = str(name)
    records = table.records
    commodity = records["commodity"]
    if isinstance(commodity.dtype, pd.CategoricalDtype):
        used = commodity.cat.remove_unused_categories().cat.categories
    else:
        used = commodity.dropna().unique()
    precision = data_precision(table) if len(table) else "year"
    return Vocabulary(
        commodities=tuple(sorted(str(c) for c in used if isinstance(c, str) and c)),
        actors=tuple(sorted({str(a) for a in table.actor_names if a})),
        places=names,
        period=period_bounds(table, precision) if len(table) else None,
        precision=precision,
    )
