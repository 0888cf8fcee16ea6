"""Gate on the development part of the real-document corpus (tests/data/gold_real/dev_*.jsonl):
the extractor keeps what it reaches on real prose. Scored with the rules of
benchmarks/score_real.py (its functions), in-process; the frozen test part is never read here.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from flows.extract.pipeline import Extractor
from flows.extract.readers import Document

ROOT = Path(__file__).resolve().parents[3]
GOLD = ROOT / "tests" / "data" / "gold_real"
_spec = importlib.util.spec_from_file_location("score_real", ROOT / "benchmarks" / "score_real.py")
score_real = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score_real)

# Floors a little below the figures measured when each gate was set (benchmarks/README.md): a
# change that loses real-prose quality fails here, on text the team did not write.
# - "tuned": the development parts the rules were written from (dev_en, dev_fr, dev_round6_*).
#   Round 3 measured places P 0.936 R 0.924, strict 0.564, lenient 0.776, lenient English
#   0.820, French 0.728; round 4 places P 0.936 R 0.932, strict 0.577.
#   Round 9 measured places P 0.929 R 0.923, strict 0.651, lenient 0.803 (English 0.806,
#   French 0.798).
# - "pool": the round-8 documents, added as development text after one score (places P 0.912
#   R 0.891, strict 0.363, lenient 0.639, English 0.656, French 0.615); round 9's rules were
#   written from their errors: places P 0.918 R 0.900, strict 0.433, lenient 0.692 (English
#   0.702, French 0.678). Round 12's 28 documents joined it after one score (places P 0.925
#   R 0.939, strict 0.420, lenient 0.670); round 12's rules were written partly from their
#   errors (strict 0.523, lenient 0.704); rounds 8 and 12 together: places P 0.922 R 0.914,
#   strict 0.430 -> 0.470, lenient 0.684 -> 0.700 (English 0.685, French 0.721). Rounds 13
#   and 14 joined it the same way, after one score each on arrival (round 14's 28: places P
#   0.914 R 0.882, strict 0.318, lenient 0.682; after round 14's rules 0.417 / 0.714).
#   Round 15's French 14 joined it after one score on arrival (places P 0.945 R 0.873, strict
#   0.617, lenient 0.765 with main before the round). Rounds 17 and 18's 42 documents were
#   scored once in the fresh group, then round 19's rules were written partly from their
#   errors, so they joined this group. Round 19's 28 joined it the same way in round 20
#   (scored once at the end of round 19; round 20's rules were written partly from their
#   errors: strict 0.324 -> 0.511, lenient 0.647 -> 0.744 on them). Round 20's 28 joined it
#   the same way in round 21 (scored once at the end of round 20; round 21's rules were written
#   partly from their errors: strict 0.360 -> 0.491, lenient 0.570 -> 0.704 on them).
# - "fresh": the round-9, round-10 and round-11 documents, each scored once when written and
#   never tuned on by flow rules (round 9: places P 0.898 R 0.801, strict 0.237, lenient
#   0.524; round 10: strict 0.271, lenient 0.614; round 11's place fixes were written from
#   rounds 9 and 10: places P 0.893 R 0.828 -> 0.913 R 0.846; round 11's 45 documents: places
#   P 0.923 R 0.905, strict 0.373, lenient 0.627; all three: places P 0.915 R 0.860, strict
#   0.292, lenient 0.589, English 0.632, French 0.541). Round 12 read errors sampled from the
#   whole development part, these three rounds included, so they are no longer untouched:
#   places P 0.918 R 0.864, strict 0.311, lenient 0.613 after round 12. Round 19's 28
#   documents, written while round 19's rules were, were scored once at the end of the round,
#   never read: places P 0.906 R 0.906 -> 0.912 R 0.912, strict 0.309 -> 0.324, lenient 0.629
#   -> 0.647 (main before the round -> after it); they moved to "pool" in round 20. Round
#   20's 28 documents took their place, scored once at the end of round 20, never read:
#   places P 0.964 R 0.926, strict 0.352 -> 0.360, lenient 0.563 -> 0.570. The group with
#   them: places P 0.933 R 0.881, strict 0.410, lenient 0.669 (English 0.701, French 0.636).
#   Round 21's 28 documents took round 20's place, scored once at the end of round 21, never
#   read: places P 0.944 R 0.850, strict 0.486 -> 0.486, lenient 0.798 -> 0.798 (main before
#   the round -> after it: the round's rules changed none of their candidates). The group
#   with them: places P 0.931 R 0.871, strict 0.431, lenient 0.708 (English 0.720, French
#   0.696).
#   In round 22 round 21's 28 joined "pool" (round 22 read none of their errors; the pool with
#   them: places P 0.938 R 0.906, strict 0.520, lenient 0.770, English 0.762, French 0.779).
#   Round 22's 28 documents took their place in "fresh", scored once at the end of round 22,
#   never read: places P 0.923 R 0.905 -> 0.928 R 0.910, strict 0.404 -> 0.404, lenient 0.743
#   -> 0.743 (main before the round -> after it: the round's flow rules changed none of their
#   candidates). The group with them: places P 0.930 R 0.879, strict 0.418, lenient 0.706
#   (English 0.734, French 0.676).
#   Round 24's 28 documents were scored once on arrival (places P 0.912 R 0.941, strict 0.409,
#   lenient 0.685; English 0.418 / 0.659, French 0.400 / 0.711; main and the round's first
#   rules alike), then their errors were read for the round's later rules, so they joined
#   "pool". A second batch of 28 (dev_round24b_en/fr) came when the round's rules were
#   written and joined "fresh", scored once, never read: places P 0.916 R 0.802 (the
#   annotators gave 34 small places the gazetteer lacks their own coordinates), strict 0.459,
#   lenient 0.713 (English 0.500 / 0.714, French 0.411 / 0.712), main and the round's code
#   alike.
#   Round 25's 28 documents (dev_round25_en/fr) were scored once on arrival (places P 0.942
#   R 0.942, strict 0.389, lenient 0.649; English 0.374 / 0.636, French 0.410 / 0.667; main
#   and the round's first rules alike), then their errors were read for the round's later
#   rules, so they joined "pool". A second batch of 55 (dev_round25b_en/fr, dev_round25c_en/fr)
#   came when the round's rules were written and joined "fresh", scored once, never read:
#   places P 0.952 R 0.925, strict 0.377 -> 0.378, lenient 0.669 -> 0.671 (English 0.714 ->
#   0.717, French 0.600; main before the round -> the round's code). A third batch of 56
#   (dev_round25d_en/fr, dev_round25e_en/fr) joined "fresh" the same way: places P 0.938
#   R 0.872, strict 0.436, lenient 0.657 (English 0.481 / 0.722, French 0.377 / 0.574), main
#   and the round's code alike. A fourth batch of 54 (dev_round25f_en/fr, dev_round25g_en/fr)
#   joined "fresh" the same way: places P 0.947 R 0.826, strict 0.265, lenient 0.609 -> 0.611
#   (English 0.277 -> 0.279 / 0.594 -> 0.597, French 0.244 / 0.634).
#   Round 26 read the second batch's errors for its rules (strict 0.378 -> 0.457 on them), so
#   dev_round25b/c joined "pool". A fifth batch of 52 (dev_round26a_en/fr, dev_round26b_en/fr)
#   joined "fresh", scored once on arrival, never read: places P 0.920 R 0.882, strict 0.442,
#   lenient 0.687 (English 0.533 / 0.767, French 0.329 / 0.589), main and the round's code
#   alike.
#   Round 27 read the third batch's errors for its rules, so dev_round25d/e joined "pool". A
#   sixth batch of 56 (dev_round27a_en/fr, dev_round27b_en/fr) was scored once on arrival:
#   places P 0.962 R 0.867, strict 0.324 -> 0.328, lenient 0.654 -> 0.662 (main -> the
#   round's first rules); the round then read its errors too, so it joined "pool".
#   Round 28's batch of 55 (dev_round28a_en/fr, dev_round28b_en/fr) was scored once on arrival:
#   places P 0.939 R 0.866, strict 0.342, lenient 0.675 (English 0.377 / 0.639, French 0.302 /
#   0.717; main and the round's first rules alike); the round then read its place misses, so
#   it joined "pool".
#   Round 29's batch of 56 (dev_round29a_en/fr, dev_round29b_en/fr) was scored once on arrival:
#   places P 0.873 R 0.871, strict 0.418 -> 0.420, lenient 0.687 -> 0.685 (main -> the
#   round's first rules); the round then read its place errors, so it joined "pool".
#   Round 30's batch of 56 (dev_round30a_en/fr, dev_round30b_en/fr) was scored once on arrival:
#   places P 0.922 R 0.854, strict 0.378 -> 0.385, lenient 0.601 both (main -> the round's
#   first rules, on the 55 documents main could read: it failed on fr-633's "EUROPE –"
#   dateline); the round then read its errors, so it joined "pool".
#   Round 31's batch of 56 (dev_round31a_en/fr, dev_round31b_en/fr) was scored once on arrival:
#   places P 0.918 R 0.861, strict 0.324 -> 0.323, lenient 0.636 -> 0.634 (main -> the
#   round's first rules); the round then read its errors, so it joined "pool".
#   Round 31's second batch of 55 (dev_round32a_en/fr, dev_round32b_en/fr; one page left out,
#   a copy of fr-310) was scored once on arrival: places P 0.966 R 0.837, strict 0.388 ->
#   0.387, lenient 0.711 -> 0.708 (the round's start -> its rules so far); the round then read
#   its category errors, so it joined "pool".
#   Round 32's batch of 55 (dev_round33a_en/fr, dev_round33b_en/fr; one page left out, a copy
#   of fr-230) was scored once on arrival: places P 0.946 R 0.873, strict 0.395 -> 0.401,
#   lenient 0.687 -> 0.701 (main's rules alone -> with the learned category model); the round
#   then read its errors, so it joined "pool".
#   Round 32's second batch of 55 (dev_round34a_en/fr, dev_round34b_en/fr; one page left out,
#   the story of en-384) was scored once on arrival: places P 0.924 R 0.885, strict 0.433,
#   lenient 0.742 (English 0.482 / 0.771, French 0.368 / 0.704; main and the model alike);
#   never read, so it joined "fresh".
# The groups themselves are in tests/data/gold_real/groups.json (flows/tools/train_category.py
# learns from "tuned" and "pool" by reading the same file).
GROUPS = json.loads((GOLD / "groups.json").read_text(encoding="utf-8"))
FLOORS = {
    "tuned": {"places": (0.91, 0.91), "strict": 0.62, "lenient": 0.78, "lenient_by_lang": 0.77},
    "pool": {"places": (0.90, 0.88), "strict": 0.41, "lenient": 0.67, "lenient_by_lang": 0.65},
    "fresh": {"places": (0.90, 0.85), "strict": 0.26, "lenient": 0.56, "lenient_by_lang": 0.52},
}


def test_every_development_file_is_gated():
    assert sorted(p.name for p in GOLD.glob("dev_*.jsonl")) == sorted(
        name for names in GROUPS.values() for name in names
    )


@pytest.fixture(scope="module")
def counts():
    ex = Extractor()
    out = {}
    for group, names in GROUPS.items():
        counts = out[group] = score_real.Counts()
        for name in names:
            for line in (GOLD / name).open(encoding="utf-8"):
                if not line.strip():
                    continue
                d = json.loads(line)
                doc = Document(id=d["id"], text=d["text"], lang=d["lang"],
                               published=d["published"], title=d.get("title"))  # fmt: skip
                r = ex.extract(doc)
                mentions = [{"surface": m.surface, **m.place.as_json()} for m in r.mentions]
                score_real.score_document(d, mentions, [c.as_json() for c in r.candidates], counts)
    return out


@pytest.mark.parametrize("group", list(GROUPS))
def test_places_on_real_dev(counts, group):
    got = counts[group].prf("places", "all")
    p, r = FLOORS[group]["places"]
    assert got["p"] >= p and got["r"] >= r, got


@pytest.mark.parametrize("group", list(GROUPS))
@pytest.mark.parametrize("mode", ["strict", "lenient"])
def test_flows_on_real_dev(counts, group, mode):
    got = counts[group].prf(mode, "all")
    assert got["f1"] >= FLOORS[group][mode], got


@pytest.mark.parametrize("group", list(GROUPS))
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_both_languages_find_flows(counts, group, lang):
    got = counts[group].prf("lenient", f"lang={lang}")
    assert got["f1"] >= FLOORS[group]["lenient_by_lang"], got
