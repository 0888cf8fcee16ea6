"""Generated flow records, their YAML / CSV / XLSX files, and hostile values and mutations.

The oracle for "no silent change" is the record schema itself: what a file says, read as the
text the user typed, must load as ``FlowRecord.model_validate`` of that text, or be reported
as an error with its record and line. A file format that changes what was typed (YAML 1.1
turning ``NO`` into false, a spreadsheet column lost, a sheet ignored) breaks that.
"""

from __future__ import annotations

import csv
import io
import math

import yaml
from hypothesis import strategies as st

from flows.load import spreadsheet_columns
from flows.model import FlowRecord, has_visible_text
from flows.vocab import CATEGORIES, VERIFICATIONS

PLACES = [
    "Kyiv", "Odesa", "Lviv", "Warsaw", "Berlin", "Ecuador", "Antwerp", "Libya", "Italy",
    "Dakar", "Agadez", "Belgium", "Peru", "Norway", "Namibia", "Côte d'Ivoire", "Rotterdam",
]  # fmt: skip

# Text a source may print: any visible characters; spreadsheets cannot hold control codes.
_TEXT_CHARS = st.characters(blacklist_categories=("Cs", "Cc"))
TEXT = st.text(_TEXT_CHARS, min_size=1, max_size=30).filter(has_visible_text)
LIST_ITEM = TEXT.filter(lambda t: ";" not in t and "|" not in t)  # the cell list separators
PARTIAL_DATE = st.builds(
    lambda y, m, d, p: f"{y:04d}" if p == 0 else f"{y:04d}-{m:02d}" if p == 1 else
    f"{y:04d}-{m:02d}-{d:02d}",
    st.integers(1950, 2030), st.integers(1, 12), st.integers(1, 28), st.integers(0, 2),
)  # fmt: skip
NUMBER = st.one_of(
    st.integers(0, 10**15).map(float),
    st.floats(0, 1e15, allow_nan=False, allow_infinity=False),
)


@st.composite
def source(draw) -> dict:
    out = {"title": draw(TEXT), "publisher": draw(TEXT)}
    if draw(st.booleans()):
        out["url"] = draw(st.sampled_from(["https://example.org/a", "http://x.int/r?a=1&b=2"]))
    if draw(st.booleans()):
        out["published"] = draw(PARTIAL_DATE)
    if draw(st.booleans()):
        out["language"] = draw(st.sampled_from(["en", "fr", "de"]))
    return out


@st.composite
def record(draw, index: int = 0) -> dict:
    """One valid record as the user would write it (text values)."""
    out: dict = {
        "id": f"r{index}-" + draw(st.from_regex(r"[a-z0-9._-]{0,12}", fullmatch=True)),
        "category": draw(st.sampled_from(CATEGORIES)),
        "origin": draw(st.sampled_from(PLACES)),
    }
    if draw(st.booleans()):
        out["destination"] = draw(st.sampled_from(PLACES))
    if draw(st.booleans()):
        out["via"] = draw(st.lists(st.sampled_from(PLACES), min_size=1, max_size=3))
    if draw(st.booleans()):
        start = draw(PARTIAL_DATE)
        out["period_start"] = start
        if draw(st.booleans()):
            out["period_end"] = str(int(start[:4]) + draw(st.integers(0, 5)))
    for key in ("commodity", "summary", "notes"):
        if draw(st.booleans()):
            out[key] = draw(TEXT)
    if draw(st.booleans()):
        out["actors"] = draw(st.lists(LIST_ITEM, min_size=1, max_size=3))
    if draw(st.booleans()):
        out["verification"] = draw(st.sampled_from(VERIFICATIONS))
    if draw(st.booleans()):
        out["confidence"] = repr(draw(st.floats(0, 1)))
    if draw(st.booleans()):
        value = draw(NUMBER)
        quantity = {"value": repr(value), "unit": draw(TEXT), "what": draw(TEXT)}
        if draw(st.booleans()):
            quantity["value_max"] = repr(min(value + draw(st.floats(0, 1e6)), 1e15))
        out["quantity"] = quantity
    out["sources"] = draw(st.lists(source(), min_size=1, max_size=3))
    return out


def records(min_size: int = 1, max_size: int = 4):
    return st.integers(min_size, max_size).flatmap(
        lambda n: st.tuples(*(record(i) for i in range(n))).map(list)
    )


# -- what the schema makes of the text ---------------------------------------------------------


def expected(data: dict) -> FlowRecord | None:
    """The record the schema builds from ``data`` (text as typed), or None when it refuses."""
    try:
        return FlowRecord.model_validate(data)
    except ValueError:
        return None


