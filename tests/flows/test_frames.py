"""Records -> GeoDataFrames, on tiny hand-built records and places."""

from pathlib import Path

import geopandas as gpd
import pytest

from flows.frames import build_frames, write_frames
from flows.model import FlowRecord
from geodata.place import Place, Resolution

PLACES = {
    "kabul": Place("geonames:1138958", "Kabul", "city", 69.17, 34.53, "AF"),
    "tehran": Place("geonames:112931", "Tehran", "city", 51.42, 35.69, "IR"),
    "istanbul": Place("geonames:745044", "Istanbul", "city", 28.95, 41.01, "TR"),
    "vienna": Place("geonames:2761369", "Vienna", "city", 16.37, 48.21, "AT"),
    "suva": Place("geonames:2198148", "Suva", "city", 178.44, -18.14, "FJ"),
    "apia": Place("geonames:4035413", "Apia", "city", -171.77, -13.83, "WS"),
    "north pole": Place("other:north-pole", "North Pole", "other", 0.0, 90.0, None),
    "oslo": Place("geonames:3143244", "Oslo", "city", 10.75, 59.91, "NO"),
    "western balkans": Place(
        "region:western-balkans",
        "Western Balkans",
        "region",
        19.5,
        43.0,
        None,
        "region",
        members=("AL", "BA", "ME", "MK", "RS", "XK"),
    ),
}


class TinyGazetteer:
    def resolve(self, name, lang=None, context=None):
        place = PLACES.get(name.casefold())
        return Resolution(name, place, 1.0 if place else 0.0, "exact" if place else "none")


def record(id_, origin=None, destination=None, via=(), **extra):
    return FlowRecord.model_validate(
        {
            "id": id_,
            "category": extra.pop("category", "drugs"),
            "origin": origin,
            "destination": destination,
            "via": list(via),
            "sources": [{"title": "T", "publisher": "P", "url": "https://example.org"}],
            **extra,
        }
    )


@pytest.fixture
def frames():
    records = [
        record(
            "heroin",
            "Kabul",
            "Vienna",
            via=["Tehran", "Istanbul"],
            period_start="2015",
            period_end="2016-06",
            quantity={"value": 3, "unit": "t", "what": "seized"},
        ),
        record("pacific", "Suva", "Apia", category="other"),
        record("pole", "North Pole", "Oslo", category="other"),
        record("no-origin", None, "Vienna", category="migrant_smuggling"),
        record("same-place", "Vienna", "Vienna"),
        record("unknown", "Atlantis", "Vienna"),
        record("region", "Western Balkans", "Vienna", category="weapons"),
        record("rejected", "Kabul", "Tehran", status="rejected"),
    ]
    return build_frames(records, TinyGazetteer())


def test_every_record_is_listed_rejected_ones_left_out(frames):
    assert sorted(frames.flows["id"]) == sorted(
        ["heroin", "pacific", "pole", "no-origin", "same-place", "unknown", "region"]
    )


@pytest.mark.parametrize(
    ("id_", "drawn", "reason", "geom_type"),
    [
        ("heroin", True, None, "LineString"),
        ("pacific", True, None, "MultiLineString"),  # split at the antimeridian
        ("pole", True, None, "LineString"),
        ("no-origin", False, "no origin", None),
        ("same-place", False, "origin and destination are the same place", None),
        ("unknown", False, "origin 'Atlantis' not in the gazetteer", None),
        ("region", True, None, "LineString"),
    ],
)
def test_what_is_drawn_and_why_not(frames, id_, drawn, reason, geom_type):
    row = frames.flows.set_index("id").loc[id_]
    assert row["drawable"] == drawn
    assert (row["not_drawn"] if isinstance(row["not_drawn"], str) else None) == reason
    assert (row.geometry.geom_type if row.geometry is not None else None) == geom_type


def test_flows_frame_is_wgs84_and_keeps_provenance(frames):
    flows = frames.flows.set_index("id")
    assert frames.flows.crs.to_epsg() == 4326
    heroin = flows.loc["heroin"]
    assert heroin["via_names"] == ["Tehran", "Istanbul"]
    assert heroin["via_countries"] == ["IR", "TR"]
    assert (heroin["t_start"], heroin["t_end"]) == (2015.0, pytest.approx(2016.5, abs=0.01))
    assert heroin["quantity_unit"] == "t" and heroin["n_sources"] == 1
    assert not heroin["quantity_estimate"]
    assert flows.loc["region", "origin_countries"] == ["AL", "BA", "ME", "MK", "RS", "XK"]


def test_routes_go_through_via_in_order(frames):
    (route,) = frames.routes.itertuples()
    assert route.id == "heroin" and route.legs == 3
    assert route.stop_names == ["Kabul", "Tehran", "Istanbul", "Vienna"]
    assert route.geometry.coords[0] == pytest.approx((69.17, 34.53))


def test_places_count_roles(frames):
    places = frames.places.set_index("name")
    assert places.loc["Vienna", "n_in"] == 5  # heroin, no-origin, same-place, unknown, region
    assert places.loc["Tehran", "n_via"] == 1
    assert places.loc["Kabul", "n_out"] == 1  # the rejected record does not count
    assert "Atlantis" not in places.index


def test_sources_frame_has_one_row_per_source(frames):
    assert len(frames.sources) == 7 and set(frames.sources["publisher"]) == {"P"}


def test_write_frames_round_trips(frames, tmp_path):
    written = write_frames(frames, tmp_path)
    assert {p.name for p in written} == {
        "flows.gpkg",
        "flows.parquet",
        "routes.parquet",
        "places.parquet",
    }
    flows = gpd.read_file(tmp_path / "flows.gpkg", layer="flows")
    assert len(flows) == 7 and flows.crs.to_epsg() == 4326
    assert flows.set_index("id").loc["heroin", "via_names"] == "Tehran; Istanbul"
    assert len(gpd.read_parquet(tmp_path / "routes.parquet")) == 1
    assert not list(tmp_path.glob(".*tmp*"))


def test_places_carry_region_members(frames):
    places = frames.places.set_index("name")
    assert places.loc["Western Balkans", "members"] == ["AL", "BA", "ME", "MK", "RS", "XK"]
    assert places.loc["Vienna", "members"] == []


def test_a_failed_write_keeps_the_old_files_and_leaves_no_temporary(frames, tmp_path, monkeypatch):
    (tmp_path / "flows.parquet").write_bytes(b"yesterday")

    def crash(self, path, *args, **kwargs):
        Path(path).write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(gpd.GeoDataFrame, "to_parquet", crash)
    from flows.export.errors import ExportError

    with pytest.raises((OSError, ExportError), match="disk full"):
        write_frames(frames, tmp_path)
    assert (tmp_path / "flows.parquet").read_bytes() == b"yesterday"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["flows.gpkg", "flows.parquet"]
