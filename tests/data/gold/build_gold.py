"""Build gold.jsonl from the hand annotations in texts_seeds.py, texts_fr.py, texts_en.py and the
held-out texts_heldout.py and texts_heldout2.py.

Every whole-word occurrence of an annotated surface is a gold mention (longest surfaces first,
no overlaps, nothing inside a ``mask`` string such as an organisation name). Country points
come from geodata/data/countries.csv (label points); other places carry hand coordinates.

Run: .venv/bin/python tests/data/gold/build_gold.py [SEEDS_DIR]
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))

import texts_en  # noqa: E402
import texts_fr  # noqa: E402
import texts_heldout  # noqa: E402
import texts_heldout2  # noqa: E402
import texts_seeds  # noqa: E402

SEEDS_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared/seeds")


def country_points() -> dict[str, tuple[float, float]]:
    with open(ROOT / "geodata" / "data" / "countries.csv", encoding="utf-8") as fh:
        return {
            r["iso_a2"]: (float(r["label_lon"]), float(r["label_lat"]))
            for r in csv.DictReader(fh)
            if r["iso_a2"]
        }


POINTS = country_points()
POINTS.setdefault("HK", (114.17, 22.32))


def place_obj(entry) -> dict:
    surface, cc, kind, name, lon, lat = entry
    if kind == "country" and lon is None:
        lon, lat = POINTS[cc]
    return {
        "name": name or surface,
        "country_code": cc,
        "kind": kind,
        "lon": lon,
        "lat": lat,
    }


def mentions(text: str, places: list, mask: list[str], glued: tuple = ()) -> list[dict]:
    masked = [(m.start(), m.end()) for s in mask for m in re.finditer(re.escape(s), text)]
    taken: list[tuple[int, int]] = []
    out = []
    for entry in sorted(places, key=lambda e: -len(e[0])):
        surface = entry[0]
        # "glued" surfaces are typos without a space after them ("la Suèdel’Espagne").
        right = "" if surface in glued else r"(?!\w)"
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}{right}", text):
            a, b = m.start(), m.end()
            if any(a < e and s < b for s, e in taken):
                continue
            if any(s <= a and b <= e and text[s:e] != surface for s, e in masked):
                continue
            taken.append((a, b))
            out.append({"surface": surface, "start": a, "end": b, **place_obj(entry)})
    out.sort(key=lambda d: d["start"])
    return out


def endpoint(ref, places) -> dict | None:
    if ref is None:
        return None
    if ref.startswith("@"):
        cc = ref[1:]
        return {"name": cc, "country_code": cc, "kind": "country", "lon": POINTS[cc][0],
                "lat": POINTS[cc][1]}  # fmt: skip
    for entry in places:
        if entry[0] == ref:
            return place_obj(entry)
    raise KeyError(f"flow endpoint '{ref}' is not among the annotated places")


def build_doc(spec: dict, text: str, lang: str) -> dict:
    places = spec["places"]
    found = mentions(text, places, spec.get("mask", []), tuple(spec.get("glued", ())))
    missing = {e[0] for e in places} - {m["surface"] for m in found}
    if missing:
        raise ValueError(f"{spec['id']}: surfaces not found in text: {sorted(missing)}")
    return {
        "id": spec["id"],
        "text": text,
        "lang": lang,
        "published": spec.get("published"),
        "title": spec.get("title"),
        "gold_places": found,
        "gold_flows": [
            {
                "category": cat,
                "origin": endpoint(o, places),
                "destination": endpoint(d, places),
                "via": [endpoint(v, places) for v in via],
            }
            for cat, o, d, via in spec["flows"]
        ],
    }


def main() -> None:
    docs = []
    for spec in texts_seeds.TEXTS:
        text = (SEEDS_DIR / spec["file"]).read_text(encoding="utf-8")
        docs.append(build_doc(spec, text, "fr"))
    docs += [build_doc(s, s["text"], "fr") for s in texts_fr.TEXTS]
    docs += [build_doc(s, s["text"], "en") for s in texts_en.TEXTS]
    docs += [build_doc(s, s["text"], s["lang"]) for s in texts_heldout.TEXTS]
    docs += [build_doc(s, s["text"], s["lang"]) for s in texts_heldout2.TEXTS]
    out = HERE / "gold.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    n_places = sum(len(d["gold_places"]) for d in docs)
    n_flows = sum(len(d["gold_flows"]) for d in docs)
    print(f"wrote {out}: {len(docs)} documents, {n_places} place mentions, {n_flows} flows")


if __name__ == "__main__":
    main()
