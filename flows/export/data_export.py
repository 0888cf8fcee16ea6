"""The records of the current view as data: GeoJSON, GeoPackage, CSV and XLSX.

One row per selected record with its arc (GeoJSON, GeoPackage) or its endpoint coordinates
(CSV, XLSX), and the source columns that say who reports it. GeoPackage and XLSX also carry
one row per (record, source) in a second table, and XLSX an "about" sheet with the view.

Headers for readers and for programs: CSV and XLSX tables start with two header rows, the
column names in the reader's language ("Pays d'origine") and then the machine-readable names
("origin_country"), so ``pandas.read_csv(path, header=1)`` reads them back; with
``machine_headers=True`` (``flows snapshot --machine-headers``) only the machine row is written.
GeoJSON and GeoPackage property names are always the machine-readable ones. Cell values keep
the vocabulary codes (``weapons``, ``reviewed``) and ISO dates; place names are the reader's.
"""

from __future__ import annotations

import io
from pathlib import Path

import geopandas as gpd
import pandas as pd

from flows.export.scene import Scene
from flows.formulas import neutralise_formulas
from flows.i18n import N_, gettext, use_language
from flows.table.frame import SOURCE_COLUMNS as SOURCE_ROWS
from geodata.geometry import build_arc

RECORD_COLUMNS = [
    "id",
    "category",
    "commodity",
    "status",
    "reviewed_by",
    "reviewed_at",
    "verification",
    "confidence",
    "period_start",
    "period_end",
    "origin_name",
    "origin_country",
    "origin_lon",
    "origin_lat",
    "dest_name",
    "dest_country",
    "dest_lon",
    "dest_lat",
    "via_names",
    "actors",
    "quantity_value",
    "quantity_value_max",
    "quantity_unit",
    "quantity_what",
    "quantity_estimate",
    "summary",
    "drawable",
]
SOURCE_COLUMNS = [
    "n_sources",
    "source_publishers",
    "source_titles",
    "source_urls",
    "source_published",
]
# The sources sheet: every source field but the evidence's character offsets
SOURCE_TABLE_COLUMNS = [c for c in SOURCE_ROWS if c not in ("evidence_start", "evidence_end")]
# Column headers a reader sees (catalogue messages); the machine-readable name stays beside it.
COLUMN_LABELS: dict[str, str] = {
    "id": N_("Record id"),
    "category": N_("Category"),
    "commodity": N_("Commodity"),
    "status": N_("Status"),
    "verification": N_("Verification"),
    "confidence": N_("Confidence"),
    "period_start": N_("Period start"),
    "period_end": N_("Period end"),
    "origin_name": N_("Origin"),
    "origin_country": N_("Origin country"),
    "origin_lon": N_("Origin longitude"),
    "origin_lat": N_("Origin latitude"),
    "dest_name": N_("Destination"),
    "dest_country": N_("Destination country"),
    "dest_lon": N_("Destination longitude"),
    "dest_lat": N_("Destination latitude"),
    "via_names": N_("Via"),
    "actors": N_("Actors"),
    "quantity_value": N_("Quantity"),
    "quantity_value_max": N_("Quantity (upper bound)"),
    "quantity_unit": N_("Unit"),
    "quantity_what": N_("What is counted"),
    "quantity_estimate": N_("Estimate"),
    "summary": N_("Summary"),
    "drawable": N_("Drawn on the map"),
    "reviewed_by": N_("Reviewed by"),
    "reviewed_at": N_("Reviewed at"),
    "n_sources": N_("Number of sources"),
    "source_publishers": N_("Publishers"),
    "source_titles": N_("Source titles"),
    "source_urls": N_("Source links"),
    "source_published": N_("Published"),
    "record_id": N_("Record id"),
    "source_index": N_("Source number"),
    "title": N_("Title"),
    "publisher": N_("Publisher"),
    "url": N_("Link"),
    "published": N_("Published"),
    "language": N_("Language"),
    "evidence": N_("Evidence"),
    "field": N_("Field"),
    "value": N_("Value"),
}


def _joined(values) -> str:
    return "; ".join(str(v) for v in values if v is not None and str(v) != "" and v == v)


def _text(value) -> object:
    if isinstance(value, list | tuple | set):
        return _joined(value)
    return value


def records_table(scene: Scene) -> gpd.GeoDataFrame:
    """Selected records with their sources summarised in columns; geometry = the arc."""
    rec = scene.records  # place names already in the scene's language
    present = [c for c in RECORD_COLUMNS if c in rec.columns]
    table = pd.DataFrame(rec[present]).copy()
    for column in table.columns:
        table[column] = table[column].astype(object).map(_text)
    sources = scene.sources
    by_record = sources.groupby("record_id", sort=False) if len(sources) else None
    ids = list(rec["id"]) if "id" in rec else []

    def per_record(field: str) -> list[str]:
        if by_record is None:
            return [""] * len(ids)
        joined = by_record[field].agg(lambda s: _joined(s.dropna()))
        return [joined.get(i, "") for i in ids]

    counts = sources["record_id"].value_counts() if len(sources) else pd.Series(dtype=int)
    table["n_sources"] = [int(counts.get(i, 0)) for i in ids]
    table["source_publishers"] = per_record("publisher")
    table["source_titles"] = per_record("title")
    table["source_urls"] = per_record("url")
    table["source_published"] = per_record("published")
    if isinstance(rec, gpd.GeoDataFrame):
        geometry = list(rec.geometry.to_numpy())
    else:
        # Prepared tables (the dashboard's) have no geometry: draw the same arcs again.
        geometry = [_arc(row) for _, row in rec.iterrows()]
    return gpd.GeoDataFrame(table.reset_index(drop=True), geometry=list(geometry), crs="EPSG:4326")


