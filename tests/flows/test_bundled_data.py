"""The bundled curated dataset (flows/data/*.yaml) is complete, valid and honest about its figures.

Raw YAML is read with ``yaml.safe_load`` so that the shape of the files themselves is checked
(quoted dates, one category per file); the application's loader is checked separately to make
sure it sees exactly the same records, and every place must resolve in the offline gazetteer.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from flows.dates import PartialDate
from flows.load import load_records
from flows.model import FlowRecord
from flows.validate import check_places
from geodata.gazetteer import load_gazetteer

DATA_DIR = Path(__file__).resolve().parents[2] / "flows" / "data"
CATEGORY_FILES = {
    "migrant_smuggling": "migrant_smuggling.yaml",
    "drugs": "drugs.yaml",
    "weapons": "weapons.yaml",
    "human_trafficking": "human_trafficking.yaml",
    "illicit_finance": "illicit_finance.yaml",
}
MIN_RECORDS = 85


def _load_raw() -> list[tuple[str, dict[str, Any]]]:
    """Every record as (file name, raw mapping), in file order."""
    out = []
    for path in sorted(DATA_DIR.glob("*.yaml")):
        items = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(items, list), f"{path.name}: top level must be a list of records"
        out.extend((path.name, item) for item in items)
    return out


RAW = _load_raw()
RECORDS = [FlowRecord.model_validate(item) for _, item in RAW]


def _ids(rows: list[tuple[str, dict[str, Any]]]) -> list[str]:
    return [str(item.get("id")) for _, item in rows]


def test_every_category_has_its_file_with_a_header_comment() -> None:
    for name in CATEGORY_FILES.values():
        text = (DATA_DIR / name).read_text(encoding="utf-8")
        assert text.startswith(f"# {name} - "), f"{name}: first line must say what the file holds"


def test_there_are_enough_records() -> None:
    assert len(RAW) >= MIN_RECORDS


@pytest.mark.parametrize(("file", "item"), RAW, ids=_ids(RAW))
def test_record_validates_and_sits_in_its_category_file(file: str, item: dict[str, Any]) -> None:
    record = FlowRecord.model_validate(item)
    assert CATEGORY_FILES[record.category] == file


def test_ids_are_unique() -> None:
    repeated = [i for i, n in Counter(r.id for r in RECORDS).items() if n > 1]
    assert repeated == []


def test_all_five_categories_are_present() -> None:
    assert {r.category for r in RECORDS} == set(CATEGORY_FILES)


def test_every_record_names_a_source_with_title_and_publisher() -> None:
    missing = [r.id for r in RECORDS if not any(s.title and s.publisher for s in r.sources)]
    assert missing == []


def test_every_record_cites_a_web_address() -> None:
    missing = [r.id for r in RECORDS if not any((s.url or "")[:4] == "http" for s in r.sources)]
    assert missing == []


def test_every_quantity_says_its_unit_and_what_it_counts() -> None:
    bad = [r.id for r in RECORDS if r.quantity and not (r.quantity.unit and r.quantity.what)]
    assert bad == []


def test_frontex_detections_are_labelled_as_not_persons() -> None:
    bad = [
        r.id
        for r in RECORDS
        if r.quantity and r.quantity.unit == "detections" and "not persons" not in r.quantity.what
    ]
    assert bad == []


@pytest.mark.parametrize("field", ["period_start", "period_end"])
def test_periods_are_quoted_iso_partial_dates(field: str) -> None:
    for file, item in RAW:
        value = item.get(field)
        if value is None:
            continue
        # An unquoted 2015 would arrive as an int: the files must hold text.
        assert isinstance(value, str), f"{file}: {item['id']}: {field} must be a quoted string"
        assert str(PartialDate.parse(value)) == value


def test_published_dates_are_quoted_iso_partial_dates() -> None:
    for file, item in RAW:
        for source in item["sources"]:
            value = source.get("published")
            if value is not None:
                assert isinstance(value, str), f"{file}: {item['id']}: published must be quoted"
                PartialDate.parse(value)


def test_summaries_are_paraphrases_not_quotations() -> None:
    quoted = [r.id for r in RECORDS if not r.summary or r.summary.lstrip()[0] in "\"'«“"]
    assert quoted == []


@pytest.mark.parametrize(
    ("verification", "ceiling"),
    [("disputed", 0.5), ("unverified", 0.5)],
)
def test_weak_evidence_gets_low_confidence(verification: str, ceiling: float) -> None:
    too_sure = [r.id for r in RECORDS if r.verification == verification and r.confidence > ceiling]
    assert too_sure == []


def test_seed_article_records_are_french_with_evidence_offsets() -> None:
    seeds = [r for r in RECORDS if r.id.startswith("seed-")]
    assert len(seeds) >= 4
    for r in seeds:
        source = r.sources[0]
        assert source.language == "fr"
        assert source.evidence and source.evidence_start is not None
        assert source.evidence_end - source.evidence_start == len(source.evidence)


def test_application_loader_sees_the_same_records() -> None:
    result = load_records([DATA_DIR])
    assert [str(i) for i in result.issues] == []
    assert [r.model_dump() for r in result.records] == [r.model_dump() for r in RECORDS]


def test_every_place_resolves_in_the_offline_gazetteer() -> None:
    result = load_records([DATA_DIR])
    issues = check_places(result.records, result.where, load_gazetteer())
    assert [str(i) for i in issues] == []
