"""Subcommands ``flows places``, ``flows extract`` and ``flows export-reviewed``.

With ``--format jsonl`` stdout carries JSON Lines only (one object per mention or candidate,
DESIGN.md command-line contract); progress bars, warnings and summaries go to stderr.
Run standalone as ``python -m flows.extract.cli`` or through the ``flows`` console script.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from flows.cli import path_text_arg

BATCH_SIZE = 200  # documents per review-store transaction


def _docs_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("docs", nargs="+", metavar="DOCS", type=path_text_arg,
                   help="files (.txt .md .html .pdf), .jsonl collections or folders")  # fmt: skip
    p.add_argument("--format", choices=("table", "jsonl"), default="table",
                   help="jsonl: JSON Lines on stdout (default: a readable table)")  # fmt: skip
    p.add_argument("--lang", help="force the language (fr, en...) instead of detecting it")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")


def _share(text: str) -> float:
    """A number from 0 to 1, for ``--min-confidence``."""
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number from 0 to 1")
    return value


def _emit(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _fmt_place(p: dict | None) -> str:
    if p is None:
        return "?"
    return f"{p['name']}" + (f" ({p['country_code']})" if p.get("country_code") else "")


def _run(args: argparse.Namespace, want_flows: bool) -> int:
    from flows.extract.pipeline import Extractor, iter_documents, progress

    issues: list = []
    # the review queue keeps every lead, ranked by confidence; the output alone may leave out
    # the candidates under --min-confidence (or the model's default threshold, if it has one)
    to_review = want_flows and getattr(args, "to_review", False)
    extractor = Extractor(min_confidence=0 if to_review else getattr(args, "min_confidence", None))
    store = batch = None
    from flows.review.store import ReviewError

    if to_review:
        from flows.access import local_actor
        from flows.review.store import ReviewStore

        actor = local_actor()  # the person at this computer adds the candidates

        try:
            store = ReviewStore(args.store) if args.store else ReviewStore()
        except ReviewError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        batch = []
    added = dups = n_docs = n_items = left_out = 0
    cut: list[str] = []  # documents extracted in part (time budget) or not at all (size)
    for doc in progress(iter_documents(args.docs, issues), "extracting" if want_flows else
                        "finding places", disable=args.no_progress):  # fmt: skip
        n_docs += 1
        try:
            result = extractor.extract(doc, args.lang) if want_flows else extractor.places(
                doc, args.lang)  # fmt: skip
        except Exception as exc:  # one bad document must not stop the batch
            print(f"warning: {doc.id}: extraction failed ({type(exc).__name__}: {exc})",
                  file=sys.stderr)  # fmt: skip
            issues.append(doc.id)
            continue
        for w in result.warnings:
            print(f"warning: {w}", file=sys.stderr)
        if getattr(result, "cut", None):
            cut.append(doc.id)
        if want_flows:
            left_out += result.left_out
            for cand in result.candidates:
                n_items += 1
                _print_candidate(doc.id, cand.as_json(), args.format)
            if batch is not None:
                batch.append(result)
                if len(batch) >= BATCH_SIZE:
                    try:
                        rep = store.add_results(batch, actor=actor)
                    except ReviewError as exc:  # disk full, read-only...: nothing half-saved
                        return _store_failed(exc, store, added, len(batch))
                    added, dups, batch = added + rep.added, dups + rep.duplicates, []
        else:
            for m in result.mentions:
                n_items += 1
                _print_mention(doc.id, m, args.format)
    if batch:
        try:
            rep = store.add_results(batch, actor=actor)
        except ReviewError as exc:
            return _store_failed(exc, store, added, len(batch))
        added, dups = added + rep.added, dups + rep.duplicates
    what = "candidate flows" if want_flows else "place mentions"
    summary = f"{n_docs} documents, {n_items} {what}, {len(issues)} unreadable"
    if left_out:
        summary += (f", {left_out} more under confidence {extractor.min_confidence:g} left out "
                    "(--min-confidence 0 keeps them)")  # fmt: skip
    if cut:
        summary += f", {len(cut)} cut short (see the warnings)"
    print(summary, file=sys.stderr)
    if store is not None:
        print(f"review store {store.path}: {added} candidates added, {dups} already there",
              file=sys.stderr)  # fmt: skip
    return 1 if issues or cut else 0


def _print_candidate(doc_id: str, obj: dict, fmt: str) -> None:
    """One candidate flow on stdout: its JSON object, or a tab-separated line."""
    if fmt == "jsonl":
        _emit(obj)
        return
    via = " > ".join(_fmt_place(v) for v in obj["via"])
    period = obj["period_start"] or ""
    if obj["period_end"]:
        period += f"..{obj['period_end']}"
    route = f"{_fmt_place(obj['origin'])} -> {_fmt_place(obj['destination'])}"
    route += f" via {via}" if via else ""
    conf, evidence = f"{obj['confidence']:.2f}", obj["evidence"][:100]
    print(f"{doc_id}\t{obj['category']}\t{route}\t{period}\t{conf}\t{evidence}")


def _print_mention(doc_id: str, m, fmt: str) -> None:
    """One place mention on stdout: its JSON object, or a tab-separated line."""
    obj = {"doc": doc_id, "surface": m.surface, "start": m.start, "end": m.end,
           **m.place.as_json()}  # fmt: skip
    if fmt == "jsonl":
        _emit(obj)
        return
    print(f"{doc_id}\t{m.start}-{m.end}\t{m.surface}\t{obj['name']}\t"
          f"{obj['kind']}\t{obj['country_code'] or '-'}\t{obj['lon']}, "
          f"{obj['lat']}")  # fmt: skip


def _store_failed(exc: Exception, store, added: int, pending: int) -> int:
    """Say what was saved and what was not when the review store refuses a batch."""
    print(f"error: {exc}", file=sys.stderr)
    print(
        f"review store {store.path}: {added} candidates were saved before this; the last "
        f"{pending} documents were not (the batch was rolled back as a whole): run the same "
        "command again once the problem is fixed, nothing is added twice",
        file=sys.stderr,
    )
    return 1


def cmd_places(args: argparse.Namespace) -> int:
    return _run(args, want_flows=False)


def cmd_extract(args: argparse.Namespace) -> int:
    if getattr(args, "dask", None):
        return _run_dask(args)
    return _run(args, want_flows=True)


def _run_dask(args: argparse.Namespace) -> int:
    """``--dask local|tcp://HOST:PORT --out DIR``: the same extractor over a Dask cluster."""
    if not args.out:
        print("error: --dask writes Parquet parts: give the folder with --out DIR", file=sys.stderr)
        return 2
    if args.to_review:
        print("error: --dask and --to-review do not go together yet", file=sys.stderr)
        return 2
    if args.min_confidence is not None:
        print("error: --min-confidence does not go with --dask yet", file=sys.stderr)
        return 2
    from flows.extract.dask_run import extract_with_dask

    totals = extract_with_dask(
        args.docs, args.dask, Path(args.out), args.lang, args.workers, not args.no_progress
    )
    print(
        f"{totals['docs']} documents, {totals['candidates']} candidate flows, "
        f"{totals['unreadable']} unreadable; {totals['partitions']} parts in {args.out}",
        file=sys.stderr,
    )
    return 1 if totals["unreadable"] else 0


