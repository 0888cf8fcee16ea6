import pytest

from flows.export.projections import (
    EUROPE_CRS,
    WORLD_CRS,
    camera_extent,
    choose_crs,
    projected_bounds,
)
from flows.views import Camera


@pytest.mark.parametrize(
    ("camera", "crs"),
    [
        (Camera(lon=20, lat=45, zoom=3), EUROPE_CRS),  # the dashboard's default view
        (Camera(lon=15, lat=48, zoom=4.5), EUROPE_CRS),  # Central Europe
        (Camera(lon=-20, lat=25, zoom=1), WORLD_CRS),  # Atlantic, whole world
        (Camera(lon=-75, lat=5, zoom=3), WORLD_CRS),  # Latin America
        (Camera(lon=100, lat=20, zoom=3), WORLD_CRS),  # South-East Asia
    ],
)
def test_projection_follows_the_extent(camera, crs):
    assert choose_crs(camera_extent(camera)) == crs


@pytest.mark.parametrize("zoom", [2.0, 3.0, 5.0])
def test_extent_is_centred_and_shrinks_with_zoom(zoom):
    min_lon, min_lat, max_lon, max_lat = camera_extent(Camera(lon=10, lat=50, zoom=zoom), 1.5)
    assert min_lon < 10 < max_lon and min_lat < 50 < max_lat
    assert max_lon - min_lon == pytest.approx(360 * 1200 / (512 * 2**zoom))


def test_low_zoom_covers_the_world():
    assert camera_extent(Camera(lon=0, lat=0, zoom=0.5))[::2] == (-180.0, 180.0)


@pytest.mark.parametrize("aspect", [1.0, 16 / 9, 2.4])
@pytest.mark.parametrize("crs", [EUROPE_CRS, WORLD_CRS])
def test_projected_bounds_have_the_axes_aspect(aspect, crs):
    x0, y0, x1, y1 = projected_bounds((-10, 35, 40, 60), crs, aspect)
    assert (x1 - x0) / (y1 - y0) == pytest.approx(aspect)


def test_extent_stops_at_the_antimeridian():
    min_lon, _, max_lon, _ = camera_extent(Camera(lon=150, lat=50, zoom=2))
    assert max_lon == 180.0 and min_lon == pytest.approx(150 - 360 * 1200 / (512 * 4) / 2)
