"""``flows review``: list the queue, decide on candidates (one by one or from a file of
decisions), add a flow the extractor missed, read a record's audit trail, purge.

Decisions made here are the local user's (issuer ``local``, subject ``user@host``): whoever can
run this command on the machine can write the store file anyway. With ``--format jsonl``,
stdout carries one JSON object per line and nothing else.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from flows.cli import path_text_arg
from flows.review.store import AuditEntry, ReviewStore, skipped_messages


def _emit(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _short(value: object, width: int = 60) -> str:
    """A field value on one line: names of places, lists joined, long texts cut."""
    if isinstance(value, dict) and "name" in value:
        text = value["name"] + (f" ({value['country']})" if value.get("country") else "")
    elif isinstance(value, list):
        text = "; ".join(_short(v, width) for v in value) or "(none)"
    elif value is None:
        text = "(none)"
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_entry(entry: AuditEntry) -> list[str]:
    """The lines ``flows review history`` prints for one audit entry.

    The first line says when, what and who; then the flow added by hand, or one line per
    changed field (sources and evidence only as "changed"), and the comment.
    """
    when = entry.at.replace("T", " ").replace("+00:00", " UTC")
    states = f"{entry.state_before or '-'} -> {entry.state_after or '(removed)'}"
    who = f"{entry.actor.label}, {entry.actor.role}"
    lines = [f"{when}  {entry.action:<7} {states:<22} by {who}"]
    if entry.action == "add" and entry.record_after:
        r = entry.record_after
        lines.append(
            f"    {r.get('category')}: {_short(r.get('origin'))} -> {_short(r.get('destination'))}"
        )
    if entry.action in ("accept", "edit"):
        for field, before, after in entry.changes():
            if field in ("status", "reviewed_by", "reviewed_at"):
                continue
            if field == "sources":
                lines.append("    sources: changed")
            else:
                lines.append(f"    {field}: {_short(before)} -> {_short(after)}")
    if entry.comment:
        lines.append(f"    comment: {' '.join(entry.comment.split())}")
    return lines


def entry_json(entry: AuditEntry) -> dict:
    return {
        "seq": entry.seq,
        "key": entry.key,
        "record_id": entry.record_id,
        "action": entry.action,
        "at": entry.at,
        "state_before": entry.state_before,
        "state_after": entry.state_after,
        "by": {
            "issuer": entry.actor.issuer,
            "subject": entry.actor.subject,
            "name": entry.actor.name,
            "role": entry.actor.role,
        },
        "changes": [
            {"field": f, "before": b, "after": a}
            for f, b, a in entry.changes()
            if f not in ("status", "reviewed_by", "reviewed_at")
        ],
        "comment": entry.comment,
    }


def _gazetteer():
    from geodata.gazetteer import load_gazetteer

    return load_gazetteer()


def _list(store: ReviewStore, args: argparse.Namespace) -> None:
    from flows.review.queue import curated_index, flag_duplicates

    rows = store.list_candidates(args.state, order=args.order)
    dups = flag_duplicates(rows, curated_index(_gazetteer()))
    for row in rows:
        r = row.record
        dup = dups.get(row.key)
        if args.format == "jsonl":
            _emit({"key": row.key, "state": row.state, "doc": row.doc_id,
                   "edited": row.edited, "confidence": row.confidence,
                   "duplicate_of": dup.record_id if dup else None,
                   "record": r.model_dump(mode="json", exclude_none=True)})  # fmt: skip
            continue
        o = r.origin.name if r.origin else "?"
        d = r.destination.name if r.destination else "?"
        ev = (r.sources[0].evidence or "")[:90]
        flag = f"dup:{dup.record_id}" if dup else "-"
        print(f"{row.key[:12]}\t{row.state}\t{row.confidence:.2f}\t{r.category}\t"
              f"{o} -> {d}\t{flag}\t{ev}")  # fmt: skip
    print(", ".join(f"{k}: {v}" for k, v in store.counts().items()), file=sys.stderr)
    for message in skipped_messages(store):
        print(f"warning: {message}", file=sys.stderr)


def _history(store: ReviewStore, args: argparse.Namespace) -> None:
    entries = store.history(args.id)
    if args.format == "jsonl":
        for entry in entries:
            _emit(entry_json(entry))
        return
    if not entries:
        print(f"no decision on '{args.id}' yet: it is pending", file=sys.stderr)
        return
    ids = sorted({e.record_id for e in entries if e.record_id})
    keys = sorted({e.key[:12] for e in entries})
    print(f"record {', '.join(ids) or '?'} (candidate {', '.join(keys)})")
    for entry in entries:
        for line in format_entry(entry):
            print(line)


def _decide(store: ReviewStore, args: argparse.Namespace, actor) -> None:
    from flows.review.store import ReviewError

    key = store.full_key(args.key)
    if args.action == "accept":
        edits = None
        if args.set:
            from flows.review.edits import apply_settings

            try:
                edits = apply_settings(store.get(key).record, args.set)
            except ValueError as exc:
                raise ReviewError(str(exc)) from None
        store.accept(key, edits, actor=actor, comment=args.comment)
    elif args.action == "reject":
        store.reject(key, args.comment, actor=actor)
    else:
        store.reset(key, actor=actor, comment=args.comment)
    state = store.state_of(key)  # also for a row whose record cannot be read
    print(f"{args.action}: {key[:12]} is {state} (by {actor.name})", file=sys.stderr)


def _documents(store: ReviewStore, args: argparse.Namespace) -> None:
    for content_hash, doc_id, title, n in store.list_documents():
        if args.format == "jsonl":
            _emit({"hash": content_hash, "doc": doc_id, "title": title, "candidates": n})
        else:
            print(f"{content_hash[:12]}\t{doc_id}\t{n}\t{_short(title or '-', 70)}")


def _add(store: ReviewStore, args: argparse.Namespace, actor) -> None:
    """A flow the extractor missed: ``--set`` fields on an empty record, a quote as evidence."""
    from flows.review.edits import parse_settings
    from flows.review.store import ReviewError

    try:
        fields = parse_settings(args.set or [])
    except ValueError as exc:
        raise ReviewError(str(exc)) from None
    from flows.review.queue import gazetteer_place_key

    record = store.add_missed(args.document, fields, args.evidence, actor=actor,
                              comment=args.comment,
                              place_key=gazetteer_place_key(_gazetteer()))  # fmt: skip
    o = record.origin.name if record.origin else "?"
    d = record.destination.name if record.destination else "?"
    print(f"added: {record.id} {record.category} {o} -> {d}, accepted (by {actor.name})",
          file=sys.stderr)  # fmt: skip


def _apply(store: ReviewStore, args: argparse.Namespace, actor) -> int:
    """``flows review apply FILE``: check every decision of the file, then apply them."""
    from tqdm import tqdm

    from flows.review.batch import apply_decisions
    from flows.review.queue import gazetteer_place_key

    source = "standard input" if args.file == "-" else args.file
    try:
        # "utf-8-sig": a file saved by a spreadsheet or a Windows editor may start with a BOM
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        from flows.review.store import ReviewError

        raise ReviewError(f"cannot read the decisions file {source}: {exc}") from None
    needs_places = '"add"' in text  # the gazetteer only compares the ends of added flows
    outcomes = apply_decisions(
        store, text, actor=actor, source=source, dry_run=args.dry_run,
        place_key=gazetteer_place_key(_gazetteer()) if needs_places else None,
        progress=lambda ds: tqdm(ds, desc="decisions", unit="decision", file=sys.stderr,
                                 delay=1.0, disable=args.no_progress),
    )  # fmt: skip
    refused = [o for o in outcomes if o.error]
    for o in outcomes:
        if args.format == "jsonl":
            _emit(o.as_json())
        elif o.error:
            print(f"line {o.line}: {o.subject or o.action} refused: {o.error}", file=sys.stderr)
    if args.dry_run:
        print(f"{source}: {len(outcomes)} decisions checked, none applied (--dry-run)",
              file=sys.stderr)  # fmt: skip
        return 0
    done = [o for o in outcomes if not o.error]
    tally = {a: sum(o.action == a for o in done) for a in ("accept", "reject", "reset", "add")}
    edited = sum(o.edited for o in done)
    print(f"applied {len(done)} of {len(outcomes)} decisions (by {actor.name}): "
          f"{tally['accept']} accepted ({edited} edited), {tally['reject']} rejected, "
          f"{tally['reset']} reset, {tally['add']} added"
          + (f"; {len(refused)} refused" if refused else ""), file=sys.stderr)  # fmt: skip
    return 1 if refused else 0


def cmd_review(args: argparse.Namespace) -> int:
    from flows.access import AccessDenied, local_actor
    from flows.review.batch import DecisionsError
    from flows.review.store import ReviewError

    try:
        store = ReviewStore(args.store) if args.store else ReviewStore()
        if args.action == "list":
            _list(store, args)
            if store.skipped:  # rows that could not be read were named above
                return 1
        elif args.action == "history":
            _history(store, args)
        elif args.action == "documents":
            _documents(store, args)
        elif args.action == "add":
            _add(store, args, local_actor())
        elif args.action == "apply":
            return _apply(store, args, local_actor())
        elif args.action == "purge":
            actor = local_actor()
            n = store.purge(actor=actor, comment=args.comment)
            print(f"purged {n} rejected candidates (by {actor.name})", file=sys.stderr)
        else:
            _decide(store, args, local_actor())
    except (ReviewError, AccessDenied, DecisionsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def register(subparsers) -> None:
    """Add ``review`` (list, accept, reject, reset, history, documents, add, apply, purge) to a
    ``flows`` parser."""
    p = subparsers.add_parser(
        "review", help="list, accept or reject candidates; print a record's audit trail"
    )
    p.add_argument("--store", type=path_text_arg,
                   help="review store file (default: workspace review.sqlite3)")  # fmt: skip
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    a = actions.add_parser("list", help="list candidates")
    a.add_argument("--state", choices=("pending", "accepted", "rejected"))
    a.add_argument("--format", choices=("table", "jsonl"), default="table")
    a.add_argument("--order", choices=("confidence", "added"), default="confidence",
                   help="highest confidence first (default), or as added")  # fmt: skip
    for name, help_text in (
        ("accept", "accept a candidate (key or key prefix)"),
        ("reject", "reject a candidate (key or key prefix)"),
        ("reset", "undo a decision: back to pending (key or key prefix)"),
    ):
        a = actions.add_parser(name, help=help_text)
        a.add_argument("key")
        a.add_argument("--comment", help="why (kept in the audit trail)")
        if name == "accept":
            a.add_argument(
                "--set",
                action="append",
                metavar="FIELD=VALUE",
                help="edit before accepting, e.g. --set 'destination=Antwerp (BE)' --set "
                "origin= (repeat; an empty value clears the field)",
            )
        if name == "reject":
            a.add_argument("--note", dest="comment", help=argparse.SUPPRESS)  # older spelling
    a = actions.add_parser(
        "history", help="who decided what and when on a record (record id or candidate key)"
    )
    a.add_argument("id", metavar="ID", help="record id, candidate key or key prefix")
    a.add_argument("--format", choices=("table", "jsonl"), default="table")
    a = actions.add_parser("documents", help="list the documents of the queue")
    a.add_argument("--format", choices=("table", "jsonl"), default="table")
    a = actions.add_parser(
        "add",
        help="add a flow the extractor missed in a document of the queue (accepted at once)",
    )
    a.add_argument("document", help="document id, or the start of its hash (see `documents`)")
    a.add_argument(
        "--evidence",
        required=True,
        help="the sentence of the document that states the flow, quoted exactly",
    )
    a.add_argument(
        "--set",
        action="append",
        metavar="FIELD=VALUE",
        help="a field of the flow, e.g. --set category=weapons --set 'origin=Serbia (RS)' "
        "--set 'destination=Sweden (SE)' (repeat)",
    )
    a.add_argument("--comment", help="why (kept in the audit trail)")
    a = actions.add_parser(
        "apply",
        help="accept, reject, reset and add from a file of decisions (one JSON object per line)",
        description="Apply the decisions of FILE, one JSON object per line, e.g. "
        '{"action": "accept", "key": "1d0d08", "set": {"origin": "Ukraine (UA)"}}, '
        '{"action": "reject", "key": "28b6d4", "comment": "not a flow"}, {"action": "reset", '
        '"key": "813b1e"}, {"action": "add", "document": "d.txt", "evidence": "a quote", '
        '"set": {"category": "drugs", "destination": "Europe"}}. Every line is checked first: '
        "if one is wrong, each problem is listed with its line and nothing is applied.",
    )
    a.add_argument("file", metavar="FILE", help="decisions file (.jsonl), or - for stdin")
    a.add_argument("--dry-run", action="store_true", help="check the file, apply nothing")
    a.add_argument("--format", choices=("table", "jsonl"), default="table",
                   help="jsonl: one result per decision on stdout")  # fmt: skip
    a.add_argument("--no-progress", action="store_true", help="no progress bar")
    a = actions.add_parser("purge", help="remove rejected candidates (their trail stays)")
    a.add_argument("--comment", help="why (kept in the audit trail)")
    p.set_defaults(func=cmd_review)
