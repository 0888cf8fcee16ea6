"""Data of the current view opens with geopandas, pandas and openpyxl, with source columns."""

import io

import geopandas as gpd
import openpyxl
import pandas as pd
import pyogrio
import pytest

from flows.export.api import export_view, render_snapshot
from flows.export.data_export import SOURCE_COLUMNS, neutralise_formulas
from flows.filters import selected_ids as ids_of


@pytest.fixture
def selected_ids(europe_view, table):
    return sorted(ids_of(table, europe_view.filters))


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg"])
def test_geodata_formats_open_with_geopandas(
    tmp_path, europe_view, table, countries, selected_ids, suffix
):
    path = export_view(europe_view, table, countries, tmp_path / f"view{suffix}")
    table = gpd.read_file(path, layer="flows") if suffix == ".gpkg" else gpd.read_file(path)
    assert sorted(table["id"]) == selected_ids
    assert set(SOURCE_COLUMNS) <= set(table.columns)
    row = table.set_index("id").loc["w-ua-de"]
    assert row["source_publishers"] == "Europol; GI-TOC" and row["n_sources"] == 2
    assert row.geometry.geom_type == "LineString"
    assert table.crs.to_epsg() == 4326


def test_gpkg_has_a_sources_table(tmp_path, europe_view, table, countries):
    path = export_view(europe_view, table, countries, tmp_path / "view.gpkg")
    assert [name for name, _ in pyogrio.list_layers(path)] == ["flows", "sources"]
    sources = pyogrio.read_dataframe(path, layer="sources")
    assert {"record_id", "title", "publisher", "url"} <= set(sources.columns)
    assert "Des pistolets passent de Belgrade à Vienne." in set(sources["evidence"])


def test_csv_has_coordinates_and_sources(europe_view, table, countries, selected_ids):
    csv = render_snapshot(europe_view, table, countries, "csv")
    table = pd.read_csv(io.BytesIO(csv), header=1)  # row 1: the reader's column names
    assert sorted(table["id"]) == selected_ids
    kyiv = table.set_index("id").loc["w-ua-pl"]
    assert (kyiv["origin_lon"], kyiv["origin_lat"]) == (30.52, 50.45)
    assert kyiv["source_titles"] == "Small arms after the war"


def test_xlsx_has_flows_sources_and_about_sheets(tmp_path, world_view, table, countries):
    path = export_view(world_view, table, countries, tmp_path / "view.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["flows", "sources", "about"]
    # row 1: the reader's column names, row 2: the machine-readable ones
    assert book["flows"]["A1"].value == "Record id"
    header = [c.value for c in book["flows"][2]]
    assert {"id", "category", "origin_name", "dest_name", *SOURCE_COLUMNS} <= set(header)
    about = {r[0]: r[1] for r in book["about"].iter_rows(min_row=3, values_only=True)}
    assert about["title"] == "Trafficking and smuggling flows, all years"
    # the summary with markup is kept as plain text in its cell
    flows = pd.read_excel(path, sheet_name="flows", header=1)
    assert "Cash couriers moved $2 million & more <b>weekly</b>" in set(flows["summary"])
    # whether a figure is an estimate travels with the figure
    estimate = flows.set_index("id")["quantity_estimate"]
    assert bool(estimate["m-ly-it"]) is True and bool(estimate["d-ec-nl"]) is False


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("-cmd", "'-cmd"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("Kyiv", "Kyiv"),
        ("", ""),
    ],
)
def test_spreadsheet_formulas_from_documents_are_neutralised(value, kept):
    assert neutralise_formulas(pd.DataFrame({"a": [value]}))["a"][0] == kept
