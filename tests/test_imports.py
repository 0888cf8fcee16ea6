"""`flows` and `geodata` are plain libraries below the dashboard.

Importing every module pulls in no Streamlit and nothing of ``dashboard/`` (``geodata`` not even
pydeck), and neither does *running* them: every export is exercised in a fresh interpreter and
``sys.modules`` is checked afterwards, which also catches imports hidden inside functions.
"""

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
FORBIDDEN = {"flows": ("streamlit", "dashboard"), "geodata": ("streamlit", "dashboard", "pydeck")}


def _modules(package: str) -> list[str]:
    found = [package]
    for info in pkgutil.walk_packages([str(ROOT / package)], prefix=f"{package}."):
        found.append(info.name)
    return found


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=600
    )


@pytest.mark.parametrize("package", ["flows", "geodata"])
def test_importing_a_package_pulls_in_no_ui(package):
    modules = _modules(package)
    assert len(modules) > 3
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN[package]!r})\n"
        "print(','.join(bad))\n"
    )
    out = _run(code)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"{package} imported {out.stdout.strip()}"


EXERCISE = """
import sys, tempfile
from pathlib import Path
from flows.export.api import export_briefing, render_snapshot
from flows.export.formats import FORMATS
from flows.table.build import table_from_records
from flows.views import Filters, Layers, View
from geodata.countries import load_countries
sys.path.insert(0, "tests/flows/export")
from conftest import TableGazetteer, make_records

table = table_from_records(make_records(), TableGazetteer())
countries = load_countries()
view = View(name="all", filters=Filters(statuses=()), layers=Layers(shading="both", heat=True))
for suffix in FORMATS:
    assert render_snapshot(view, table, countries, suffix.lstrip("."))
with tempfile.TemporaryDirectory() as folder:
    export_briefing([view], table, countries, Path(folder) / "deck.pptx")
from flows.pipeline import answer_view
from flows.render.deck import deck_of
from flows.render.shapes import country_shapes
deck_of(answer_view(table, view), country_shapes()).to_json()
bad = sorted(m for m in sys.modules if m.split('.')[0] in ("streamlit", "dashboard"))
print(",".join(bad))
"""


def test_every_export_runs_without_the_dashboard_or_streamlit():
    out = _run(EXERCISE)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.strip() == "", f"exports imported {out.stdout.strip()}"