def _arc(row: pd.Series):
    coords = [row.get(c) for c in ("origin_lon", "origin_lat", "dest_lon", "dest_lat")]
    if any(v is None or pd.isna(v) for v in coords):
        return None
    return build_arc((float(coords[0]), float(coords[1])), (float(coords[2]), float(coords[3])))


def sources_table(scene: Scene) -> pd.DataFrame:
    present = [c for c in SOURCE_TABLE_COLUMNS if c in scene.sources.columns]
    return pd.DataFrame(scene.sources[present]).reset_index(drop=True)


def about_table(scene: Scene) -> pd.DataFrame:
    """What the export is: the view, its filters in words, counts, date, disclaimer."""
    with use_language(scene.lang):
        rows = [
            (gettext("title"), scene.title),
            (gettext("subtitle"), scene.subtitle),
            (gettext("view"), scene.view.name),
            (gettext("records"), len(scene.records)),
            (gettext("flows drawn"), len(scene.arcs)),
            (gettext("sources"), scene.source_line),
            (gettext("unreviewed extracted records"), scene.n_unreviewed),
            (gettext("generated"), scene.generated.isoformat()),
            (gettext("language"), scene.lang),
            (gettext("disclaimer"), scene.disclaimer),
        ]
    return pd.DataFrame(rows, columns=["field", "value"])


def header_rows(columns, lang: str) -> list[list[str]]:
    """The two header rows of a table: names in ``lang``, then the machine-readable names."""
    with use_language(lang):
        labels = [gettext(COLUMN_LABELS[c]) if c in COLUMN_LABELS else str(c) for c in columns]
    return [labels, [str(c) for c in columns]]


def _with_headers(frame: pd.DataFrame, lang: str, machine_headers: bool) -> pd.DataFrame:
    """``frame`` ready to write without a header: the header rows are its first rows."""
    rows = header_rows(frame.columns, lang)[1 if machine_headers else 0 :]
    body = frame.astype(object).where(frame.notna(), None)
    head = pd.DataFrame(rows, columns=frame.columns)
    return pd.concat([head, body], ignore_index=True)


def _plain(frame: gpd.GeoDataFrame) -> pd.DataFrame:
    return pd.DataFrame(frame.drop(columns="geometry"))


def write_geojson(scene: Scene, path: Path) -> None:
    records_table(scene).to_file(path, driver="GeoJSON")


def write_gpkg(scene: Scene, path: Path) -> None:
    import pyogrio

    records_table(scene).to_file(path, layer="flows", driver="GPKG")
    # An attribute-only table: GeoPackage holds non-spatial tables too.
    pyogrio.write_dataframe(
        sources_table(scene), path, layer="sources", driver="GPKG", append=False
    )


def csv_bytes(scene: Scene, machine_headers: bool = False) -> bytes:
    """CSV of the records: two header rows (reader's names, machine names) unless
    ``machine_headers``, then one row per record."""
    table = neutralise_formulas(_plain(records_table(scene)))
    framed = _with_headers(table, scene.lang, machine_headers)
    return framed.to_csv(index=False, header=False).encode("utf-8")


def write_csv(scene: Scene, path: Path, machine_headers: bool = False) -> None:
    path.write_bytes(csv_bytes(scene, machine_headers))


def xlsx_bytes(scene: Scene, machine_headers: bool = False) -> bytes:
    """Workbook with sheets ``flows``, ``sources`` and ``about`` (sheet names stay machine-
    readable); each table has the two header rows of :func:`csv_bytes`."""
    buffer = io.BytesIO()
    tables = (
        ("flows", _plain(records_table(scene))),
        ("sources", sources_table(scene)),
        ("about", about_table(scene)),
    )
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, table in tables:
            framed = _with_headers(neutralise_formulas(table), scene.lang, machine_headers)
            framed.to_excel(writer, sheet_name=name, index=False, header=False)
        rows = 1 if machine_headers else 2
        for sheet in writer.sheets.values():
            sheet.freeze_panes = f"A{rows + 1}"
    return buffer.getvalue()


def write_xlsx(scene: Scene, path: Path, machine_headers: bool = False) -> None:
    path.write_bytes(xlsx_bytes(scene, machine_headers))


WRITERS = {
    "geojson": write_geojson,
    "gpkg": write_gpkg,
    "csv": write_csv,
    "xlsx": write_xlsx,
}
