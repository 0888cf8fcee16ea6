"""Fixtures for export tests: a small, varied set of records turned into a record table.

The places are a fixed table (a gazetteer double with real coordinates) so that the tests
do not depend on how the full gazetteer ranks names; the table is built by the real
:func:`flows.table.build.table_from_records`.
"""

from __future__ import annotations

import pytest

from flows.model import FlowRecord
from flows.views import Camera, Filters, Layers, View
from geodata.place import Place, Resolution

PLACES = {
    "Ukraine": Place("country:UA", "Ukraine", "country", 31.2, 49.0, "UA", "country"),
    "Kyiv": Place("geonames:703448", "Kyiv", "city", 30.52, 50.45, "UA"),
    "Warsaw": Place("geonames:756135", "Warsaw", "city", 21.01, 52.23, "PL"),
    "Berlin": Place("geonames:2950159", "Berlin", "city", 13.40, 52.52, "DE"),
    "Belgrade": Place("geonames:792680", "Belgrade", "city", 20.46, 44.82, "RS"),
    "Budapest": Place("geonames:3054643", "Budapest", "city", 19.04, 47.50, "HU"),
    "Vienna": Place("geonames:2761369", "Vienna", "city", 16.37, 48.21, "AT"),
    "Paris": Place("geonames:2988507", "Paris", "city", 2.35, 48.86, "FR"),
    "Rotterdam": Place("geonames:2747891", "Rotterdam", "city", 4.48, 51.92, "NL"),
    "Antwerp": Place("geonames:2803138", "Antwerp", "city", 4.40, 51.22, "BE"),
    "Tripoli": Place("geonames:2210247", "Tripoli", "city", 13.19, 32.89, "LY"),
    "Lampedusa": Place("geonames:2524245", "Lampedusa", "city", 12.60, 35.51, "IT"),
    "Rome": Place("geonames:3169070", "Rome", "city", 12.50, 41.90, "IT"),
    "Guayaquil": Place("geonames:3657509", "Guayaquil", "city", -79.89, -2.19, "EC"),
    "Lagos": Place("geonames:2332459", "Lagos", "city", 3.39, 6.45, "NG"),
    "Marseille": Place("geonames:2995469", "Marseille", "city", 5.37, 43.30, "FR"),
    "Sarajevo": Place("geonames:3191281", "Sarajevo", "city", 18.36, 43.85, "BA"),
}


class TableGazetteer:
    """Resolves the names in :data:`PLACES`, nothing else."""

    def resolve(self, name, lang=None, context=None):
        place = PLACES.get(name)
        return Resolution(name, place, 1.0 if place else 0.0, "exact" if place else "none")


def _src(title: str, publisher: str, year: str = "2020", **kw) -> dict:
    return {
        "title": title,
        "publisher": publisher,
        "url": f"https://example.org/{year}",
        "published": year,
        **kw,
    }


def make_records() -> list[FlowRecord]:
    raw = [
        dict(
            id="w-ua-pl",
            category="weapons",
            commodity="small arms",
            origin="Kyiv",
            destination="Warsaw",
            period_start="2015",
            period_end="2019",
            sources=[_src("Small arms after the war", "Small Arms Survey")],
        ),
        dict(
            id="w-ua-de",
            category="weapons",
            commodity="small arms",
            origin="Kyiv",
            destination="Berlin",
            period_start="2016",
            period_end="2018",
            sources=[_src("Firearms trafficking", "Europol"), _src("Arms flows", "GI-TOC", "2021")],
        ),
        dict(
            id="w-ua-de-2",
            category="weapons",
            commodity="grenades",
            origin="Kyiv",
            destination="Berlin",
            period_start="2019",
            sources=[_src("Grenades seized", "Europol", "2019")],
        ),
        dict(
            id="w-balkans",
            category="weapons",
            commodity="rifles",
            origin="Sarajevo",
            destination="Paris",
            via=["Belgrade", "Budapest", "Vienna"],
            period_start="2014",
            period_end="2016",
            sources=[_src("Balkan route of weapons", "GI-TOC", "2017")],
        ),
        dict(
            id="m-ly-it",
            category="migrant_smuggling",
            commodity="migrants",
            origin="Tripoli",
            destination="Lampedusa",
            period_start="2016",
            period_end="2017",
            quantity={
                "value": 181000,
                "unit": "detections",
                "what": "irregular crossings",
                "estimate": True,
            },
            sources=[_src("Central Mediterranean", "Frontex", "2018")],
        ),
        dict(
            id="m-ng-ly",
            category="human_trafficking",
            origin="Lagos",
            destination="Tripoli",
            period_start="2017",
            sources=[_src("Trafficking in persons report", "UNODC", "2018")],
        ),
        dict(
            id="d-ec-nl",
            category="drugs",
            commodity="cocaine",
            origin="Guayaquil",
            destination="Rotterdam",
            period_start="2020",
            period_end="2022",
            quantity={"value": 40, "unit": "tonnes", "what": "cocaine seized"},
            sources=[_src("Cocaine insights", "UNODC", "2021")],
        ),
        dict(
            id="d-ec-be",
            category="drugs",
            commodity="cocaine",
            origin="Guayaquil",
            destination="Antwerp",
            period_start="2021",
            quantity={"value": 90, "unit": "tonnes", "what": "cocaine seized"},
            sources=[_src("Port of Antwerp seizures", "Belgian customs", "2022")],
        ),
        dict(
            id="f-fr-it",
            category="illicit_finance",
            commodity="cash",
            origin="Marseille",
            destination="Rome",
            period_start="2018",
            summary="Cash couriers moved $2 million & more <b>weekly</b>",
            sources=[_src("Money laundering typologies", "FATF", "2019")],
        ),
        dict(
            id="x-extracted",
            category="weapons",
            commodity="pistols",
            origin="Belgrade",
            destination="Vienna",
            period_start="2017",
            status="extracted",
            verification="unverified",
            confidence=0.6,
            sources=[
                _src(
                    "Article",
                    "Le Monde",
                    "2017",
                    evidence="Des pistolets passent de Belgrade à Vienne.",
                    evidence_start=0,
                    evidence_end=42,
                )
            ],
        ),
        dict(
            id="no-origin",
            category="drugs",
            commodity="heroin",
            destination="Vienna",
            period_start="2015",
            sources=[_src("Heroin report", "EMCDDA", "2016")],
        ),
    ]
    return [FlowRecord.model_validate(r) for r in raw]


@pytest.fixture(scope="session")
def records() -> list[FlowRecord]:
    return make_records()


@pytest.fixture(scope="session")
def table(records):
    from flows.table.build import table_from_records

    return table_from_records(records, gazetteer=TableGazetteer())


@pytest.fixture(scope="session")
def countries():
    from geodata.countries import load_countries

    return load_countries()


EUROPE = Camera(lon=15.0, lat=48.0, zoom=3.3)
WORLD = Camera(lon=-20.0, lat=25.0, zoom=1.0)


@pytest.fixture(scope="session")
def europe_view() -> View:
    return View(
        name="europe-weapons",
        title="Weapons into the EU",
        filters=Filters(categories=("weapons",), statuses=("curated", "reviewed", "extracted")),
        layers=Layers(shading="in"),
        camera=EUROPE,
    )


@pytest.fixture(scope="session")
def world_view() -> View:
    return View(name="world", filters=Filters(), layers=Layers(shading="both"), camera=WORLD)
