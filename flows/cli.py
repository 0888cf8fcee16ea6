"""The ``flows`` command line.

Contract subcommands (``resolve``, ``places``, ``extract`` with ``--format jsonl``) print JSON
Lines on stdout and nothing else; messages and progress go to stderr.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

# Feature modules that add their own subcommands through ``register(subparsers)``.
SUBCOMMAND_MODULES = [
    "flows.extract.cli",
    "flows.review.cli",
    "flows.export.cli",
    "flows.bench",
]


def path_text_arg(text: str) -> str:
    """A path argument as given; an empty one is refused (it would mean the current folder:
    an unset shell variable should not make ``flows`` read everything below it)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path (an unset variable?)")
    return text


def path_arg(text: str) -> Path:
    """:func:`path_text_arg` as a Path."""
    return Path(path_text_arg(text))


path_arg.__name__ = path_text_arg.__name__ = "path"  # argparse: "invalid path value"


def _cmd_validate(args: argparse.Namespace) -> int:
    from flows.validate import validate

    result = validate(args.paths or None)
    errors = [i for i in result.issues if i.is_error]
    for issue in result.issues:
        print(issue, file=sys.stderr)
    files = sorted(set(result.files))
    summary = (
        f"{len(result.table)} records in {len(files)} files: "
        f"{len(errors)} errors, {len(result.issues) - len(errors)} warnings"
    )
    print(summary, file=sys.stderr if errors else sys.stdout)
    return 1 if errors else 0


def _cmd_build(args: argparse.Namespace) -> int:
    from flows.export.errors import ExportError
    from flows.frames import frames_of_table, write_frames
    from flows.validate import validate

    result = validate(args.paths or None)
    errors = [i for i in result.issues if i.is_error]
    for issue in result.issues:
        print(issue, file=sys.stderr)
    if errors and not args.keep_going:
        print(
            f"{len(errors)} errors: nothing written (use --keep-going to build the valid "
            "records anyway)",
            file=sys.stderr,
        )
        return 1
    frames = frames_of_table(result.table)
    try:
        written = write_frames(frames, Path(args.out))
    except (ExportError, OSError) as exc:  # --out is a file, a link, not writable...
        reason = exc if isinstance(exc, ExportError) else f"{args.out}: {exc.strerror}"
        print(f"error: {reason}", file=sys.stderr)
        return 1
    drawn = int(frames.flows["drawable"].sum())
    categories = sorted(frames.flows["category"].unique())
    print(
        f"{len(frames.flows)} flows ({drawn} drawn, {len(frames.flows) - drawn} listed "
        f"without an arc), {len(frames.routes)} routes, {len(frames.places)} places; "
        f"categories: {', '.join(categories)}"
    )
    for reason, group in frames.not_drawn.groupby("not_drawn"):
        print(f"  not drawn ({reason}): {', '.join(group['id'])}")
    for path in written:
        print(f"wrote {path}")
    return 1 if errors else 0


def _cmd_resolve(args: argparse.Namespace) -> int:
    from geodata.gazetteer import ResolveContext, load_gazetteer

    gazetteer = load_gazetteer()
    context = ResolveContext(
        country_codes=tuple(c.upper() for c in args.country or ()), lang=args.lang
    )
    rows = []
    for name in args.names:
        found = gazetteer.resolve(name, lang=args.lang, context=context)
        place = (
            found.place.as_json()
            if found.place
            else dict.fromkeys(("name", "kind", "country_code", "lon", "lat"))
        )
        rows.append({"query": name, **place, "_score": found.score, "_method": found.method})
    if args.format == "jsonl":
        for row in rows:
            clean = {k: v for k, v in row.items() if not k.startswith("_")}
            print(json.dumps(clean, ensure_ascii=False))
    else:
        for row in rows:
            where = (
                f"{row['name']} ({row['kind']}, {row['country_code'] or '-'}) "
                f"at {row['lon']}, {row['lat']}  [{row['_method']}, {row['_score']:.2f}]"
                if row["name"]
                else "not found"
            )
            print(f"{row['query']}: {where}")
    return 0 if all(r["name"] for r in rows) else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="flows", description="Trafficking-flows atlas: data, places, extraction, exports."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("validate", help="check record files (default: the bundled data)")
    p.add_argument(
        "paths", nargs="*", type=path_arg, help="YAML, CSV, XLSX or Parquet files or folders"
    )
    p.set_defaults(func=_cmd_validate)

    p = sub.add_parser("build", help="write places, flows and routes to GeoPackage/GeoParquet")
    p.add_argument("paths", nargs="*", type=path_arg, help="record files (default: bundled data)")
    p.add_argument("--out", required=True, type=path_text_arg, help="output folder")
    p.add_argument("--keep-going", action="store_true", help="build valid records despite errors")
    p.set_defaults(func=_cmd_build)

    p = sub.add_parser("resolve", help="resolve place names with the offline gazetteer")
    p.add_argument("names", nargs="+", help="place names, in any of en fr de it es")
    p.add_argument("--lang", help="language of the names (en, fr, de, it, es)")
    p.add_argument("--country", action="append", help="ISO code to prefer (repeatable)")
    p.add_argument("--format", choices=("table", "jsonl"), default="table")
    p.set_defaults(func=_cmd_resolve)

    for module_name in SUBCOMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            # A feature module that is not installed leaves its commands out, nothing else.
            if exc.name and module_name.startswith(exc.name):
                continue
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) left early: not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
