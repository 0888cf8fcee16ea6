"""Extraction on hostile sizes: a 1 MB line without punctuation, 10 MB and 50 MB of prose.

The text is real prose we did not write: the public French and English articles of the gold
corpora (``tests/data/gold_real/*.jsonl``) and the seed articles, repeated to size. Each case
runs ``flows extract ... --format jsonl`` in a fresh subprocess, as a user would, and reports
wall time (interpreter start, imports and gazetteer included), the candidates found and the
child's peak memory. In the same run:

- **floor**: ``flows places`` on the same input: finding and resolving the place names only,
  which extraction cannot beat;
- **worst case**: a 1 MB line made of one flow-dense sentence repeated (35,000 place names,
  a year in every clause), the input that made extraction quadratic.

Targets (issue 11): a 1 MB single line <= 10 s; 50 MB of prose in bounded memory (<= 1 GB) or
refused early with the limit named.

Run: .venv/bin/python benchmarks/bench_hostile_extract.py
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOWS = [sys.executable, "-m", "flows.cli"]
DENSE = (
    "heroin was smuggled from Afghanistan to Iran in 2019 and cocaine was trafficked from "
    "Colombia through Spain to the Netherlands since 2015 while migrants were smuggled from "
    "Libya to Italy in March 2021 "
)


def articles() -> list[dict]:
    """The real articles: gold corpora (both languages) and the seeds."""
    out = []
    for path in sorted((ROOT / "tests" / "data" / "gold_real").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            doc = json.loads(line)
            out.append({"id": doc["id"], "text": doc["text"], "lang": doc.get("lang")})
    seeds = ROOT.parent / "shared" / "seeds"
    if not seeds.is_dir():
        seeds = Path("/work/shared/seeds")
    for path in sorted(seeds.glob("*.txt")):
        out.append({"id": path.stem, "text": path.read_text(encoding="utf-8"), "lang": "fr"})
    return out


def run(args: list[str], env: dict | None = None) -> dict:
    """Run ``flows`` in a child; wall time, the child's own peak memory, output counts."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(
            FLOWS + args, cwd=ROOT, stdout=out, stderr=err, env={**os.environ, **(env or {})}
        )
        _, status, usage = os.wait4(child.pid, 0)  # this child's rusage, not the maximum
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    return {
        "wall_s": round(wall, 2),
        "peak_mb": round(usage.ru_maxrss / 1024, 0),
        "lines": len(stdout.splitlines()),
        "exit": child.returncode,
        "summary": (stderr.strip().splitlines() or [""])[-1][:200],
        "warnings": [ln[:220] for ln in stderr.splitlines() if "cut" in ln or "limit" in ln],
    }


def main() -> int:
    docs = articles()
    prose = "\n\n".join(d["text"] for d in docs)
    print(
        f"{len(docs)} real articles, {len(prose):,} characters; load average "
        f"{os.getloadavg()[0]:.1f}, {os.cpu_count()} cores"
    )
    tmp = Path(tempfile.mkdtemp(prefix="flows-bench-hostile-"))
    line = re.sub(r"[.!?;:…\n]+", " ", prose)
    (tmp / "line1mb.txt").write_text((line * (1_000_000 // len(line) + 1))[:1_000_000], "utf-8")
    (tmp / "dense1mb.txt").write_text((DENSE * (1_000_000 // len(DENSE) + 1))[:1_000_000], "utf-8")
    ten = (prose * (10_000_000 // len(prose) + 1))[:9_900_000]
    (tmp / "prose10mb.txt").write_text(ten, "utf-8")
    (tmp / "prose50mb.txt").write_text((prose * (50_000_000 // len(prose) + 1))[:50_000_000])
    with (tmp / "prose50mb.jsonl").open("w", encoding="utf-8") as fh:
        size, n = 0, 0
        while size < 50_000_000:
            doc = docs[n % len(docs)]
            record = json.dumps({**doc, "id": f"{doc['id']}-{n}"}, ensure_ascii=False)
            fh.write(record + "\n")
            size += len(record.encode("utf-8")) + 1
            n += 1
    cases = [
        ("1 MB line, real prose, no punctuation", ["line1mb.txt"], {}),
        ("1 MB line, worst case (dense flows)", ["dense1mb.txt"], {}),
        ("10 MB document of real prose", ["prose10mb.txt"], {"FLOWS_EXTRACT_SECONDS": "600"}),
        ("10 MB document, default 60 s budget", ["prose10mb.txt"], {}),
        ("50 MB of prose in one file", ["prose50mb.txt"], {}),
        (f"50 MB of prose as {n:,} articles (JSONL)", ["prose50mb.jsonl"], {}),
    ]
    print(f"{'case':<46} {'command':<8} {'wall s':>7} {'peak MB':>8} {'lines':>7}  exit")
    for label, files, env in cases:
        paths = [str(tmp / f) for f in files]
        for command in ("extract", "places"):
            if command == "places" and "50 MB" in label and "JSONL" in label:
                continue  # the floor of the 50 MB collection takes as long as the run itself
            result = run([command, *paths, "--format", "jsonl", "--no-progress"], env)
            print(
                f"{label:<46} {command:<8} {result['wall_s']:>7.1f} {result['peak_mb']:>8.0f} "
                f"{result['lines']:>7}  {result['exit']}  {result['summary']}"
            )
            for warning in result["warnings"][:2]:
                print(f"{'':<46}   {warning}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
