"""What the dashboard server holds and how fast it answers with N sessions, without browsers.

Starts ``streamlit run dashboard/app.py`` as a real server on a free port (bundled data, an
empty temporary workspace), then drives N concurrent sessions at the protocol level: each
session is one WebSocket to ``/_stcore/stream`` speaking Streamlit's protobuf messages, as the
page's JavaScript does, and asks for R reruns one after the other (each rerun: the whole
Explorer script, filters, aggregation, deck and legend, sent back to the client). No browser
draws anything, so the figures are the server's alone:

- reruns/s over all sessions (wall time of the phase);
- rerun latency (request sent -> ``script_finished`` received), median and p95;
- server memory: resident set size of the server process sampled every 0.1 s; per session =
  (peak during the phase - the server after one warm-up session) / N.

Sessions open the Explorer on different views (categories, periods, layers) through the URL
query string, as shared links do. XSRF protection is switched off for the benchmark client
(it has no cookie jar); it changes nothing in the work a rerun does.

Run: .venv/bin/python benchmarks/bench_server_load.py [--sessions 1 10 50] [--reruns 10]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

ROOT = Path(__file__).resolve().parents[1]
VIEWS = [
    "",
    "cat=drugs",
    "cat=weapons&from=2014.0&to=2020.0",
    "cat=migrant_smuggling&shade=in",
    "conf=0.7&top=20",
    "cat=human_trafficking,illicit_finance&heat=1",
]
MB = 1024 * 1024


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss(pid: int) -> int:
    """Resident set size of a process in bytes (Linux /proc)."""
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


class MemorySampler(threading.Thread):
    """The peak resident set size of ``pid`` while running."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self._done = pid, 0, threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            self.peak = max(self.peak, rss(self.pid))
            time.sleep(0.1)

    def stop(self) -> int:
        self._done.set()
        self.join()
        return max(self.peak, rss(self.pid))


def rerun_message(query: str) -> bytes:
    msg = BackMsg()
    msg.rerun_script.query_string = query
    msg.rerun_script.page_script_hash = ""
    return msg.SerializeToString()


async def session(
    url: str, query: str, reruns: int, latencies: list[float], errors: list, sizes: list[int]
):
    """One browser tab, without the browser: R reruns, each timed until the script ends."""
    async with websockets.connect(
        url, subprotocols=["streamlit"], max_size=None, open_timeout=120, ping_interval=None
    ) as ws:
        for _ in range(reruns):
            start = time.perf_counter()
            await ws.send(rerun_message(query))
            received = 0
            while True:
                raw = await asyncio.wait_for(ws.recv(), timeout=600)
                received += len(raw)
                msg = ForwardMsg()
                msg.ParseFromString(raw)
                kind = msg.WhichOneof("type")
                if kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
                    element = msg.delta.new_element
                    if element.WhichOneof("type") == "exception":
                        errors.append(element.exception.message)
                if kind == "script_finished":
                    status = msg.script_finished
                    if status == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                        continue
                    latencies.append(time.perf_counter() - start)
                    sizes.append(received)
                    break


async def phase(url: str, n: int, reruns: int) -> tuple[list[float], float, list, list[int]]:
    latencies: list[float] = []
    errors: list = []
    sizes: list[int] = []
    start = time.perf_counter()
    await asyncio.gather(
        *(session(url, VIEWS[i % len(VIEWS)], reruns, latencies, errors, sizes) for i in range(n))
    )
    return latencies, time.perf_counter() - start, errors, sizes


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--reruns", type=int, default=10, help="reruns per session")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()

    port = free_port()
    workspace = tempfile.mkdtemp(prefix="flows-bench-ws-")
    env = {**os.environ, "FLOWS_WORKSPACE": workspace}
    env.pop("FLOWS_EXTRA_DATA", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard/app.py",
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--server.headless", "true", "--server.enableXsrfProtection", "false",
         "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    rows = []
    try:
        deadline = time.time() + 120
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/_stcore/health", timeout=2).status_code:
                    break
            except httpx.HTTPError:
                pass
            if time.time() > deadline or server.poll() is not None:
                raise SystemExit("the server did not start")
            time.sleep(0.5)
        url = f"ws://127.0.0.1:{port}/_stcore/stream"
        started = rss(server.pid)
        t0 = time.perf_counter()
        warm, _, errors, sizes = asyncio.run(phase(url, 1, 3))  # loads the atlas and the caches
        if errors:
            raise SystemExit(f"the page raised: {errors[0]}")
        cold = time.perf_counter() - t0
        time.sleep(2)
        baseline = rss(server.pid)
        print(
            f"server {started / MB:.0f} MB at start, {baseline / MB:.0f} MB after one warm-up "
            f"session (first rerun {warm[0]:.2f} s, warm-up {cold:.1f} s, "
            f"{statistics.median(sizes) / MB:.2f} MB sent per rerun); load average "
            f"{os.getloadavg()[0]:.1f}, {os.cpu_count()} cores"
        )
        print(
            f"{'sessions':>8} {'reruns':>7} {'wall s':>7} {'reruns/s':>9} {'p50 s':>7} "
            f"{'p95 s':>7} {'peak MB':>8} {'MB/session':>10} {'after MB':>9}"
        )
        for n in args.sessions:
            sampler = MemorySampler(server.pid)
            sampler.start()
            latencies, wall, errors, _ = asyncio.run(phase(url, n, args.reruns))
            peak = sampler.stop()
            time.sleep(3)  # sessions closed: what the server keeps
            after = rss(server.pid)
            row = {
                "sessions": n,
                "reruns": len(latencies),
                "wall_s": round(wall, 2),
                "reruns_per_s": round(len(latencies) / wall, 2),
                "p50_s": round(statistics.median(latencies), 3),
                "p95_s": round(percentile(latencies, 0.95), 3),
                "peak_mb": round(peak / MB, 1),
                "mb_per_session": round((peak - baseline) / MB / n, 2),
                "after_mb": round(after / MB, 1),
                "errors": len(errors),
                "load_average": round(os.getloadavg()[0], 1),
            }
            rows.append(row)
            print(
                f"{n:>8} {row['reruns']:>7} {wall:>7.1f} {row['reruns_per_s']:>9.2f} "
                f"{row['p50_s']:>7.2f} {row['p95_s']:>7.2f} {row['peak_mb']:>8.0f} "
                f"{row['mb_per_session']:>10.1f} {row['after_mb']:>9.0f}"
                + (f"  ({len(errors)} page errors)" if errors else "")
            )
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
