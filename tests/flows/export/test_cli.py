"""``flows snapshot`` and ``flows briefing`` end to end, in process."""

import pytest
import yaml
from PIL import Image
from pptx import Presentation

from flows.cli import main
from flows.views import Filters, View, save_views


@pytest.fixture
def data_file(tmp_path, records):
    path = tmp_path / "records.yaml"
    path.write_text(
        yaml.safe_dump([r.model_dump(exclude_none=True) for r in records], allow_unicode=True),
        encoding="utf-8",
    )
    return path


@pytest.fixture
def views_file(tmp_path):
    path = tmp_path / "views.json"
    save_views(
        path,
        [
            View(name="weapons", title="Weapons", filters=Filters(categories=("weapons",))),
            View(name="drugs", filters=Filters(categories=("drugs",))),
        ],
    )
    return path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_snapshot_with_filter_options(tmp_path, capsys, data_file):
    out = tmp_path / "map.png"
    code, stdout, err = run(
        capsys,
        "snapshot",
        "--data",
        str(data_file),
        "--category",
        "weapons,drugs",
        "--from",
        "2015",
        "--to",
        "2020",
        "--out",
        str(out),
    )
    assert code == 0, err
    assert Image.open(out).size == (1920, 1080)
    assert f"wrote {out}" in err and stdout == ""


def test_snapshot_of_a_saved_view(tmp_path, capsys, data_file, views_file):
    out = tmp_path / "weapons.csv"
    code, _, err = run(
        capsys,
        "snapshot",
        "--data",
        str(data_file),
        "--view",
        "weapons",
        "--views",
        str(views_file),
        "--out",
        str(out),
    )
    assert code == 0, err
    text = out.read_text(encoding="utf-8")
    assert "w-ua-pl" in text and "d-ec-nl" not in text


def test_unknown_view_name(tmp_path, capsys, data_file, views_file):
    code, _, err = run(
        capsys,
        "snapshot",
        "--data",
        str(data_file),
        "--view",
        "balkans",
        "--views",
        str(views_file),
        "--out",
        str(tmp_path / "x.png"),
    )
    assert code == 2
    assert "no view named 'balkans'; views there: 'weapons', 'drugs'" in err
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize(
    ("out", "message"),
    [
        ("map.jpg", "'.jpg' is not an export format; use one of .png, .svg, .pdf"),
        ("missing/map.png", "does not exist"),
    ],
)
def test_bad_output_paths(tmp_path, capsys, data_file, out, message):
    code, stdout, err = run(
        capsys, "snapshot", "--data", str(data_file), "--out", str(tmp_path / out)
    )
    assert code == 2 and message in err and stdout == ""
    assert err.startswith("flows snapshot: error: ")


def test_from_after_to_is_an_error(tmp_path, capsys, data_file):
    code, _, err = run(
        capsys,
        "snapshot",
        "--data",
        str(data_file),
        "--from",
        "2020",
        "--to",
        "2015",
        "--out",
        str(tmp_path / "m.png"),
    )
    assert code == 2 and "--from/--to: '2020 to 2015' ends before it starts" in err


def test_briefing_writes_one_slide_per_view(tmp_path, capsys, data_file, views_file):
    out = tmp_path / "deck.pptx"
    code, _, err = run(
        capsys, "briefing", "--data", str(data_file), "--views", str(views_file), "--out", str(out)
    )
    assert code == 0, err
    titles = [s.shapes.title.text for s in Presentation(str(out)).slides]
    assert titles == ["Trafficking flows briefing", "Weapons", "Drugs flows, all years", "Sources"]
    assert "2/2" in err  # the progress bar reached the end
    assert f"wrote {out} (4 slides)" in err


def test_briefing_with_broken_views_file(tmp_path, capsys, data_file):
    views = tmp_path / "views.json"
    views.write_text("{not json", encoding="utf-8")
    code, _, err = run(
        capsys,
        "briefing",
        "--data",
        str(data_file),
        "--views",
        str(views),
        "--out",
        str(tmp_path / "deck.pptx"),
    )
    assert code == 2 and str(views) in err and "not valid JSON" in err


def test_snapshot_help_lists_formats(capsys):
    with pytest.raises(SystemExit):
        main(["snapshot", "--help"])
    assert ".gpkg" in capsys.readouterr().out


def test_views_default_to_the_workspace(tmp_path, capsys, monkeypatch, data_file):
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    monkeypatch.setenv("FLOWS_WORKSPACE", str(workspace))
    save_views(
        workspace / "views.json", [View(name="drugs", filters=Filters(categories=("drugs",)))]
    )
    out = tmp_path / "drugs.geojson"
    code, _, err = run(
        capsys, "snapshot", "--data", str(data_file), "--view", "drugs", "--out", str(out)
    )
    assert code == 0, err
    code, _, err = run(
        capsys, "snapshot", "--data", str(data_file), "--view", "weapons", "--out", str(out)
    )
    assert code == 2 and f"{workspace / 'views.json'}: no view named 'weapons'" in err


def test_snapshot_reports_a_reused_id_and_keeps_the_first(tmp_path, capsys, data_file):
    import pandas as pd

    first = yaml.safe_load(data_file.read_text(encoding="utf-8"))[0]
    again = dict(first, sources=[{"title": "Other source", "publisher": "Other publisher"}])
    extra = tmp_path / "extra.yaml"
    extra.write_text(yaml.safe_dump([again], allow_unicode=True), encoding="utf-8")
    out = tmp_path / "flows.csv"
    code, _, err = run(
        capsys, "snapshot", "--data", str(data_file), "--data", str(extra), "--out", str(out)
    )
    assert code == 0, err
    assert f"record '{first['id']}'" in err and "duplicate id" in err and "extra.yaml" in err
    table = pd.read_csv(out, header=1).set_index("id")
    assert "Other publisher" not in str(table.loc[first["id"], "source_publishers"])


@pytest.mark.parametrize(
    "options, expected",
    [
        ([], (True, None, None)),  # no camera given: the selected flows are framed
        (["--center", "18,45", "--zoom", "3.5"], (False, (18.0, 45.0), 3.5)),
        (["--zoom", "5"], (False, None, 5.0)),
        (["--center", "10,50"], (False, (10.0, 50.0), None)),
    ],
)
def test_a_camera_given_on_the_command_line_is_kept(options, expected):
    """--center and --zoom set the camera by hand: fitting to the data must not move it."""
    import argparse

    from flows.export import cli

    parser = argparse.ArgumentParser()
    cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["snapshot", "--out", "x.png", *options])
    camera = cli.view_from_args(args).camera
    fit, centre, zoom = expected
    assert camera.fit is fit
    if centre is not None:
        assert (camera.lon, camera.lat) == centre
    if zoom is not None:
        assert camera.zoom == zoom
