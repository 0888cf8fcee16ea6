"""Subcommands ``flows places``, ``flows extract``, ``flows export-reviewed`` and ``flows review``.

With ``--format jsonl`` stdout carries JSON Lines only (one object per mention or candidate,
DESIGN.md command-line contract); progress bars, warnings and summaries go to stderr.
Run standalone as ``python -m flows.extract.cli`` or through the ``flows`` console script.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

BATCH_SIZE = 200  # documents per review-store transaction


def _docs_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("docs", nargs="+", metavar="DOCS",
                   help="files (.txt .md .html .pdf), .jsonl collections or folders")  # fmt: skip
    p.add_argument("--format", choices=("table", "jsonl"), default="table",
                   help="jsonl: JSON Lines on stdout (default: a readable table)")  # fmt: skip
    p.add_argument("--lang", help="force the language (fr, en...) instead of detecting it")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")


def _emit(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _fmt_place(p: dict | None) -> str:
    if p is None:
        return "?"
    return f"{p['name']}" + (f" ({p['country_code']})" if p.get("country_code") else "")


def _run(args: argparse.Namespace, want_flows: bool) -> int:
    from flows.extract.pipeline import Extractor, iter_documents, progress

    issues: list = []
    extractor = Extractor()
    store = batch = None
    if want_flows and getattr(args, "to_review", False):
        from flows.review.store import ReviewError, ReviewStore

        try:
            store = ReviewStore(args.store) if args.store else ReviewStore()
        except ReviewError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        batch = []
    added = dups = n_docs = n_items = 0
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
        if want_flows:
            for cand in result.candidates:
                n_items += 1
                obj = cand.as_json()
                if args.format == "jsonl":
                    _emit(obj)
                else:
                    via = " > ".join(_fmt_place(v) for v in obj["via"])
                    period = obj["period_start"] or ""
                    if obj["period_end"]:
                        period += f"..{obj['period_end']}"
                    route = f"{_fmt_place(obj['origin'])} -> {_fmt_place(obj['destination'])}"
                    route += f" via {via}" if via else ""
                    conf, evidence = f"{obj['confidence']:.2f}", obj["evidence"][:100]
                    print(f"{doc.id}\t{obj['category']}\t{route}\t{period}\t{conf}\t{evidence}")
            if batch is not None:
                batch.append(result)
                if len(batch) >= BATCH_SIZE:
                    rep = store.add_results(batch)
                    added, dups, batch = added + rep.added, dups + rep.duplicates, []
        else:
            for m in result.mentions:
                n_items += 1
                obj = {"doc": doc.id, "surface": m.surface, "start": m.start, "end": m.end,
                       **m.place.as_json()}  # fmt: skip
                if args.format == "jsonl":
                    _emit(obj)
                else:
                    print(f"{doc.id}\t{m.start}-{m.end}\t{m.surface}\t{obj['name']}\t"
                          f"{obj['kind']}\t{obj['country_code'] or '-'}\t{obj['lon']}, "
                          f"{obj['lat']}")  # fmt: skip
    if batch:
        rep = store.add_results(batch)
        added, dups = added + rep.added, dups + rep.duplicates
    what = "candidate flows" if want_flows else "place mentions"
    print(f"{n_docs} documents, {n_items} {what}, {len(issues)} unreadable", file=sys.stderr)
    if store is not None:
        print(f"review store {store.path}: {added} candidates added, {dups} already there",
              file=sys.stderr)  # fmt: skip
    return 1 if issues else 0


def cmd_places(args: argparse.Namespace) -> int:
    return _run(args, want_flows=False)


def cmd_extract(args: argparse.Namespace) -> int:
    return _run(args, want_flows=True)


def cmd_export_reviewed(args: argparse.Namespace) -> int:
    from flows.export.errors import ExportError
    from flows.review.export import export_reviewed
    from flows.review.store import ReviewError, ReviewStore

    try:
        store = ReviewStore(args.store) if args.store else ReviewStore()
    except ReviewError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        n = export_reviewed(Path(args.out), store)
    except ExportError as exc:  # the folder is not writable, the name is a folder...
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {n} reviewed records to {args.out}", file=sys.stderr)
    return 0


def _gazetteer():
    from geodata.gazetteer import load_gazetteer

    return load_gazetteer()


def cmd_review(args: argparse.Namespace) -> int:
    from flows.review.store import ReviewError, ReviewStore

    try:
        store = ReviewStore(args.store) if args.store else ReviewStore()
        if args.action == "list":
            from flows.review.queue import curated_index, flag_duplicates

            rows = store.list_candidates(args.state, order=args.order)
            dups = flag_duplicates(rows, curated_index(_gazetteer()))
            for row in rows:
                r = row.record
                o = r.origin.name if r.origin else "?"
                d = r.destination.name if r.destination else "?"
                ev = (r.sources[0].evidence or "")[:90]
                dup = dups.get(row.key)
                if args.format == "jsonl":
                    _emit({"key": row.key, "state": row.state, "doc": row.doc_id,
                           "edited": row.edited, "confidence": row.confidence,
                           "duplicate_of": dup.record_id if dup else None,
                           "record": r.model_dump(mode="json", exclude_none=True)})  # fmt: skip
                else:
                    flag = f"dup:{dup.record_id}" if dup else "-"
                    print(f"{row.key[:12]}\t{row.state}\t{row.confidence:.2f}\t{r.category}\t"
                          f"{o} -> {d}\t{flag}\t{ev}")  # fmt: skip
            print(", ".join(f"{k}: {v}" for k, v in store.counts().items()), file=sys.stderr)
        else:
            key = store.full_key(args.key)
            if args.action == "accept":
                edits = None
                if args.set:
                    from flows.review.edits import apply_settings

                    try:
                        edits = apply_settings(store.get(key).record, args.set)
                    except ValueError as exc:
                        raise ReviewError(str(exc)) from None
                store.accept(key, edits)
            else:
                store.reject(key, args.note)
            print(f"{args.action}ed {key[:12]}", file=sys.stderr)
    except ReviewError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def register(subparsers) -> None:
    """Add ``places``, ``extract``, ``export-reviewed`` and ``review`` to a ``flows`` parser."""
    p = subparsers.add_parser("places", help="find and resolve place mentions in documents")
    _docs_args(p)
    p.set_defaults(func=cmd_places)

    p = subparsers.add_parser("extract", help="extract candidate flow records from documents")
    _docs_args(p)
    p.add_argument("--to-review", "--store-candidates", dest="to_review", action="store_true",
                   help="also add the candidates to the workspace review store")  # fmt: skip
    p.add_argument("--store", help="review store file (default: workspace review.sqlite3)")
    p.set_defaults(func=cmd_extract)

    p = subparsers.add_parser("export-reviewed", help="write reviewed records as curated YAML")
    p.add_argument("--out", required=True, help="output .yaml file (written atomically)")
    p.add_argument("--store", help="review store file (default: workspace review.sqlite3)")
    p.set_defaults(func=cmd_export_reviewed)

    p = subparsers.add_parser("review", help="list, accept or reject candidates in the store")
    p.add_argument("--store", help="review store file (default: workspace review.sqlite3)")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    a = actions.add_parser("list", help="list candidates")
    a.add_argument("--state", choices=("pending", "accepted", "rejected"))
    a.add_argument("--format", choices=("table", "jsonl"), default="table")
    a.add_argument("--order", choices=("confidence", "added"), default="confidence",
                   help="highest confidence first (default), or as added")  # fmt: skip
    a = actions.add_parser("accept", help="accept a candidate (key or key prefix)")
    a.add_argument("key")
    a.add_argument("--set", action="append", metavar="FIELD=VALUE",
                   help="edit before accepting, e.g. --set 'destination=Antwerp (BE)' "
                        "--set origin= (repeat; an empty value clears the field)")  # fmt: skip
    a = actions.add_parser("reject", help="reject a candidate (key or key prefix)")
    a.add_argument("key")
    a.add_argument("--note", help="why")
    p.set_defaults(func=cmd_review)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="flows", description="extraction and review commands")
    register(parser.add_subparsers(dest="command", required=True, metavar="COMMAND"))
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