def check_invariants(record: FlowRecord) -> None:
    """Values no source could have written never load."""
    numbers = [record.confidence]
    if record.quantity is not None:
        numbers += [record.quantity.value, record.quantity.value_max or 0.0]
    assert all(math.isfinite(n) and n >= 0 for n in numbers), numbers
    texts = [s.title for s in record.sources] + [s.publisher for s in record.sources]
    texts += [p.name for _, p in record.place_refs()] + list(record.actors)
    assert all(has_visible_text(t) for t in texts), texts
    for value in (record.period_start, record.period_end):
        assert value is None or value.isascii(), value


# -- files -------------------------------------------------------------------------------------


def yaml_text(items: list[dict]) -> str:
    return yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=80)


def _cells(item: dict) -> dict[str, str]:
    cells = {k: item[k] for k in ("id", "category", "origin", "destination", "period_start",
                                  "period_end", "verification", "confidence", "commodity",
                                  "summary", "notes") if k in item}  # fmt: skip
    for key in ("via", "actors"):
        if key in item:
            cells[key] = "; ".join(item[key])
    for key, value in item.get("quantity", {}).items():
        cells[f"quantity_{key}"] = value
    for n, src in enumerate(item["sources"], 1):
        prefix = "source" if n == 1 else f"source{n}"
        for key, value in src.items():
            cells[f"{prefix}_{key}"] = value
    return cells


def csv_text(items: list[dict], delimiter: str = ",") -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=spreadsheet_columns(), delimiter=delimiter)
    writer.writeheader()
    for item in items:
        writer.writerow(_cells(item))
    return out.getvalue()


def xlsx_bytes(sheets: dict[str, list[dict]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    columns = spreadsheet_columns()
    for title, items in sheets.items():
        sheet = book.create_sheet(title)
        sheet.append(columns)
        for item in items:
            cells = _cells(item)
            # a cell starting with "=" would be a formula: openpyxl writes it as one
            sheet.append([_xlsx_cell(cells.get(c)) for c in columns])
    out = io.BytesIO()
    book.save(out)
    return _fixed_dates(out.getvalue())


def _fixed_dates(workbook: bytes) -> bytes:
    """The same bytes for the same records on every call.

    openpyxl stamps the save time into the zip entries and ``docProps/core.xml``; a damaged
    copy drawn from bytes that change between hypothesis' run and its replay of an example
    makes hypothesis call the test flaky (FlakyStrategyDefinition).
    """
    import re
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(workbook))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2020-01-01T00:00:00Z", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            target.writestr(fixed, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _xlsx_cell(value: str | None):
    if value is None:
        return None
    if value.startswith("="):
        return " " + value  # openpyxl would store a formula; the schema strips the space
    return value


# -- hostile values and byte mutations ---------------------------------------------------------

HOSTILE = [
    "nan", "NaN", "inf", "-inf", ".inf", "1e400", "-1e400", "1e308", "-1", "-0.5", "1.5",
    "0x1F", "1_000", "١٢", "٢٠٢٣", "２０２３", "2023-02-30", "2023-13", "1899", "2101",
    "2023-0٣", "\u200b", "\u200b\u200d\u2060", "\ufeff", " ", "", "\x00", "\x1b[31m",
    "=HYPERLINK(\"http://x\")", "+cmd|'/C calc'!A0", "@SUM(1)", "NO", "NA", "no", "~",
    "null", "Null", "012", "007", "'", '"', "#", "a: b", "- a", "{a: b}", "[1, 2]", "&a",
    "*a", "!!python/object:os.system", "<script>alert(1)</script>", "x" * 5000,
    "Kyiv; Odesa", "Kyiv|Lviv", "drug", "Drugs", "WEAPONS", "2015-06-01T00:00:00",
    "\u202eevil", "e\u0301", "ＫＹＩＶ", "0", "1", "true", "false", "yes",
]  # fmt: skip
FIELDS = [
    ("id",), ("category",), ("origin",), ("destination",), ("via",), ("period_start",),
    ("period_end",), ("confidence",), ("commodity",), ("actors",), ("verification",),
    ("quantity", "value"), ("quantity", "value_max"), ("quantity", "unit"),
    ("sources", 0, "title"), ("sources", 0, "publisher"), ("sources", 0, "url"),
    ("sources", 0, "published"), ("sources", 0, "language"),
]  # fmt: skip
HOSTILE_VALUE = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=20))


def set_value(item: dict, path: tuple, value: str) -> dict:
    """A copy of ``item`` with ``value`` at ``path`` (creating the quantity when needed)."""
    import copy

    out = copy.deepcopy(item)
    if path[0] == "quantity":
        out.setdefault("quantity", {"value": "1", "unit": "kg", "what": "seized"})
    node = out
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return out


