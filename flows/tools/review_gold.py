"""Review annotated real documents through the product's own queue, deciding as an analyst
would from the annotations, and (optionally) add the accepted flows to the bundled data.

For each gold file (``tests/data/gold_real/*.jsonl``, annotated by ANNOTATION.md):

1. ``flows extract FILE --to-review --store STORE`` queues the candidates (the product's path);
2. ``flows review list --state pending`` reads the queue; each candidate is compared with the
   annotated flows of its document, and decided (all decisions in one file, applied with
   ``flows review apply``, as ``flows review accept|reject`` would one by one):

   - the annotation has the same flow (category, origin and destination agree): **accept**;
   - the annotation has a flow in the same sentence that shares the category or both
     endpoints: **edit** it to the annotation (``--set``) and accept;
   - a repeat of a curated record (``duplicate_of``) or no such flow: **reject**, with a note;
   - an annotated flow that no candidate gave: **add** it by hand (``flows review add``), with
     its annotated evidence, as a reviewer who reads the document does;

3. ``flows export-reviewed`` writes the accepted records; with ``--bundle DIR`` they are given
   stable ids, a summary and notes, and appended to the category files of DIR (the bundled
   ``flows/data``), replacing the block this tool wrote before.

The annotations are read by this program only: a person running it for the frozen test part
sees counts, never the documents (``--quiet``). Places agree as the scorer counts them: a
country by its ISO code, a city within 161 km, a region or sea by name or within 500 km.

Run: .venv/bin/python -m flows.tools.review_gold tests/data/gold_real/dev_en.jsonl ...
     --store /tmp/gold-review.sqlite3 [--bundle flows/data] [--quiet]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

BLOCK_START = "# --- reviewed from the real-document corpus (flows/tools/review_gold.py) ---"
PREFIX = {"migrant_smuggling": "ms", "drugs": "dr", "weapons": "wp", "human_trafficking": "ht",
          "illicit_finance": "if", "other": "ot"}  # fmt: skip
CITY_KM, REGION_KM = 161.0, 500.0
# a source title that is a document id is no title: readers saw "fr-004" as a source's name
ID_LIKE_TITLE = re.compile(r"^(en|fr)-\d+$", re.IGNORECASE)


def flows_cli(command: str, *args: str, store: str) -> subprocess.CompletedProcess:
    """Run this checkout's ``flows COMMAND ARGS`` with the review store ``store``."""
    cmd = [sys.executable, "-m", "flows.cli", command]
    cmd += ["--store", store, *args] if command == "review" else [*args, "--store", store]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.run(cmd, env=env, capture_output=True, text=True)


# -- decisions through `flows review apply` ----------------------------------------------------
def as_line(dec: Decision) -> dict:
    """A decision as a line of a decisions file (``flows review apply``)."""
    sets = dict(item.partition("=")[::2] for item in dec.settings)
    if dec.action == "add":
        return {"action": "add", "document": dec.doc, "evidence": dec.gold["evidence"],
                "set": sets, "comment": "annotated flow the extractor missed"}  # fmt: skip
    if dec.action == "reject":
        return {"action": "reject", "key": dec.key, "comment": dec.note}
    return {"action": "accept", "key": dec.key, **({"set": sets} if sets else {})}


def apply_batch(lines: list[dict], store: str) -> tuple[dict[int, dict], dict[int, str]]:
    """Apply decisions with one ``flows review apply`` (two processes, not one per decision).

    The file is checked first (``--dry-run``); the lines the store refuses are left out and
    returned as ``{index: why}``, the others applied. Returns ``({index: outcome}, refused)``,
    outcomes as ``flows review apply --format jsonl`` prints them.
    """
    if not lines:
        return {}, {}
    folder = Path(tempfile.mkdtemp(prefix="review-gold-"))
    path = folder / "decisions.jsonl"

    def write(chosen: list[int]) -> None:
        path.write_text("".join(json.dumps(lines[i], ensure_ascii=False) + "\n" for i in chosen),
                        encoding="utf-8")  # fmt: skip

    write(list(range(len(lines))))
    r = flows_cli("review", "apply", str(path), "--dry-run", "--no-progress", store=store)
    refused = {int(n) - 1: why for n, why in re.findall(r"^  line (\d+): (.*)$", r.stderr, re.M)}
    if r.returncode != 0 and not refused:
        raise RuntimeError(f"flows review apply failed: {r.stderr.strip()}")
    kept = [i for i in range(len(lines)) if i not in refused]
    outcomes: dict[int, dict] = {}
    if kept:
        write(kept)
        r = flows_cli("review", "apply", str(path), "--format", "jsonl", "--no-progress",
                      store=store)  # fmt: skip
        for row in map(json.loads, r.stdout.splitlines()):
            outcomes[kept[row["line"] - 1]] = row
    path.unlink()
    folder.rmdir()
    return outcomes, refused