def cmd_export_reviewed(args: argparse.Namespace) -> int:
    from flows.export.errors import ExportError
    from flows.review.export import export_reviewed
    from flows.review.store import ReviewError, ReviewStore, skipped_messages

    try:
        store = ReviewStore(args.store) if args.store else ReviewStore()
    except ReviewError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        n = export_reviewed(Path(args.out), store)
    except (ExportError, ReviewError) as exc:  # not writable, a folder, a damaged store...
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # its folder cannot be created
        print(f"error: {args.out}: cannot be written ({exc.strerror})", file=sys.stderr)
        return 1
    print(f"wrote {n} reviewed records to {args.out}", file=sys.stderr)
    for message in skipped_messages(store):
        print(f"warning: {message}", file=sys.stderr)
    return 1 if store.skipped else 0


def register(subparsers) -> None:
    """Add ``places``, ``extract`` and ``export-reviewed`` to a ``flows`` parser."""
    p = subparsers.add_parser("places", help="find and resolve place mentions in documents")
    _docs_args(p)
    p.set_defaults(func=cmd_places)

    p = subparsers.add_parser("extract", help="extract candidate flow records from documents")
    _docs_args(p)
    p.add_argument("--to-review", "--store-candidates", dest="to_review", action="store_true",
                   help="also add the candidates to the workspace review store")  # fmt: skip
    p.add_argument("--store", type=path_text_arg,
                   help="review store file (default: workspace review.sqlite3)")  # fmt: skip
    p.add_argument("--dask", metavar="local|tcp://HOST:PORT",
                   help="run on Dask: 'local' starts a cluster on this machine, or the address "
                   "of a scheduler; candidates go to Parquet parts under --out")  # fmt: skip
    p.add_argument(
        "--out", metavar="DIR", type=path_text_arg, help="folder of the Parquet parts (with --dask)"
    )
    p.add_argument("--workers", type=int, help="worker processes of --dask local (default: cores)")
    p.add_argument("--min-confidence", type=_share, metavar="P",
                   help="leave out candidates under this confidence (0 to 1), each document's "
                   "most confident excepted (default: the bundled model's cross-validated "
                   "threshold; 0 keeps all; --to-review keeps all)")  # fmt: skip
    p.set_defaults(func=cmd_extract)

    p = subparsers.add_parser("export-reviewed", help="write reviewed records as curated YAML")
    p.add_argument("--out", required=True, type=path_text_arg,
                   help="output .yaml file (written atomically)")  # fmt: skip
    p.add_argument("--store", type=path_text_arg,
                   help="review store file (default: workspace review.sqlite3)")  # fmt: skip
    p.set_defaults(func=cmd_export_reviewed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="flows", description="extraction and review commands")
    register(parser.add_subparsers(dest="command", required=True, metavar="COMMAND"))
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
