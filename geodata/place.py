"""The place types shared by the gazetteer, the resolver and everything that draws places."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Place:
    """A resolved place. Coordinates are (lon, lat) in EPSG:4326.

    ``id`` is stable across runs: ``country:UA``, ``geonames:703448``, ``region:western-balkans``.
    ``members`` lists the ISO alpha-2 codes a region or sea route covers (used to filter by
    region and to shade countries); empty for cities and countries.
    ``precision`` is how far the point may be from what it stands for:
    ``point`` (a city or hub), ``country``, ``region`` (a centroid of a wide area).
    """

    id: str
    name: str
    kind: str  # city | country | region | sea | route | other
    lon: float
    lat: float
    country_code: str | None = None
    precision: str = "point"
    population: int = 0
    names: tuple[str, ...] = ()
    members: tuple[str, ...] = ()

    def as_json(self) -> dict:
        return {
            "name": self.name,
            "kind": self.kind,
            "country_code": self.country_code,
            "lon": round(self.lon, 5),
            "lat": round(self.lat, 5),
        }


@dataclass(frozen=True)
class Resolution:
    """The outcome of resolving one name: the place (or None), how sure, and how it was found.

    ``score`` is in 0..1 (1 = exact unambiguous match); ``method`` is one of
    ``exact``, ``alias``, ``demonym``, ``context``, ``fuzzy``, ``none``.
    """

    query: str
    place: Place | None
    score: float = 0.0
    method: str = "none"
    alternatives: tuple[Place, ...] = field(default_factory=tuple)

    @property
    def resolved(self) -> bool:
        return self.place is not None
