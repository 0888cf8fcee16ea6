"""Places clustered by zoom: continents for the whole world, countries for a continent, the
places themselves (cities, hubs) closer in.

As in flowmap.gl, flows are aggregated between *clusters* at the camera's zoom, so a world map
of a million records shows a few hundred readable continent and country flows rather than a
hairball of city pairs, and zooming in splits them into the places the sources name. The level
is a pure function of the view's camera (:func:`cluster_level`), so the page, the exports and
later the labels and region areas all agree on it.

>>> from flows.views import Camera
>>> [cluster_level(Camera(zoom=z)) for z in (1.0, 2.2, 3.1, 6.0)]
['region', 'country', 'city', 'city']
>>> cluster_level(Camera(zoom=1.0), "city")
'city'
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from flows.views import Camera
from geodata.continents import CONTINENT_NAMES, continent_of

LEVELS = ("auto", "city", "country", "region")
_CONTINENT_OF_NAME = {name.casefold(): code for code, name in CONTINENT_NAMES.items()}
# Camera zoom (deck.gl: the world is 512 * 2**zoom pixels wide) below which places merge.
REGION_BELOW_ZOOM = 1.8  # the whole world on screen: continents
COUNTRY_BELOW_ZOOM = 2.8  # a continent or two on screen: countries


def cluster_level(camera: Camera, choice: str = "auto") -> str:
    """The cluster level for ``camera``: ``"region"``, ``"country"`` or ``"city"``.

    ``choice`` other than ``"auto"`` (the view's ``layers.cluster``) is taken as it is.
    """
    if choice not in LEVELS:
        raise ValueError(f"cluster level is '{choice}': use one of {', '.join(LEVELS)}")
    if choice != "auto":
        return choice
    if camera.zoom < REGION_BELOW_ZOOM:
        return "region"
    if camera.zoom < COUNTRY_BELOW_ZOOM:
        return "country"
    return "city"


@dataclass(frozen=True)
class Clusters:
    """Places grouped at one level.

    ``of_place[i]`` is the cluster of place row ``i`` (the last slot, for "no place", is -1);
    ``table`` has one row per cluster: ``id, name, kind, country_code, lon, lat, members``.
    """

    level: str
    of_place: np.ndarray
    table: pd.DataFrame
    place_ids: np.ndarray  # ids of the places table's rows, in order

    def of(self, place_rows: np.ndarray) -> np.ndarray:
        """Cluster of each place row (-1 stays -1)."""
        return self.of_place[place_rows]

    def ids_of(self, place_ids) -> set[str]:
        """Ids of the clusters that hold these place ids."""
        if "_row_of" not in self.__dict__:
            # frozen dataclass: the look-up table is cached beside the fields
            object.__setattr__(self, "_row_of", {p: i for i, p in enumerate(self.place_ids)})
        rows = [self._row_of[p] for p in place_ids if p in self._row_of]
        return set(self.table["id"].to_numpy(dtype=object)[self.of_place[rows]])


def _identity(places: pd.DataFrame) -> Clusters:
    of_place = np.append(np.arange(len(places), dtype=np.int64), -1)
    table = places[["id", "name", "kind", "country_code", "lon", "lat", "members"]]
    ids = places["id"].to_numpy(dtype=object)
    return Clusters("city", of_place, table.reset_index(drop=True), ids)


def mean_longitude(lon: np.ndarray) -> float:
    """The mean of longitudes in degrees taken around the globe (missing values left out):
    places on both sides of the 180th meridian meet in the Pacific, not at Greenwich.

    >>> round(mean_longitude(np.array([175.0, -165.0])), 6)
    -175.0
    >>> round(mean_longitude(np.array([10.0, 20.0, np.nan])), 6)
    15.0
    """
    radians = np.radians(lon[~np.isnan(lon)])
    if not len(radians):
        return float("nan")
    return float(np.degrees(np.arctan2(np.sin(radians).mean(), np.cos(radians).mean())))


def cluster_places(places: pd.DataFrame, level: str) -> Clusters:
    """Group the rows of a places table at ``level`` (see :func:`cluster_level`).

    - ``city``: every place is its own cluster.
    - ``country``: places of a country merge into the country's place (its label point);
      regions, seas and routes, which lie in no single country, stay themselves.
    - ``region``: countries merge into their continent, placed at the mean position of the
      table's countries on it (longitudes averaged around the globe: Oceania's islands east
      of the 180th meridian do not pull its hub into the Indian Ocean); a region whose
      members all lie on one continent, or that is a continent by name ("Asia"), joins it.
    """
    if level == "city" or not len(places):
        return _identity(places)
    ids = places["id"].to_numpy(dtype=object)
    codes = places["country_code"].to_numpy(dtype=object)
    row_of = {pid: i for i, pid in enumerate(ids)}
    country_row = np.array(
        [row_of.get(f"country:{c}", i) if isinstance(c, str) else i for i, c in enumerate(codes)],
        dtype=np.int64,
    )
    if level == "country":
        used, of_place = np.unique(country_row, return_inverse=True)
        table = places.iloc[used][["id", "name", "kind", "country_code", "lon", "lat", "members"]]
        return Clusters(level, np.append(of_place, -1), table.reset_index(drop=True), ids)
    if level != "region":
        raise ValueError(f"cluster level is '{level}': use one of {', '.join(LEVELS[1:])}")
    keys = []
    names = places["name"].to_numpy(dtype=object)
    for i, code in enumerate(codes):
        continent = continent_of(code) if isinstance(code, str) else None
        if continent is None and places["kind"].iat[i] == "region":
            # the region "Asia" is the continent Asia: one hub and one label, not two
            continent = _CONTINENT_OF_NAME.get(str(names[i]).casefold())
        if continent is None:
            members = places["members"].iat[i] or ()
            found = {continent_of(m) for m in members}
            continent = found.pop() if len(found) == 1 and None not in found else None
        keys.append(f"continent:{continent}" if continent else ids[i])
    cluster_ids, of_place = np.unique(np.asarray(keys, dtype=object), return_inverse=True)
    lon = places["lon"].to_numpy(float)
    lat = places["lat"].to_numpy(float)
    is_country = (places["kind"] == "country").to_numpy()
    rows = []
    for k, cid in enumerate(cluster_ids):
        members_rows = np.flatnonzero(of_place == k)
        if cid.startswith("continent:"):
            code = cid.split(":", 1)[1]
            pick = members_rows[is_country[members_rows]]
            pick = pick if len(pick) else members_rows
            rows.append(
                {
                    "id": cid,
                    "name": CONTINENT_NAMES.get(code, code),
                    "kind": "region",
                    "country_code": None,
                    "lon": mean_longitude(lon[pick]),
                    "lat": float(np.nanmean(lat[pick])),
                    "members": tuple(
                        sorted({c for c in codes[members_rows] if isinstance(c, str)})
                    ),
                }
            )
        else:
            r = members_rows[0]
            rows.append(
                {
                    "id": cid,
                    "name": places["name"].iat[r],
                    "kind": places["kind"].iat[r],
                    "country_code": codes[r],
                    "lon": lon[r],
                    "lat": lat[r],
                    "members": places["members"].iat[r],
                }
            )
    table = pd.DataFrame(
        rows, columns=["id", "name", "kind", "country_code", "lon", "lat", "members"]
    )
    return Clusters(level, np.append(of_place.astype(np.int64), -1), table, ids)
