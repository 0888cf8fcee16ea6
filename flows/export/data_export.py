"""The records of the current view as data: GeoJSON, GeoPackage, CSV and XLSX.

One row per selected record with its arc (GeoJSON, GeoPackage) or its endpoint coordinates
(CSV, XLSX), and the source columns that say who reports it. GeoPackage and XLSX also carry
one row per (record, source) in a second table, and XLSX an "about" sheet with the view.
"""

from __future__ import annotations

import io
from pathlib import Path

import geopandas as gpd
import pandas as pd

from flows.export.scene import DISCLAIMER, Scene
from flows.formulas import neutralise_formulas
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
SOURCE_TABLE_COLUMNS = [
    "record_id",
    "source_index",
    "title",
    "publisher",
    "url",
    "published",
    "language",
    "evidence",
]


def _joined(values) -> str:
    return "; ".join(str(v) for v in values if v is not None and str(v) != "" and v == v)


def _text(value) -> object:
    if isinstance(value, list | tuple | set):
        return _joined(value)
    return value


def records_table(scene: Scene) -> gpd.GeoDataFrame:
    """Selected records with their sources summarised in columns; geometry = the arc."""
    rec = scene.records
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
    rows = [
        ("title", scene.title),
        ("subtitle", scene.subtitle),
        ("view", scene.view.name),
        ("records", len(scene.records)),
        ("flows drawn", len(scene.arcs)),
        ("sources", scene.source_line),
        ("unreviewed extracted records", scene.n_unreviewed),
        ("generated", scene.generated.isoformat()),
        ("disclaimer", DISCLAIMER),
    ]
    return pd.DataFrame(rows, columns=["field", "value"])


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


def csv_bytes(scene: Scene) -> bytes:
    return neutralise_formulas(_plain(records_table(scene))).to_csv(index=False).encode("utf-8")


def write_csv(scene: Scene, path: Path) -> None:
    path.write_bytes(csv_bytes(scene))


def xlsx_bytes(scene: Scene) -> bytes:
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        neutralise_formulas(_plain(records_table(scene))).to_excel(
            writer, sheet_name="flows", index=False
        )
        neutralise_formulas(sources_table(scene)).to_excel(
            writer, sheet_name="sources", index=False
        )
        neutralise_formulas(about_table(scene)).to_excel(writer, sheet_name="about", index=False)
        for sheet in writer.sheets.values():
            sheet.freeze_panes = "A2"
    return buffer.getvalue()


def write_xlsx(scene: Scene, path: Path) -> None:
    path.write_bytes(xlsx_bytes(scene))


WRITERS = {
    "geojson": write_geojson,
    "gpkg": write_gpkg,
    "csv": write_csv,
    "xlsx": write_xlsx,
}