# -- places --------------------------------------------------------------------------------------
def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def same_place(gold: dict | None, got: dict | None) -> bool:
    """A predicted place (``{name, kind, country_code, lon, lat}``) agrees with a gold one."""
    if gold is None or got is None:
        return gold is None and got is None
    kind = gold.get("kind")
    if kind == "country":
        return bool(gold.get("country_code")) and gold["country_code"] == got.get("country_code") \
            and got.get("kind") == "country"  # fmt: skip
    if kind in ("region", "sea"):
        if (gold.get("name") or "").casefold() == (got.get("name") or "").casefold():
            return True
        limit = REGION_KM
    else:
        limit = CITY_KM
    if None in (gold.get("lon"), gold.get("lat"), got.get("lon"), got.get("lat")):
        return (gold.get("name") or "").casefold() == (got.get("name") or "").casefold()
    return _km((gold["lon"], gold["lat"]), (got["lon"], got["lat"])) <= limit


def place_setting(gold: dict | None) -> str:
    """The ``--set`` text of a gold place: ``Name (CC)`` for places in one country."""
    if gold is None:
        return ""
    from flows.review.edits import format_place

    return format_place(gold["name"], gold.get("country_code"), gold.get("kind"))


# -- decisions -----------------------------------------------------------------------------------
@dataclass
class Decision:
    key: str
    doc: str
    action: str  # accept | edit | reject | add
    settings: list[str] = field(default_factory=list)
    note: str | None = None
    gold: dict | None = None


def _span(text: str, evidence: str | None) -> tuple[int, int] | None:
    if not evidence:
        return None
    at = text.find(evidence)
    return (at, at + len(evidence)) if at >= 0 else None


def decide(doc: dict, candidates: list[dict], resolve) -> list[Decision]:
    """Decisions for the candidates of one document against its annotated flows.

    ``candidates``: rows of ``flows review list --format jsonl``; ``resolve(ref)`` gives the
    place dict of a record's place reference."""
    gold = doc.get("flows") or []
    spans = [_span(doc["text"], g.get("evidence")) for g in gold]
    used: set[int] = set()
    out: dict[str, Decision] = {}
    views = []
    for row in candidates:
        rec = row["record"]
        src = rec["sources"][0]
        views.append((row, rec, resolve(rec.get("origin")), resolve(rec.get("destination")),
                      (src.get("evidence_start"), src.get("evidence_end"))))  # fmt: skip
    for row, *_ in views:
        # records this tool bundled before are not "curated": they are what it rebuilds
        if row.get("duplicate_of") and "-real-" not in row["duplicate_of"]:
            note = f"repeats curated record {row['duplicate_of']}"
            out[row["key"]] = Decision(row["key"], doc["id"], "reject", note=note)

    def overlaps(ev: tuple, i: int) -> bool:
        s = spans[i]
        return s is not None and ev[0] is not None and ev[0] < s[1] and s[0] < ev[1]

    passes = [
        # (what must agree, edit needed, evidence must overlap)
        ("strict", False, False),
        ("ends", True, True),
        ("lenient", True, True),
    ]
    for kind, _, need_overlap in passes:
        for row, rec, o, d, ev in views:
            if row["key"] in out:
                continue
            for i, g in enumerate(gold):
                if i in used or (need_overlap and not overlaps(ev, i)):
                    continue
                so, sd = same_place(g.get("origin"), o), same_place(g.get("destination"), d)
                same_cat = g["category"] == rec["category"]
                if kind == "strict":
                    ok = same_cat and so and sd
                elif kind == "ends":
                    ok = so and sd
                else:
                    ok = same_cat and (
                        (so and g.get("origin") is not None)
                        or (sd and g.get("destination") is not None)
                    )
                if not ok:
                    continue
                used.add(i)
                settings = _settings(g, rec, o, d, doc.get("lang"))
                action = "edit" if settings else "accept"
                out[row["key"]] = Decision(row["key"], doc["id"], action, settings, gold=g)
                break
    for row, *_ in views:
        out.setdefault(row["key"], Decision(row["key"], doc["id"], "reject",
                                            note="no such flow by ANNOTATION.md"))  # fmt: skip
    return [out[row["key"]] for row, *_ in views]


