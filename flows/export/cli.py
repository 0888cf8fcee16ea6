"""``flows snapshot`` and ``flows briefing``: exports from the command line, for batches.

    flows snapshot --view balkans --views views.json --out balkans.png
    flows snapshot --category weapons --from 2015 --to 2020 --destination DE --out map.svg
    flows briefing --views views.json --out deck.pptx

The suffix of ``--out`` picks the format. Errors go to stderr with a non-zero exit status;
heavy modules are imported only when a command runs, so ``flows --help`` stays fast.
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import replace
from pathlib import Path

from flows.cli import path_arg
from flows.export.formats import FORMATS

EXIT_BAD_INPUT = 2  # a wrong option, value or file
EXIT_EMPTY = 1  # valid filters that select no record (see --allow-empty)
SHOWN_ISSUES = 20  # load problems printed one by one before the rest are counted


def _split(values: list[str] | None) -> tuple[str, ...]:
    """``--category weapons,drugs --category other`` -> ("weapons", "drugs", "other")."""
    out: list[str] = []
    for value in values or ():
        out.extend(v.strip() for v in value.split(",") if v.strip())
    return tuple(out)


def _add_data_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--data",
        action="append",
        type=path_arg,
        metavar="PATH",
        help="record files or folders (default: bundled data, FLOWS_EXTRA_DATA and the "
        "reviewed records of the workspace)",
    )


def _add_filter_options(p: argparse.ArgumentParser) -> None:
    f = p.add_argument_group("filters (mirror the dashboard; override a --view's own)")
    f.add_argument("--category", action="append", help="weapons, drugs, ... (repeatable, or a,b)")
    f.add_argument("--commodity", action="append", help="what moves, e.g. cocaine")
    f.add_argument(
        "--from",
        dest="period_from",
        metavar="YYYY[-MM]",
        help="first year or month (default: the data's first)",
    )
    f.add_argument(
        "--to",
        dest="period_to",
        metavar="YYYY[-MM]",
        help="last year or month, included (default: the data's last)",
    )
    places = "place, country or region: a name (Ukraine, Western Balkans, EU) or a code (UA)"
    f.add_argument("--origin", action="append", help=places)
    f.add_argument("--destination", action="append", help=places)
    f.add_argument("--via", action="append", help=f"transit {places}")
    f.add_argument("--actor", action="append", help="named group or network")
    f.add_argument("--status", action="append", help="curated, reviewed, extracted")
    f.add_argument("--verification", action="append", help="confirmed, reported, ...")
    f.add_argument("--min-confidence", type=float, help="0..1")
    f.add_argument("--text", help="words the sources or summary must contain")
    f.add_argument(
        "--allow-empty",
        action="store_true",
        help="write the file even when no record matches (otherwise exit status 1)",
    )
    lay = p.add_argument_group("layers, camera and titles")
    lay.add_argument("--width-by", choices=("records", "quantity"))
    lay.add_argument("--top-n", type=int, help="draw the N strongest flows")
    lay.add_argument("--shading", choices=("none", "in", "out", "both"))
    lay.add_argument("--no-routes", action="store_true", help="hide multi-leg routes")
    lay.add_argument("--no-hubs", action="store_true", help="hide places")
    lay.add_argument("--center", metavar="LON,LAT", help="map centre, e.g. 20,45")
    lay.add_argument("--zoom", type=float, help="zoom as in the dashboard (3 = Europe)")
    lay.add_argument("--title")
    lay.add_argument("--subtitle")


def _add_language_option(p: argparse.ArgumentParser) -> None:
    from flows.i18n import LANGUAGE_ENV, LANGUAGES

    p.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of every text in the output (default: a saved view's own language, "
        f"else ${LANGUAGE_ENV}, else en)",
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``snapshot`` and ``briefing`` to the ``flows`` command."""
    formats = "; ".join(f"{s} {what}" for s, (_, what) in FORMATS.items())
    p = subparsers.add_parser(
        "snapshot",
        help="export a view: png svg pdf pptx html geojson gpkg csv xlsx gif mp4",
        description=f"Export one view. The suffix of --out picks the format: {formats}.",
    )
    p.add_argument("--out", required=True, type=path_arg, metavar="FILE", help="output file")
    p.add_argument("--view", metavar="NAME", help="a saved view's name (from --views)")
    p.add_argument(
        "--views",
        type=path_arg,
        metavar="FILE",
        help="saved views JSON file (default: views.json in the workspace, where the "
        "dashboard saves them)",
    )
    p.add_argument(
        "--size",
        choices=("slides", "print"),
        default="slides",
        help="images: slides = 1920x1080 PNG, print = A4 landscape at 300 dpi",
    )
    p.add_argument(
        "--machine-headers",
        action="store_true",
        help="CSV/XLSX: only the machine-readable header row (default: a row of column names "
        "in the output's language, then the machine-readable names)",
    )
    _add_language_option(p)
    _add_data_options(p)
    _add_filter_options(p)
    p.set_defaults(func=cmd_snapshot)

    b = subparsers.add_parser(
        "briefing",
        help="PPTX briefing pack with one slide per saved view",
        description="A title slide, one 16:9 slide per saved view, and a sources slide.",
    )
    b.add_argument(
        "--views",
        type=path_arg,
        metavar="FILE",
        help="saved views JSON file (default: views.json in the workspace)",
    )
    b.add_argument("--out", required=True, type=path_arg, metavar="FILE", help="deck.pptx")
    b.add_argument("--only", action="append", metavar="NAME", help="only these views, in order")
    b.add_argument(
        "--title", help="title slide text (default: 'Trafficking flows briefing' in --lang)"
    )
    _add_language_option(b)
    b.add_argument(
        "--allow-empty",
        action="store_true",
        help="write the pack even when a view selects no record (otherwise exit status 1)",
    )
    _add_data_options(b)
    b.set_defaults(func=cmd_briefing)


