"""A view of the atlas: filters, layers, camera and titles.

A view is what a presenter saves, what the URL encodes and what every export renders, so
the dashboard and the exporters share this one definition. Plain data, no Streamlit.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from flows import messages as msg
from flows.i18n import gettext


@dataclass(frozen=True)
class Filters:
    """Which records are selected. Empty tuples mean "no restriction"."""

    categories: tuple[str, ...] = ()
    commodities: tuple[str, ...] = ()
    period: tuple[float, float] | None = None  # decimal years [start, end), overlap test
    origins: tuple[str, ...] = ()  # ISO alpha-2 codes or place ids (regions)
    destinations: tuple[str, ...] = ()
    transits: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ("curated", "reviewed")
    verifications: tuple[str, ...] = ()
    min_confidence: float = 0.0
    text: str = ""


@dataclass(frozen=True)
class Layers:
    """Which layers are drawn and how."""

    arcs: bool = True
    routes: bool = True
    hubs: bool = True
    shading: str = "none"  # none | in | out | both
    heat: bool = False
    width_by: str = "records"  # records | quantity
    top_n: int = 150
    cluster: str = "auto"  # auto (by zoom) | city | country | region: see flows.cluster


@dataclass(frozen=True)
class Camera:
    """Where the map looks.

    ``fit``: frame the selected flows and their labels (a view's default); the pipeline then
    works the position out for the data and the map's size (:func:`flows.pipeline.answer_view`),
    and ``lon``/``lat``/``zoom`` are only a fallback. A camera set by hand, a preset or a
    saved camera has ``fit`` False and is kept as it is.

    ``width``, ``height``: the map's size in CSS pixels when known (0: not known), so that an
    export draws the very frame the screen showed.
    """

    lon: float = 20.0
    lat: float = 45.0
    zoom: float = 3.0
    pitch: float = 0.0
    bearing: float = 0.0
    fit: bool = False
    width: int = 0
    height: int = 0

    def same_place(self, other: Camera | None, tol: float = 1e-4) -> bool:
        """True when ``other`` looks at the same spot (size and fitting aside).

        >>> Camera(lon=1.0, width=800).same_place(Camera(lon=1.00001))
        True
        """
        if other is None:
            return False
        pairs = [(getattr(self, k), getattr(other, k)) for k in ("lon", "lat", "zoom", "pitch")]
        pairs.append((self.bearing, other.bearing))
        return all(abs(a - b) <= tol for a, b in pairs)


def _fitted_camera() -> Camera:
    return Camera(fit=True)


@dataclass(frozen=True)
class View:
    name: str = ""
    title: str = ""
    subtitle: str = ""
    filters: Filters = field(default_factory=Filters)
    layers: Layers = field(default_factory=Layers)
    camera: Camera = field(default_factory=_fitted_camera)  # the selected flows, framed
    basemap: str = "offline"  # offline | online (an optional tile style, needs internet)
    # The reader's language (flows.i18n.LANGUAGES); "" lets the reader's setting decide.
    lang: str = ""


# -- URL query parameters ------------------------------------------------------------------------
# Short keys keep a pasted link readable; only values that differ from the defaults are
# written, and a key present with an empty value stands for an empty tuple (which matters for
# statuses, whose default is not empty).
_FILTER_LISTS = {
    "cat": "categories",
    "com": "commodities",
    "org": "origins",
    "dst": "destinations",
    "via": "transits",
    "act": "actors",
    "st": "statuses",
    "ver": "verifications",
}
_LAYER_FLAGS = {"arcs": "arcs", "routes": "routes", "hubs": "hubs", "heat": "heat"}
_CAMERA = {"lon": "lon", "lat": "lat", "zoom": "zoom", "pitch": "pitch", "bearing": "bearing"}
_TEXTS = {"name": "name", "title": "title", "sub": "subtitle"}


class ViewError(ValueError):
    """A view that cannot be read: the message names the parameter or entry and the reason."""


def _encode_list(values: tuple[str, ...]) -> str:
    # "%" first, so that decoding is the exact inverse
    return ",".join(v.replace("%", "%25").replace(",", "%2C") for v in values)


def _decode_list(text: str) -> tuple[str, ...]:
    if text == "":
        return ()
    return tuple(v.replace("%2C", ",").replace("%25", "%") for v in text.split(","))


def _num(x: float) -> str:
    # repr() of a float reads back to the identical float
    return repr(float(x))


def view_to_query_params(view: View) -> dict[str, str]:
    """Encode ``view`` as URL query parameters; :func:`view_from_query_params` inverts it.

    >>> view_to_query_params(View(filters=Filters(categories=("drugs",), min_confidence=0.5)))
    {'cat': 'drugs', 'conf': '0.5'}
    """
    out: dict[str, str] = {}
    default = View()
    for key, name in _TEXTS.items():
        if getattr(view, name) != getattr(default, name):
            out[key] = getattr(view, name)
    f, df = view.filters, default.filters
    for key, name in _FILTER_LISTS.items():
        if getattr(f, name) != getattr(df, name):
            out[key] = _encode_list(tuple(getattr(f, name)))
    if f.period is not None:
        out["from"], out["to"] = _period_params(f.period)
    if f.min_confidence != df.min_confidence:
        out["conf"] = _num(f.min_confidence)
    if f.text != df.text:
        out["q"] = f.text
    ly, dl = view.layers, default.layers
    for key, name in _LAYER_FLAGS.items():
        if getattr(ly, name) != getattr(dl, name):
            out[key] = "1" if getattr(ly, name) else "0"
    if ly.shading != dl.shading:
        out["shade"] = ly.shading
    if ly.width_by != dl.width_by:
        out["width"] = ly.width_by
    if ly.top_n != dl.top_n:
        out["top"] = str(ly.top_n)
    if ly.cluster != dl.cluster:
        out["clu"] = ly.cluster
    cam, dc = view.camera, Camera()
    if not cam.fit:  # a camera of its own: always all of its place (no params: fit the data)
        for key, name in _CAMERA.items():
            if key in ("lon", "lat", "zoom") or getattr(cam, name) != getattr(dc, name):
                out[key] = _num(getattr(cam, name))
    if cam.width and cam.height:
        out["w"], out["h"] = str(cam.width), str(cam.height)
    if view.basemap != default.basemap:
        out["basemap"] = view.basemap
    if view.lang:
        out["lang"] = view.lang
    return out


_PERIOD_LABEL = re.compile(r"^(\d{4})(?:-(\d{1,2}))?$")


def period_label_bound(text: str, end: bool) -> float:
    """A year (``YYYY``) or a month (``YYYY-MM``) as a decimal year: where that period starts,
    or with ``end`` where the next one starts (periods end exclusive). ValueError otherwise.

    >>> period_label_bound("2014", end=False), period_label_bound("2014", end=True)
    (2014.0, 2015.0)
    >>> period_label_bound("2014-03", end=False), period_label_bound("2014-12", end=True)
    (2014.166667, 2015.0)
    """
    match = _PERIOD_LABEL.match(str(text).strip())
    if not match:
        raise ValueError(gettext(msg.PERIOD_FORMAT))
    year, month = int(match.group(1)), match.group(2)
    if month is None:
        return float(year + (1 if end else 0))
    if not 1 <= int(month) <= 12:
        raise ValueError(gettext(msg.PERIOD_MONTH))
    return round((year * 12 + int(month) - 1 + (1 if end else 0)) / 12.0, 6)


def _period_params(period: tuple[float, float]) -> tuple[str, str]:
    """``from``/``to`` of a period: inclusive years or months when the period falls on them
    (``from=2014&to=2019``), exact decimal years otherwise."""
    start, end = period
    for step, fmt in ((1.0, "{:04d}"), (1.0 / 12.0, "{:04d}-{:02d}")):
        first, last = start, end - step
        if step == 1.0:
            labels = (fmt.format(round(first)), fmt.format(round(last)))
        else:
            i0, i1 = round(first * 12), round(last * 12)
            labels = (fmt.format(i0 // 12, i0 % 12 + 1), fmt.format(i1 // 12, i1 % 12 + 1))
        try:
            same = (
                period_label_bound(labels[0], end=False) == start
                and period_label_bound(labels[1], end=True) == end
            )
        except ValueError:
            same = False
        if same:
            return labels
    return _num(start), _num(end)


def _period_bound(params: Mapping[str, object], key: str, end: bool) -> float:
    text = _one(params, key)
    if text is None:
        return math.inf if end else -math.inf  # an open end: the data's first or last period
    if _PERIOD_LABEL.match(text.strip()):
        try:
            return period_label_bound(text, end)
        except ValueError as exc:
            raise ViewError(f"URL parameter '{key}': '{text}' {exc}") from None
    if not any(c in text for c in ".eE"):
        raise ViewError(f"URL parameter '{key}': '{text}' {gettext(msg.PERIOD_FORMAT)}")
    return _float(params, key, 0.0)


def _one(params: Mapping[str, object], key: str) -> str | None:
    value = params.get(key)
    if value is None:
        return None
    if isinstance(value, list | tuple):  # parse_qs style: the last value wins, like browsers
        return str(value[-1]) if value else ""
    return str(value)


def _float(params: Mapping[str, object], key: str, default: float) -> float:
    text = _one(params, key)
    if text is None:
        return default
    try:
        value = float(text)
    except ValueError:
        raise ViewError(f"URL parameter '{key}' is '{text}': expected a number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ViewError(f"URL parameter '{key}' is '{text}': expected a finite number")
    return value


def _choice(params: Mapping[str, object], key: str, default: str, allowed: tuple[str, ...]) -> str:
    text = _one(params, key)
    if text is None:
        return default
    if text not in allowed:
        raise ViewError(f"URL parameter '{key}' is '{text}': use one of {', '.join(allowed)}")
    return text


def _flag(params: Mapping[str, object], key: str, default: bool) -> bool:
    text = _one(params, key)
    if text is None:
        return default
    if text not in ("0", "1"):
        raise ViewError(f"URL parameter '{key}' is '{text}': use 1 (on) or 0 (off)")
    return text == "1"


def _size(params: Mapping[str, object], key: str) -> int:
    text = _one(params, key)
    if text is None:
        return 0
    if not text.isdigit() or not 0 < int(text) <= 20000:
        raise ViewError(f"URL parameter '{key}' is '{text}': expected a size in pixels")
    return int(text)


SHADINGS = ("none", "in", "out", "both")
CLUSTERS = ("auto", "city", "country", "region")
WIDTHS = ("records", "quantity")
BASEMAPS = ("offline", "online")


def view_from_query_params(params: Mapping[str, object]) -> View:
    """Read a view from URL query parameters (unknown keys are ignored, bad values raise).

    Raises
    ------
    ViewError
        A parameter with a value that cannot be read, naming the parameter and the reason.
    """
    default = View()
    texts = {name: _one(params, key) for key, name in _TEXTS.items()}
    lists = {
        name: (
            _decode_list(v)
            if (v := _one(params, key)) is not None
            else getattr(default.filters, name)
        )
        for key, name in _FILTER_LISTS.items()
    }
    period = None
    if _one(params, "from") is not None or _one(params, "to") is not None:
        # "from" and "to" take YYYY or YYYY-MM, both included, or exact decimal years (with a
        # dot); a missing one stays open (infinite) until the data's span closes it.
        period = (_period_bound(params, "from", False), _period_bound(params, "to", True))
        if period[0] >= period[1]:
            raise ViewError(
                f"URL parameter 'from' ({_one(params, 'from')}) is after 'to' "
                f"({_one(params, 'to')})"
            )
    conf = _float(params, "conf", default.filters.min_confidence)
    if not 0.0 <= conf <= 1.0:
        raise ViewError(f"URL parameter 'conf' is {conf}: confidence runs from 0 to 1")
    filters = Filters(
        **lists,
        period=period,
        min_confidence=conf,
        text=_one(params, "q") or "",
    )
    top_text = _one(params, "top")
    top_n = default.layers.top_n
    if top_text is not None:
        if not top_text.isdigit() or int(top_text) < 1:
            raise ViewError(f"URL parameter 'top' is '{top_text}': expected a whole number >= 1")
        top_n = int(top_text)
    layers = Layers(
        **{
            name: _flag(params, key, getattr(default.layers, name))
            for key, name in _LAYER_FLAGS.items()
        },
        shading=_choice(params, "shade", default.layers.shading, SHADINGS),
        width_by=_choice(params, "width", default.layers.width_by, WIDTHS),
        top_n=top_n,
        cluster=_choice(params, "clu", default.layers.cluster, CLUSTERS),
    )
    camera = Camera(
        **{
            name: _float(params, key, getattr(default.camera, name))
            for key, name in _CAMERA.items()
        },
        # no position in the link: frame the selected flows
        fit=not any(_one(params, key) is not None for key in ("lon", "lat", "zoom")),
        width=_size(params, "w"),
        height=_size(params, "h"),
    )
    return View(
        **{name: (v if v is not None else getattr(default, name)) for name, v in texts.items()},
        filters=filters,
        layers=layers,
        camera=camera,
        basemap=_choice(params, "basemap", default.basemap, BASEMAPS),
        lang=_language(params),
    )


def _language(params: Mapping[str, object]) -> str:
    from flows.i18n import LANGUAGES, normalize_language

    text = _one(params, "lang")
    if text is None or text == "":
        return ""
    code = normalize_language(text)
    if code is None:
        raise ViewError(f"URL parameter 'lang' is '{text}': use one of {', '.join(LANGUAGES)}")
    return code


# -- saved views (a JSON file in the user's workspace) ---------------------------------------------
VIEWS_FILE = "views.json"


def view_to_dict(view: View) -> dict:
    """Plain JSON-ready dict of ``view`` (tuples become lists)."""
    return asdict(view)


def view_from_dict(data: Mapping[str, object], where: str = "view") -> View:
    """Inverse of :func:`view_to_dict`; unknown or mistyped fields raise ViewError."""
    if not isinstance(data, Mapping):
        raise ViewError(f"{where}: expected an object, got {type(data).__name__}")

    def build(cls: type, raw: object, label: str) -> object:
        if raw is None:
            return cls()
        if not isinstance(raw, Mapping):
            raise ViewError(f"{label}: expected an object, got {type(raw).__name__}")
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(raw) - set(known))
        if unknown:
            raise ViewError(f"{label}: unknown field(s) {', '.join(unknown)}")
        kwargs = {}
        for name, value in raw.items():
            default = getattr(cls(), name)
            if isinstance(default, tuple) or name == "period":
                if value is None:
                    kwargs[name] = None
                    continue
                if not isinstance(value, list | tuple):
                    raise ViewError(f"{label}.{name}: expected a list, got {value!r}")
                value = (
                    tuple(float(v) for v in value)
                    if name == "period"
                    else tuple(str(v) for v in value)
                )
            elif isinstance(default, bool):
                if not isinstance(value, bool):
                    raise ViewError(f"{label}.{name}: expected true or false, got {value!r}")
            elif isinstance(default, int):
                if isinstance(value, bool) or not isinstance(value, int):
                    raise ViewError(f"{label}.{name}: expected a whole number, got {value!r}")
            elif isinstance(default, float):
                if isinstance(value, bool) or not isinstance(value, int | float):
                    raise ViewError(f"{label}.{name}: expected a number, got {value!r}")
                value = float(value)
            elif isinstance(default, str) and not isinstance(value, str):
                raise ViewError(f"{label}.{name}: expected text, got {value!r}")
            kwargs[name] = value
        return cls(**kwargs)

    top = {k: v for k, v in data.items() if k not in ("filters", "layers", "camera")}
    view = build(View, top, where)
    if view.lang:
        from flows.i18n import LANGUAGES, normalize_language

        code = normalize_language(view.lang)
        if code is None:
            raise ViewError(f"{where}.lang: '{view.lang}' is not one of {', '.join(LANGUAGES)}")
        view = replace(view, lang=code)
    raw_camera = data.get("camera")
    if raw_camera is None:
        camera = _fitted_camera()  # no camera saved: frame the data
    else:
        # a camera saved without "fit" (before views could fit the data) is a chosen one
        camera = build(Camera, raw_camera, f"{where}.camera")
    return replace(
        view,
        filters=build(Filters, data.get("filters"), f"{where}.filters"),
        layers=build(Layers, data.get("layers"), f"{where}.layers"),
        camera=camera,
    )


def load_views(path: str | Path) -> list[View]:
    """Saved views from a JSON file (``{"views": [...]}``); a missing file means no views.

    Raises
    ------
    ViewError
        The file is not valid JSON or an entry is malformed; the message names the file and
        the entry.
    """
    path = Path(path)
    if not path.exists():
        return []
    try:
        data = json.loads(_read_views_file(path))
    except json.JSONDecodeError as exc:
        raise ViewError(f"{path}: not valid JSON (line {exc.lineno}): {exc.msg}") from None
    except UnicodeDecodeError:
        raise ViewError(f"{path}: not UTF-8 text; save it again as UTF-8") from None
    except RecursionError:
        raise ViewError(f"{path}: JSON nested too deeply to be saved views") from None
    if not isinstance(data, dict) or not isinstance(data.get("views"), list):
        raise ViewError(f'{path}: expected an object {{"views": [...]}}')
    return [
        view_from_dict(item, where=f"{path}: views[{i}]") for i, item in enumerate(data["views"])
    ]


def _read_views_file(path: Path) -> str:
    """The text of a views file: a regular file within the record-file size limit."""
    import stat

    from flows.limits import MAX_RECORD_FILE_MB

    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise ViewError(f"{path}: not a regular file (a device, a pipe or a folder)")
    limit = MAX_RECORD_FILE_MB
    with path.open("rb") as fh:
        data = fh.read(limit.bytes() + 1)
    if len(data) > limit.bytes():
        raise ViewError(f"{path}: over {limit.describe()} ({limit.setting()})")
    return data.decode("utf-8-sig")


def save_views(path: str | Path, views: Iterable[View]) -> None:
    """Write ``views`` atomically: a temporary file in the same folder, then ``os.replace``.

    Raises ViewError (never a bare OSError) saying why the file cannot be written."""
    from flows.export.atomic import write_bytes_atomic
    from flows.export.errors import ExportError

    path = Path(path)
    payload = json.dumps({"views": [view_to_dict(v) for v in views]}, ensure_ascii=False, indent=2)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, (payload + "\n").encode("utf-8"))
    except ExportError as exc:
        raise ViewError(str(exc)) from None
    except OSError as exc:
        raise ViewError(f"{path}: cannot be written ({exc.strerror or exc})") from None


def upsert_view(views: list[View], view: View) -> list[View]:
    """Replace the view of the same name, or append it."""
    out = [v for v in views if v.name != view.name]
    index = next((i for i, v in enumerate(views) if v.name == view.name), len(out))
    out.insert(index, view)
    return out


# -- titles written from the filters --------------------------------------------------------------
def describe_period(period: tuple[float, float] | None, missing: str | None = None) -> str:
    """The years (or months) of ``period``, end exclusive, in the words titles use.

    ``missing`` is said when there is no period (None or NaN bounds); by default "all years"
    in the reader's language.

    >>> describe_period((2015.0, 2020.0)), describe_period((2015.0, 2016.0))
    ('2015-2019', '2015')
    >>> describe_period((2015.25, 2016.5)), describe_period(None)
    ('April 2015 to June 2016', 'all years')
    """
    from flows.i18n import format_month, gettext

    if period is None:
        return gettext("all years") if missing is None else missing
    start, end = period
    if start is None or end is None or math.isnan(start) or math.isnan(end):
        return gettext("all years") if missing is None else missing
    first, last = math.floor(start + 1e-9), math.ceil(end - 1e-9) - 1
    if abs(start - round(start)) > 1e-6 or abs(end - round(end)) > 1e-6:
        # months: name them
        def month(t: float) -> str:
            i = math.floor(t * 12 + 1e-6)
            return format_month(i // 12, i % 12 + 1)

        # TRANSLATORS: a span of months in a title, e.g. "April 2015 to June 2016"
        return gettext("{start} to {end}").format(start=month(start), end=month(end - 1 / 24))
    return f"{first}" if first >= last else f"{first}-{last}"


def join_names(names: Iterable[str]) -> str:
    """``["A", "B", "C"]`` -> ``"A, B and C"`` in the reader's language (``"A, B et C"``)."""
    from flows.i18n import gettext

    shown = list(names)
    if not shown:
        return ""
    if len(shown) == 1:
        return shown[0]
    # TRANSLATORS: the end of a list, e.g. "Serbia, Albania and Kosovo"
    return gettext("{items} and {last}").format(items=", ".join(shown[:-1]), last=shown[-1])


def _names(codes: tuple[str, ...], labels: Mapping[str, str] | None) -> str:
    return join_names((labels or {}).get(c, c) for c in codes)


def _title_what(category: str) -> str:
    """What flows of ``category`` are called in a title, "{what} flows" ("Flux {what}")."""
    from flows.i18n import pgettext

    words = {
        "weapons": pgettext("flows of", "Weapons"),
        "migrant_smuggling": pgettext("flows of", "Migrant smuggling"),
        "human_trafficking": pgettext("flows of", "Human trafficking"),
        "drugs": pgettext("flows of", "Drugs"),
        "illicit_finance": pgettext("flows of", "Illicit finance"),
        "other": pgettext("flows of", "Other"),
    }
    return words.get(category, category)


def describe_filters(view: View, place_names: Mapping[str, str] | None = None) -> tuple[str, str]:
    """A title and a subtitle that say what ``view`` shows, for auto titles and exports, in the
    reader's language (``place_names`` should be in that language too).

    >>> describe_filters(View(filters=Filters(categories=("drugs",), period=(2015.0, 2020.0))))
    ('Drugs flows, 2015-2019', 'Status: curated, reviewed')
    >>> from flows.i18n import use_language
    >>> with use_language("fr"):
    ...     describe_filters(View(filters=Filters(categories=("weapons",), period=(2014., 2025.))))
    ("Flux d'armes, 2014-2024", 'Statut\xa0: sélectionné, relu')
    """
    from flows.i18n import gettext, pgettext
    from flows.vocab import CATEGORY_LABELS, status_label, verification_label

    f = view.filters
    every = set(f.categories) >= set(CATEGORY_LABELS)
    what = (
        join_names(_title_what(c) for c in f.categories)
        if f.categories and not every
        else pgettext("flows of", "Trafficking and smuggling")
    )
    # TRANSLATORS: the start of an automatic title: "Weapons flows" / "Flux d'armes"
    title = gettext("{what} flows").format(what=what)
    if f.commodities:
        title += f" ({_names(f.commodities, None)})"
    if f.origins:
        title += gettext(" from {places}").format(places=_names(f.origins, place_names))
    if f.transits:
        title += gettext(" via {places}").format(places=_names(f.transits, place_names))
    if f.destinations:
        title += gettext(" to {places}").format(places=_names(f.destinations, place_names))
    # TRANSLATORS: the period at the end of a title: "Weapons flows, 2014-2024"
    title = gettext("{title}, {period}").format(title=title, period=describe_period(f.period))
    parts = []
    if f.actors:
        parts.append(gettext("Actors: {names}").format(names=", ".join(f.actors)))
    statuses = ", ".join(status_label(s) for s in f.statuses) if f.statuses else gettext("all")
    parts.append(gettext("Status: {statuses}").format(statuses=statuses))
    if f.verifications:
        parts.append(
            gettext("Verification: {levels}").format(
                levels=", ".join(verification_label(v) for v in f.verifications)
            )
        )
    if f.min_confidence > 0:
        from flows.i18n import format_decimal_text
        from flows.quantities import source_digits

        parts.append(
            gettext("Confidence >= {value}").format(
                value=format_decimal_text(source_digits(f.min_confidence))
            )
        )
    if f.text:
        parts.append(gettext('Sources mention "{text}"').format(text=f.text))
    return title, " · ".join(parts)