@st.composite
def byte_mutation(draw, data: bytes) -> bytes:
    """``data`` damaged the way files get damaged: cut, spliced, bytes flipped, lines
    repeated, nesting and aliases added, re-encoded."""
    kind = draw(st.sampled_from(["cut", "insert", "flip", "delete", "dup_line", "nest",
                                 "alias", "utf16", "bom", "tabs", "junk"]))  # fmt: skip
    n = len(data)
    at = draw(st.integers(0, max(n - 1, 0)))
    if kind == "cut":
        return data[:at]
    if kind == "insert":
        return data[:at] + draw(st.binary(min_size=1, max_size=40)) + data[at:]
    if kind == "flip" and n:
        return data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
    if kind == "delete":
        return data[:at] + data[at + draw(st.integers(1, 200)) :]
    if kind == "dup_line":
        lines = data.splitlines(keepends=True)
        if lines:
            i = draw(st.integers(0, len(lines) - 1))
            lines.insert(i, lines[i] * draw(st.integers(1, 50)))
        return b"".join(lines)
    if kind == "nest":
        depth = draw(st.integers(10, 3000))
        return data[:at] + b"[" * depth + b"]" * draw(st.integers(0, depth)) + data[at:]
    if kind == "alias":
        alias = draw(st.sampled_from([b"&a ", b"*a", b"*b ", b"&a [*a]", b"<<: *a"]))
        return data[:at] + alias + data[at:]
    if kind == "utf16":
        return data.decode("utf-8", "replace").encode(draw(st.sampled_from(
            ["utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"])), "replace")  # fmt: skip
    if kind == "bom":
        return b"\xef\xbb\xbf" + data
    if kind == "tabs":
        return data.replace(b"  ", b"\t")
    return data[:at] + draw(st.text(max_size=30)).encode("utf-8", "surrogatepass") + data[at:]


# -- the columnar path the product reads CSV and Parquet through ----------------------------------

_SCALARS = ("category", "commodity", "status", "verification", "period_start", "period_end",
            "origin", "origin_country", "destination", "destination_country", "quantity_unit",
            "quantity_what", "summary", "notes")  # fmt: skip


def _list(values) -> list:
    return values.to_pylist() if hasattr(values, "to_pylist") else list(values)


def _clean(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def columns_view(cols) -> list[tuple[str, dict]]:
    """Records of :class:`flows.table.build.RecordColumns` as comparable (id, dict) pairs, in
    the order of the file."""
    ids = [str(v) for v in _list(cols.id)]
    out: list[dict] = []
    columns = {name: _list(getattr(cols, name)) for name in _SCALARS}
    numbers = {
        name: _list(getattr(cols, name))
        for name in ("confidence", "quantity_value", "quantity_value_max")
    }
    for row in range(len(ids)):
        view = {name: _clean(columns[name][row]) for name in _SCALARS}
        view.update({name: _clean(float(numbers[name][row])) for name in numbers})
        view["via"], view["actors"], view["sources"] = [], [], []
        out.append(view)
    for kind in ("via", "actor"):
        rows, names = _list(getattr(cols, f"{kind}_rows")), _list(getattr(cols, f"{kind}_names"))
        for r, name in zip(rows, names, strict=True):
            out[int(r)]["via" if kind == "via" else "actors"].append(str(name))
    for _, src in cols.sources.sort_values(["row", "source_index"]).iterrows():
        out[int(src["row"])]["sources"].append(
            {k: _clean(src.get(k)) for k in ("title", "publisher", "url", "published", "language")}
        )
    return list(zip(ids, out, strict=True))


def record_view(record: FlowRecord) -> dict:
    """The same dict for a record the schema built."""
    q = record.quantity
    return {
        "category": record.category,
        "commodity": record.commodity,
        "status": record.status,
        "verification": record.verification,
        "period_start": record.period_start,
        "period_end": record.period_end,
        "origin": record.origin.name if record.origin else None,
        "origin_country": record.origin.country if record.origin else None,
        "destination": record.destination.name if record.destination else None,
        "destination_country": record.destination.country if record.destination else None,
        "quantity_unit": q.unit if q else None,
        "quantity_what": q.what if q else None,
        "summary": record.summary,
        "notes": record.notes,
        "confidence": record.confidence,
        "quantity_value": q.value if q else None,
        "quantity_value_max": q.value_max if q else None,
        "via": [p.name for p in record.via],
        "actors": list(record.actors),
        "sources": [
            {k: getattr(src, k) for k in ("title", "publisher", "url", "published", "language")}
            for src in record.sources
        ],
    }