def view_from_args(args: argparse.Namespace, base=None):
    """The view to export: ``base`` (a saved view or the default) with the options applied."""
    from flows.views import Camera, Filters, Layers, View

    view = base or View(name="snapshot")
    f = view.filters
    changes: dict = {}
    for option, field_name in (
        ("category", "categories"),
        ("commodity", "commodities"),
        ("origin", "origins"),
        ("destination", "destinations"),
        ("via", "transits"),
        ("actor", "actors"),
        ("status", "statuses"),
        ("verification", "verifications"),
    ):
        values = _split(getattr(args, option))
        if values:
            changes[field_name] = values
    if args.period_from is not None or args.period_to is not None:
        from flows.filter_check import parse_period_bound

        # An open end keeps the saved view's own, else stays open (infinite) until
        # check_view closes it with the data's first or last period.
        old = f.period or (-math.inf, math.inf)
        start = (
            parse_period_bound(args.period_from, end=False, label="--from")
            if args.period_from is not None
            else old[0]
        )
        end = (
            parse_period_bound(args.period_to, end=True, label="--to")
            if args.period_to is not None
            else old[1]
        )
        changes["period"] = (start, end)
    if args.min_confidence is not None:
        changes["min_confidence"] = args.min_confidence
    if args.text is not None:
        changes["text"] = args.text
    filters: Filters = replace(f, **changes)

    layer_changes: dict = {}
    if args.width_by:
        layer_changes["width_by"] = args.width_by
    if args.top_n is not None:
        layer_changes["top_n"] = args.top_n
    if args.shading:
        layer_changes["shading"] = args.shading
    if args.no_routes:
        layer_changes["routes"] = False
    if args.no_hubs:
        layer_changes["hubs"] = False
    layers: Layers = replace(view.layers, **layer_changes)

    camera: Camera = view.camera
    if args.center:
        try:
            lon, lat = (float(v) for v in args.center.split(","))
        except ValueError:
            raise ValueError(f"--center '{args.center}': expected LON,LAT such as 20,45") from None
        camera = replace(camera, lon=lon, lat=lat, fit=False)  # a camera set by hand wins
    if args.zoom is not None:
        camera = replace(camera, zoom=args.zoom, fit=False)
    view = replace(view, filters=filters, layers=layers, camera=camera)
    if args.title is not None:
        view = replace(view, title=args.title)
    if args.subtitle is not None:
        view = replace(view, subtitle=args.subtitle)
    if getattr(args, "lang", None):
        view = replace(view, lang=args.lang)
    return view


def load_table(paths: list[Path] | None):
    """The record table the dashboard draws; load problems are summed up on stderr."""
    from flows.table.load import load_map_table

    table = load_map_table(paths)
    for issue in table.issues[:SHOWN_ISSUES]:
        print(f"warning: {issue}", file=sys.stderr)
    if len(table.issues) > SHOWN_ISSUES:
        print(
            f"warning: {len(table.issues) - SHOWN_ISSUES} more problem(s) in the record files; "
            "records with errors are left out (run 'flows validate' for details)",
            file=sys.stderr,
        )
    return table


def default_views_path() -> Path:
    """The views file the dashboard saves to: ``views.json`` in the workspace folder."""
    from flows.views import VIEWS_FILE
    from flows.workspace import workspace_dir

    return workspace_dir(create=False) / VIEWS_FILE


def _load_views(path: Path | None):
    from flows.views import load_views

    path = path or default_views_path()
    if not path.exists():
        from flows.export.errors import ExportError

        raise ExportError(
            f"{path}: views file not found; save a view in the dashboard (Saved views) "
            "or pass --views FILE"
        )
    return load_views(path)


def _fail(command: str, message: str, status: int = EXIT_BAD_INPUT) -> int:
    for line in message.splitlines() or [""]:
        print(f"flows {command}: error: {line}", file=sys.stderr)
    return status


# The option of each filter field, to name the one a wrong value came from.
_OPTIONS = {
    "categories": "category",
    "commodities": "commodity",
    "origins": "origin",
    "destinations": "destination",
    "transits": "via",
    "actors": "actor",
    "statuses": "status",
    "verifications": "verification",
}


