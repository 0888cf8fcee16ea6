"""Corpus extraction on Dask: ``flows extract DOCS --dask local|tcp://HOST:PORT --out DIR``.

The same extractor as the single-process command (:class:`flows.extract.pipeline.Extractor`,
one per worker process) runs over a ``dask.bag`` of *partitions*: a group of document files,
or a slice of a ``.jsonl`` collection (its documents ``first`` to ``last`` in file order, read
with the same reader, so document ids and warnings are the same as in one process). Each
partition writes its candidates to ``DIR/part-NNNNN.parquet``, one row per candidate with the
fields of ``flows extract --format jsonl`` as columns (places as structs, ``via`` as a list of
them), and the command shows a progress bar as partitions finish.

``--dask local`` starts a :class:`distributed.LocalCluster` on this machine (``--workers``,
default: the number of cores); ``--dask tcp://HOST:PORT`` connects to a running scheduler,
whose workers need this package installed and read access to DOCS at the same paths.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

PLACE = pa.struct(
    [
        ("surface", pa.string()),
        ("name", pa.string()),
        ("kind", pa.string()),
        ("country_code", pa.string()),
        ("lon", pa.float64()),
        ("lat", pa.float64()),
    ]
)
SCHEMA = pa.schema(
    [
        ("doc", pa.string()),
        ("category", pa.string()),
        ("commodity", pa.string()),
        ("origin", PLACE),
        ("destination", PLACE),
        ("via", pa.list_(PLACE)),
        ("period_start", pa.string()),
        ("period_end", pa.string()),
        ("evidence", pa.string()),
        ("evidence_start", pa.int64()),
        ("evidence_end", pa.int64()),
        ("confidence", pa.float64()),
    ]
)
DOCS_PER_PARTITION = 250


@dataclass(frozen=True)
class Partition:
    """Documents ``first`` to ``last`` (exclusive) of ``paths`` read in order."""

    index: int
    paths: tuple[str, ...]
    first: int = 0
    last: int | None = None


def _count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for line in fh if line.strip())


def plan_partitions(docs: list[str], per_partition: int = DOCS_PER_PARTITION) -> list[Partition]:
    """Slices of the ``.jsonl`` collections and groups of the other files under ``docs``."""
    from flows.extract.readers import expand_paths

    files, _ = expand_paths(docs)
    partitions: list[Partition] = []
    loose: list[str] = []
    for path in files:
        if path.suffix.lower() == ".jsonl":
            n = _count_lines(path)
            for first in range(0, max(n, 1), per_partition):
                partitions.append(
                    Partition(len(partitions), (str(path),), first, first + per_partition)
                )
        else:
            loose.append(str(path))
    for start in range(0, len(loose), per_partition):
        partitions.append(Partition(len(partitions), tuple(loose[start : start + per_partition])))
    return partitions


_EXTRACTOR = None


def _extractor():
    global _EXTRACTOR  # one per worker process: the gazetteer is loaded once
    if _EXTRACTOR is None:
        from flows.extract.pipeline import Extractor

        _EXTRACTOR = Extractor()
    return _EXTRACTOR


def extract_partition(part: Partition, out_dir: str, lang: str | None) -> dict:
    """Extract one partition and write its Parquet part; counts and messages for the driver."""
    from flows.extract.readers import ReadIssue, read_documents

    extractor = _extractor()
    rows, messages, n_docs, unreadable = [], [], 0, 0
    for position, item in enumerate(read_documents(list(part.paths))):
        if position < part.first or (part.last is not None and position >= part.last):
            continue
        if isinstance(item, ReadIssue):
            unreadable += 1
            messages.append(f"warning: cannot read {item}")
            continue
        n_docs += 1
        try:
            result = extractor.extract(item, lang)
        except Exception as exc:  # one bad document must not stop the batch
            unreadable += 1
            messages.append(f"warning: {item.id}: extraction failed ({type(exc).__name__}: {exc})")
            continue
        messages.extend(f"warning: {w}" for w in result.warnings)
        rows.extend(c.as_json() for c in result.candidates)
    table = pa.Table.from_pylist(rows, schema=SCHEMA)
    path = Path(out_dir) / f"part-{part.index:05d}.parquet"
    tmp = path.with_suffix(".parquet.tmp")
    pq.write_table(table, tmp)
    tmp.replace(path)  # a reader never sees half a part
    return {"docs": n_docs, "candidates": len(rows), "unreadable": unreadable, "messages": messages}


def _client(address: str, workers: int | None):
    from distributed import Client, LocalCluster

    if address == "local":
        cluster = LocalCluster(
            n_workers=workers or None, threads_per_worker=1, processes=True, dashboard_address=None
        )
        return Client(cluster), cluster
    return Client(address), None


def extract_with_dask(
    docs: list[str],
    address: str,
    out_dir: Path,
    lang: str | None = None,
    workers: int | None = None,
    show_progress: bool = True,
) -> dict:
    """Run the extractor over ``docs`` on Dask; returns the totals (docs, candidates...)."""
    import dask.bag as db
    from distributed import as_completed
    from tqdm import tqdm

    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("part-*.parquet"):
        old.unlink()  # the folder holds this run's parts only
    partitions = plan_partitions(docs)
    client, cluster = _client(address, workers)
    totals = {"docs": 0, "candidates": 0, "unreadable": 0, "partitions": len(partitions)}
    try:
        bag = db.from_sequence(partitions, npartitions=max(1, len(partitions)))
        results = bag.map(extract_partition, str(out_dir), lang)
        futures = client.compute(results.to_delayed())
        with tqdm(total=len(futures), unit="part", file=sys.stderr, disable=not show_progress,
                  desc="extracting") as bar:  # fmt: skip
            for future in as_completed(futures):
                for result in future.result():
                    for message in result["messages"]:
                        print(message, file=sys.stderr)
                    for key in ("docs", "candidates", "unreadable"):
                        totals[key] += result[key]
                bar.update(1)
                bar.set_postfix(docs=totals["docs"], candidates=totals["candidates"])
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return totals


def read_candidates(out_dir: Path) -> list[dict]:
    """Every candidate written under ``out_dir``, in partition order (for tests and tools)."""
    parts = sorted(out_dir.glob("part-*.parquet"))
    rows: list[dict] = []
    for part in parts:
        rows.extend(pq.read_table(part).to_pylist())
    return rows