def canonical_commodity(text: str | None, category: str, lang: str | None) -> str | None:
    """The product's word for what an annotation says moves, or None.

    Annotators describe the goods ("219 migrants in a pirogue", "illegal AK-47-type rifles");
    the atlas filters by a short vocabulary (the extractor's category terms: "migrants",
    "small arms"), so the first term of the flow's category in the text gives the word.

    >>> canonical_commodity("illegal AK-47-type rifles", "weapons", "en")
    'small arms'
    >>> canonical_commodity("Rohingya", "migrant_smuggling", "en") is None
    True
    """
    from flows.extract.categories import find_category_terms

    if not text:
        return None
    lang = lang if lang in ("en", "fr") else "en"
    hits = [h for h in find_category_terms(text, lang) if h.category == category]
    return hits[0].commodity if hits else None


def missed_flows(doc: dict, decisions: list[Decision]) -> list[Decision]:
    """``add`` decisions for the annotated flows of ``doc`` that no candidate was turned into.

    Each carries the ``--set`` fields of the annotation; its evidence is the annotated one."""
    found = {id(d.gold) for d in decisions if d.gold is not None}
    out = []
    for g in doc.get("flows") or []:
        if id(g) in found or not g.get("evidence"):
            continue
        settings = [f"category={g['category']}"]
        for end in ("origin", "destination"):
            if g.get(end) is not None:
                settings.append(f"{end}={place_setting(g[end])}")
        if g.get("via"):
            settings.append("via=" + "; ".join(place_setting(v) for v in g["via"]))
        commodity = canonical_commodity(g.get("commodity"), g["category"], doc.get("lang"))
        if commodity:
            settings.append(f"commodity={commodity}")
        for name in ("period_start", "period_end"):
            if g.get(name):
                settings.append(f"{name}={g[name]}")
        out.append(Decision("", doc["id"], "add", settings, gold=g))
    return out


def _settings(
    g: dict, rec: dict, o: dict | None, d: dict | None, lang: str | None = None
) -> list[str]:
    """The ``--set`` edits that turn the candidate into the annotated flow."""
    out = []
    if g["category"] != rec["category"]:
        out.append(f"category={g['category']}")
    if not same_place(g.get("origin"), o):
        out.append(f"origin={place_setting(g.get('origin'))}")
    if not same_place(g.get("destination"), d):
        out.append(f"destination={place_setting(g.get('destination'))}")
    commodity = canonical_commodity(g.get("commodity"), g["category"], lang)
    if commodity and commodity != rec.get("commodity") and out:
        out.append(f"commodity={commodity}")
    for end in ("period_start", "period_end"):
        if (g.get(end) or None) != (rec.get(end) or None):
            out.append(f"{end}={g.get(end) or ''}")
    return out


# -- bundling ------------------------------------------------------------------------------------
class UntitledDocument(ValueError):
    """A document whose records would be cited by its id instead of a title."""


def source_title(doc: dict) -> str:
    """The title a bundled record cites for its document: the document's own ``title``.

    The candidates' title comes from ``flows extract``, which falls back to the document's id
    when the collection gives none; a bundled record must not carry that. Raises
    :class:`UntitledDocument` when the document has no title, a blank one, or an id-like one
    (``fr-004``): fix the corpus (tests/data/gold_real/README.md says how) and bundle again."""
    title = (doc.get("title") or "").strip()
    if not title:
        raise UntitledDocument(f"{doc.get('id')}: the document has no title")
    if title.casefold() == str(doc.get("id", "")).casefold() or ID_LIKE_TITLE.match(title):
        raise UntitledDocument(f"{doc.get('id')}: title {title!r} is a document id")
    return title