def message_fields(args: argparse.Namespace | None, where: str | None) -> dict[str, str]:
    """How messages name each filter: the option when the command line set it, else the
    saved view's field (``views.json: view 'Balkans', filters.categories``)."""
    from flows.filter_check import CLI_FIELDS, view_fields

    if where is None:
        return dict(CLI_FIELDS)
    fields = view_fields(where)
    if args is not None:
        for name, option in _OPTIONS.items():
            if getattr(args, option, None):
                fields[name] = CLI_FIELDS[name]
        if getattr(args, "period_from", None) or getattr(args, "period_to", None):
            fields["period"] = CLI_FIELDS["period"]
    return fields


def check_view(view, table, fields: dict[str, str], vocab=None):
    """``view`` with its filters checked against the data (FilterError names each wrong
    value, with a suggestion) and put in canonical form (``Ukraine`` -> ``UA``)."""
    from flows.filter_check import check_filters, vocabulary_of_table

    if vocab is None:
        vocab = vocabulary_of_table(table)
    f = view.filters
    gazetteer = None
    if f.origins or f.destinations or f.transits:
        from geodata.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    return replace(view, filters=check_filters(f, vocab, gazetteer, fields))


def count_selected(view, table) -> int:
    """Records ``view`` selects (the same filter as every export)."""
    from flows.filters import filter_mask

    return int(filter_mask(table, view.filters).sum())


def _empty_message(views, table, named: bool = True) -> str | None:
    from flows import messages as msg
    from flows.i18n import gettext

    for view in views:
        if count_selected(view, table) == 0:
            what = (
                gettext(msg.EMPTY_VIEW).format(name=view.name)
                if named
                else gettext(msg.EMPTY_FILTERS)
            )
            return gettext(msg.EMPTY_SELECTION).format(what=what)
    return None


def cmd_snapshot(args: argparse.Namespace) -> int:
    from flows.export.errors import ExportError
    from flows.export.formats import format_for_path
    from flows.views import ViewError

    try:
        format_for_path(args.out)  # a bad suffix fails before any data is loaded
        from flows.export.atomic import check_writable

        check_writable(args.out)
        base = None
        if args.view:
            from flows.export.api import find_view

            where = str(args.views or default_views_path())
            base = find_view(_load_views(args.views), args.view, where=where)
        view = view_from_args(args, base)
        from flows.export.api import export_view
        from geodata.countries import load_countries

        table = load_table(args.data)
        where = f"{args.views or default_views_path()}: view '{args.view}'" if base else None
        view = check_view(view, table, message_fields(args, where))
        empty = None if args.allow_empty else _empty_message([view], table, named=bool(base))
        if empty:
            return _fail("snapshot", empty, EXIT_EMPTY)
        path = export_view(
            view,
            table,
            load_countries(),
            args.out,
            size=args.size,
            machine_headers=args.machine_headers,
        )
    except (ExportError, ViewError, ValueError, OSError) as exc:
        return _fail("snapshot", str(exc))
    print(f"wrote {path}", file=sys.stderr)
    return 0


def cmd_briefing(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from flows.export.errors import ExportError
    from flows.views import ViewError

    try:
        if args.out.suffix.lower() != ".pptx":
            raise ExportError(f"{args.out}: a briefing is a .pptx file")
        from flows.export.atomic import check_writable

        check_writable(args.out)
        views = _load_views(args.views)
        if args.only:
            from flows.export.api import find_view

            where = str(args.views or default_views_path())
            views = [find_view(views, name, where=where) for name in args.only]
        if not views:
            raise ExportError(f"{args.views or default_views_path()}: no saved views")
        from flows.export.api import export_briefing
        from geodata.countries import load_countries

        table = load_table(args.data)
        from flows.filter_check import FilterError, vocabulary_of_table

        vocab = vocabulary_of_table(table)
        checked, problems = [], []
        for view in views:
            where = f"{args.views or default_views_path()}: view '{view.name}'"
            try:
                checked.append(check_view(view, table, message_fields(None, where), vocab))
            except FilterError as exc:
                problems += exc.problems
        if problems:
            raise FilterError(problems)
        views = checked
        empty = None if args.allow_empty else _empty_message(views, table)
        if empty:
            return _fail("briefing", empty, EXIT_EMPTY)
        with tqdm(total=len(views), unit="slide", file=sys.stderr, desc="briefing") as bar:

            def progress(done: int, total: int, name: str) -> None:
                bar.set_postfix_str(name[:30])
                bar.update(done - bar.n)

            path = export_briefing(
                views,
                table,
                load_countries(),
                args.out,
                progress=progress,
                title=args.title,
                lang=args.lang,
            )
    except (ExportError, ViewError, ValueError, OSError) as exc:
        return _fail("briefing", str(exc))
    from pptx import Presentation

    # the sources take as many slides as they need: count what was written
    print(f"wrote {path} ({len(Presentation(str(path)).slides)} slides)", file=sys.stderr)
    return 0