def _slug(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", "-", (text or "x").casefold()).strip("-")[:24] or "x"


def summary_of(rec: dict) -> str:
    """One sentence in our words: what moves, between where, when, on whose report."""
    what = rec.get("commodity") or rec["category"].replace("_", " ")
    src = rec["sources"][0]
    o, d = rec.get("origin"), rec.get("destination")
    route = " ".join(
        p for p in ((f"from {o['name']}" if o else ""), (f"to {d['name']}" if d else "")) if p
    )
    when = ""
    if rec.get("period_start"):
        when = f" ({rec['period_start']}" + (
            f" to {rec['period_end']})" if rec.get("period_end") else ")"
        )
    return f"{src['publisher']} reports {what} moving {route}{when}."


def bundle_records(exported: list[dict], decisions: dict[str, Decision], files: dict[str, str],
                   ids: dict[str, str], docs: dict[str, dict]) -> list[dict]:  # fmt: skip
    """Reviewed records as bundled records: stable id, summary, notes, ``reviewed`` status,
    the document's title as the source title.

    ``ids``: candidate record id (``x-...``) -> store key; ``docs``: document id -> document.
    Raises :class:`UntitledDocument` naming every document without a real title (see
    :func:`source_title`): nothing is bundled with an id for a title."""
    out, seen, untitled = [], Counter(), set()
    for rec in exported:
        key = ids.get(rec["id"])
        dec = decisions.get(key) if key else None
        if dec is None:
            continue
        try:
            title = source_title(docs[dec.doc])
        except UntitledDocument as exc:
            untitled.add(str(exc))
            continue
        base = (f"{PREFIX[rec['category']]}-real-{_slug(dec.doc)}-"
                f"{_slug((rec.get('origin') or {}).get('name'))}-"
                f"{_slug((rec.get('destination') or {}).get('name'))}")  # fmt: skip
        seen[base] += 1
        rec = dict(rec)
        rec["sources"] = [
            {**src, "title": title} if i == 0 else src for i, src in enumerate(rec["sources"])
        ]
        rec["id"] = base if seen[base] == 1 else f"{base}-{seen[base]}"
        rec["status"] = "reviewed"
        rec["verification"] = "reported"
        # the reviewer's judgement: a flow the source states, read in its own words
        rec["confidence"] = 0.6
        rec["summary"] = summary_of(rec)
        how = {
            "accept": "candidate accepted as extracted",
            "add": "flow added by the reviewer, the extractor having missed it",
        }.get(dec.action, "candidate edited by the reviewer (" + "; ".join(dec.settings) + ")")
        rec["notes"] = (
            f"Reviewed from document {dec.doc} of the real-document corpus "
            f"(tests/data/gold_real/{files[dec.doc]}) through the review queue: {how}. "
            "Evidence offsets are in that document's excerpt."
        )
        out.append(rec)
    if untitled:
        raise UntitledDocument("; ".join(sorted(untitled)))
    return out


def write_bundle(data_dir: Path, records: list[dict]) -> dict[str, int]:
    """Replace this tool's block at the end of each category file with ``records``."""
    counts: dict[str, int] = {}
    by_cat: dict[str, list[dict]] = {}
    for rec in records:
        by_cat.setdefault(rec["category"], []).append(rec)
    for path in sorted(data_dir.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        head = text.split(BLOCK_START)[0].rstrip("\n") + "\n"
        category = path.stem  # one file per category (tests/flows/test_bundled_data.py)
        recs = by_cat.get(category, [])
        counts[category] = len(recs)
        if recs:
            body = yaml.safe_dump(recs, allow_unicode=True, sort_keys=False, width=100)
            head += f"\n{BLOCK_START}\n" + body
        path.write_text(head, encoding="utf-8")
    return counts


def main(argv: list[str] | None = None) -> int:  # noqa: C901 - the corpus tool's steps in order
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+", help="annotated .jsonl files")
    ap.add_argument("--store", required=True, help="review store file (a fresh one is best)")
    ap.add_argument("--bundle", help="data folder whose category files get the accepted records")
    ap.add_argument("--quiet", action="store_true", help="counts only, no per-document lines")
    args = ap.parse_args(argv)

    from flows.model import PlaceRef
    from geodata.gazetteer import ResolveContext, load_gazetteer

    gaz = load_gazetteer()

    def resolve(ref: dict | None) -> dict | None:
        if ref is None:
            return None
        r = PlaceRef.model_validate(ref)
        ctx = ResolveContext(country_codes=(r.country,) if r.country else ())
        place = gaz.resolve(r.name, context=ctx).place
        if place is None:
            return {"name": r.name, "kind": None, "country_code": r.country}
        return place.as_json()

    docs: dict[str, dict] = {}
    files: dict[str, str] = {}
    for path in args.gold:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                docs[d["id"]] = d
                files[d["id"]] = Path(path).name
        r = flows_cli("extract", path, "--to-review", "--no-progress", "--format", "jsonl",
                      store=args.store)  # fmt: skip
        if r.returncode not in (0, 1):
            print(r.stderr, file=sys.stderr)
            return 1
    listed = flows_cli("review", "list", "--state", "pending", "--format", "jsonl",
                       store=args.store)  # fmt: skip
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    by_doc: dict[str, list[dict]] = {}
    for row in rows:
        if row["doc"] in docs:
            by_doc.setdefault(row["doc"], []).append(row)
    decisions: dict[str, Decision] = {}
    for doc_id, cands in by_doc.items():
        for dec in decide(docs[doc_id], cands, resolve):
            decisions[dec.key] = dec
    tally = Counter(dec.action for dec in decisions.values())
    outcomes, refused = apply_batch([as_line(dec) for dec in decisions.values()], args.store)
    matched_gold = sum(dec.action != "reject" for dec in decisions.values())
    edit_refused = []
    for i, dec in enumerate(decisions.values()):
        why = refused.get(i) or (outcomes.get(i) or {}).get("error")
        if why is None:
            continue
        tally["failed"] += 1
        if not args.quiet:
            print(f"{dec.doc}: {dec.action} failed: {why}", file=sys.stderr)
        if dec.action != "reject":
            matched_gold -= 1
            edit_refused.append({"action": "reject", "key": dec.key, "comment": "edit refused"})
    if edit_refused:
        apply_batch(edit_refused, args.store)
    by_doc_decisions: dict[str, list[Decision]] = {}
    for dec in decisions.values():
        by_doc_decisions.setdefault(dec.doc, []).append(dec)
    additions = [add for doc_id, doc in docs.items()
                 for add in missed_flows(doc, by_doc_decisions.get(doc_id, []))]  # fmt: skip
    outcomes, refused = apply_batch([as_line(dec) for dec in additions], args.store)
    added_ids: dict[str, str] = {}  # record id of a flow added by hand -> its decision key
    for i, dec in enumerate(additions):
        got = outcomes.get(i) or {}
        if i in refused or got.get("error") or not got.get("record_id"):
            tally["add refused"] += 1
            if not args.quiet:
                print(f"{dec.doc}: add refused: {refused.get(i) or got.get('error')}",
                      file=sys.stderr)  # fmt: skip
            continue
        dec.key = f"added:{got['record_id']}"
        decisions[dec.key] = dec
        added_ids[got["record_id"]] = dec.key
        tally["add"] += 1
    n_gold = sum(len(d.get("flows") or []) for d in docs.values())
    print(f"{len(docs)} documents, {len(rows)} candidates: {tally['accept']} accepted as "
          f"extracted, {tally['edit']} edited and accepted, {tally['reject']} rejected, "
          f"{tally['failed']} refused by the store; annotated flows found through the queue: "
          f"{matched_gold} of {n_gold}; added by hand: {tally['add']} "
          f"({tally['add refused']} refused by the store)")  # fmt: skip
    if args.bundle:
        tmp = Path(args.store).with_suffix(".reviewed.yaml")
        r = flows_cli("export-reviewed", "--out", str(tmp), store=args.store)
        if r.returncode != 0:
            print(r.stderr, file=sys.stderr)
            return 1
        exported = yaml.safe_load(tmp.read_text(encoding="utf-8")) or []
        with_ids = {row["record"]["id"]: row["key"] for row in rows} | added_ids
        try:
            records = bundle_records(exported, decisions, files, with_ids, docs)
        except UntitledDocument as exc:
            print(f"refused to bundle: {exc}", file=sys.stderr)
            return 1

        def known(ref: dict | None) -> bool:
            """The gazetteer knows the place, in the country the annotation gives (a "Douma" of
            Guinea-Bissau is not the Syrian town the name alone finds)."""
            got = resolve(ref)
            if got is None:
                return True
            if got.get("lon") is None:
                return False
            hint = ref.get("country") if isinstance(ref, dict) else None
            return not hint or got.get("country_code") in (hint, None)

        kept, unresolved = [], []
        for rec in records:
            ends = [rec.get("origin"), rec.get("destination"), *rec.get("via", [])]
            if all(known(p) for p in ends):
                kept.append(rec)
            else:
                unresolved.append(rec["id"])
        kept = [r for r in kept if r["category"] in PREFIX and r["category"] != "other"]
        counts = write_bundle(Path(args.bundle), kept)
        print(f"bundled {len(kept)} reviewed records into {args.bundle}: {counts}; left out "
              f"{len(unresolved)} whose places the gazetteer does not know")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
