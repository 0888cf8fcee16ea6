"""SQLite review store in the user's workspace (``review.sqlite3``).

One transaction per batch insert, so a killed writer leaves either the whole batch or none
of it. A candidate's key hashes the document content, the evidence offsets, the category and
the endpoints; it is the primary key, so extracting the same document again adds nothing.
Accepting or editing validates the record with :class:`flows.model.FlowRecord`; accepted
records carry status ``reviewed`` and join the map through :func:`load_reviewed_records`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from flows.model import FlowRecord
from flows.workspace import workspace_dir

STORE_NAME = "review.sqlite3"
STATES = ("pending", "accepted", "rejected")
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    content_hash TEXT PRIMARY KEY,
    doc_id       TEXT NOT NULL,
    title        TEXT,
    url          TEXT,
    published    TEXT,
    lang         TEXT,
    publisher    TEXT,
    text         TEXT NOT NULL,
    added_at     TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS candidates (
    key            TEXT PRIMARY KEY,
    content_hash   TEXT NOT NULL REFERENCES documents(content_hash),
    record_json    TEXT NOT NULL,
    category       TEXT NOT NULL,
    confidence     REAL NOT NULL,
    evidence_start INTEGER,
    evidence_end   INTEGER,
    state          TEXT NOT NULL DEFAULT 'pending'
                   CHECK (state IN ('pending', 'accepted', 'rejected')),
    edited_json    TEXT,
    note           TEXT,
    batch          TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS candidates_state ON candidates(state);
CREATE INDEX IF NOT EXISTS candidates_doc ON candidates(content_hash);
"""


_ORDERS = {
    "confidence": "c.confidence DESC, d.doc_id, c.evidence_start, c.key",
    "added": "c.created_at, d.doc_id, c.evidence_start, c.key",
}


class ReviewError(ValueError):
    """A review action that cannot be done (unknown key, invalid edit); the message says why."""


@dataclass(frozen=True)
class CandidateRow:
    """One candidate as stored, with its document's text for showing the evidence in context."""

    key: str
    state: str
    record: FlowRecord  # the edited record when there is one, else the extracted one
    extracted: FlowRecord
    doc_id: str
    doc_title: str | None
    doc_text: str
    confidence: float
    created_at: str
    updated_at: str
    note: str | None = None

    @property
    def edited(self) -> bool:
        return self.record is not self.extracted


@dataclass(frozen=True)
class AddReport:
    added: int
    duplicates: int
    documents: int


def same_content(a: FlowRecord, b: FlowRecord) -> bool:
    """Two records that say the same thing (their status aside)."""
    return a.model_dump(mode="json", exclude={"status"}) == b.model_dump(
        mode="json", exclude={"status"}
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def default_store_path() -> Path:
    return workspace_dir() / STORE_NAME


class ReviewStore:
    """The review queue in one SQLite file (default: ``workspace_dir()/review.sqlite3``)."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Opening an existing store only reads its version: the dashboard opens it on every
        # rerun, and a write here would wait behind an extraction and touch the file.
        try:
            with self._connect() as con:
                version = con.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise ReviewError(f"{self.path}: not a review store ({exc})") from None
        if version == 0:
            self._create()
        elif version != SCHEMA_VERSION:
            raise ReviewError(
                f"{self.path}: review store version {version}, this program reads version "
                f"{SCHEMA_VERSION}: use the program that wrote it, or start a new store"
            )

    def _create(self) -> None:
        with self._connect() as con:
            con.execute("PRAGMA journal_mode=WAL")  # persistent: set once, on creation
            con.execute("BEGIN IMMEDIATE")
            try:
                # Another process may have created it since we looked: check again, locked.
                if con.execute("PRAGMA user_version").fetchone()[0] == 0:
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            con.execute(statement)
                    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, one transaction per batch.
        con = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            con.execute("PRAGMA synchronous=FULL")
            con.execute("PRAGMA foreign_keys=ON")
            yield con
        finally:
            con.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._connect() as con:
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")
            # Fold the WAL into the main file so its modification time tells readers (the
            # map's cache key) that reviewed records changed. Best effort: a busy reader
            # only delays it.
            con.execute("PRAGMA wal_checkpoint(PASSIVE)")

    # -- writing ---------------------------------------------------------------------------------
    def add_results(self, results: Iterable[Any], batch: str | None = None) -> AddReport:
        """Insert the candidates of extraction results (``DocResult``) in ONE transaction.

        Documents and candidates already present are skipped, so re-running extraction on the
        same documents adds no duplicates.
        """
        now = _now()
        added = dups = docs = 0
        with self._transaction() as con:
            for result in results:
                doc = result.doc
                cur = con.execute(
                    "INSERT OR IGNORE INTO documents VALUES (?,?,?,?,?,?,?,?,?)",
                    (doc.content_hash, doc.id, doc.title, doc.url, doc.published,
                     result.lang, doc.publisher, doc.text, now),
                )  # fmt: skip
                docs += cur.rowcount
                for cand in result.candidates:
                    record = cand.to_record()
                    cur = con.execute(
                        "INSERT OR IGNORE INTO candidates (key, content_hash, record_json, "
                        "category, confidence, evidence_start, evidence_end, batch, created_at, "
                        "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                        (cand.key, doc.content_hash, record.model_dump_json(exclude_none=True),
                         record.category, record.confidence, cand.evidence_start,
                         cand.evidence_end, batch, now, now),
                    )  # fmt: skip
                    if cur.rowcount:
                        added += 1
                    else:
                        dups += 1
        return AddReport(added=added, duplicates=dups, documents=docs)

    def _set(self, key: str, state: str, edited: FlowRecord | None, note: str | None) -> None:
        with self._transaction() as con:
            self._update(con, key, state, edited, note)

    def _update(
        self,
        con: sqlite3.Connection,
        key: str,
        state: str,
        edited: FlowRecord | None,
        note: str | None,
    ) -> None:
        cur = con.execute(
            "UPDATE candidates SET state = ?, edited_json = COALESCE(?, edited_json), "
            "note = COALESCE(?, note), updated_at = ? WHERE key = ?",
            (state, edited.model_dump_json(exclude_none=True) if edited else None, note,
             _now(), key),
        )  # fmt: skip
        if cur.rowcount == 0:
            raise ReviewError(f"no candidate with key '{key}' in {self.path}")

    @staticmethod
    def validate_edit(data: dict | FlowRecord, status: str = "reviewed") -> FlowRecord:
        """Validate an edited record with the record schema; raise ReviewError saying why not."""
        from pydantic import ValidationError

        raw = data.model_dump(mode="json") if isinstance(data, FlowRecord) else dict(data)
        raw["status"] = status
        try:
            return FlowRecord.model_validate(raw)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or 'record'}: {e['msg']}"
                for e in exc.errors()
            )
            raise ReviewError(f"the edited record is not valid: {problems}") from None

    def accept(self, key: str, edits: dict | FlowRecord | None = None) -> FlowRecord:
        """Accept a candidate (optionally edited); it becomes a ``reviewed`` record.

        Read, validation and write are one transaction, so a decision made meanwhile in
        another window or process is never overwritten with a stale record."""
        with self._transaction() as con:
            row = self._get(con, key)
            base = edits if edits is not None else row.record
            record = self.validate_edit(base, status="reviewed")
            self._update(con, key, "accepted", self._edit_or_none(con, key, row, record), None)
        return record

    def save_edit(self, key: str, edits: dict | FlowRecord) -> FlowRecord:
        """Keep an edit without deciding yet (validated; state stays as it is)."""
        with self._transaction() as con:
            row = self._get(con, key)
            record = self.validate_edit(edits, status="extracted")
            self._update(con, key, row.state, self._edit_or_none(con, key, row, record), None)
        return record

    @staticmethod
    def _edit_or_none(con, key: str, row: CandidateRow, record: FlowRecord) -> FlowRecord | None:
        """``record`` when it changes the extracted record; else None, and an earlier edit
        is dropped: accepting a candidate as it is records it as accepted, not as edited."""
        if same_content(record, row.extracted):
            con.execute("UPDATE candidates SET edited_json = NULL WHERE key = ?", (key,))
            return None
        return record

    def reject(self, key: str, note: str | None = None) -> None:
        self._set(key, "rejected", None, note)

    def reset(self, key: str) -> None:
        """Back to pending (undo a decision); edits are kept."""
        self._set(key, "pending", None, None)

    # -- reading ---------------------------------------------------------------------------------
    def _rows(
        self,
        where: str = "",
        params: tuple = (),
        limit: int | None = None,
        offset: int = 0,
        con: sqlite3.Connection | None = None,
        order: str = "confidence",
    ) -> list[CandidateRow]:
        sql = (
            "SELECT c.key, c.state, c.record_json, c.edited_json, c.confidence, c.created_at, "
            "c.updated_at, c.note, d.doc_id, d.title, d.text FROM candidates c "
            "JOIN documents d ON d.content_hash = c.content_hash "
            f"{where} ORDER BY {_ORDERS[order]}"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        if con is None:
            with self._connect() as own:
                rows = own.execute(sql, params).fetchall()
        else:
            rows = con.execute(sql, params).fetchall()
        out = []
        for key, state, rec, edited, conf, created, updated, note, doc_id, title, text in rows:
            extracted = FlowRecord.model_validate_json(rec)
            record = FlowRecord.model_validate_json(edited) if edited else extracted
            out.append(
                CandidateRow(key, state, record, extracted, doc_id, title, text, conf, created,
                             updated, note)
            )  # fmt: skip
        return out

    def list_candidates(
        self,
        state: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        order: str = "confidence",
    ) -> list[CandidateRow]:
        """Candidates, optionally one state (pending/accepted/rejected) and one page (``limit``
        rows from ``offset``). ``order``: ``confidence`` (highest first, then document and
        position: the queue a reviewer works down) or ``added`` (insertion order)."""
        if order not in _ORDERS:
            raise ReviewError(f"unknown order '{order}': use one of {', '.join(_ORDERS)}")
        if state is None:
            return self._rows(limit=limit, offset=offset, order=order)
        if state not in STATES:
            raise ReviewError(f"unknown state '{state}': use one of {', '.join(STATES)}")
        return self._rows("WHERE c.state = ?", (state,), limit, offset, order=order)

    def get(self, key: str) -> CandidateRow:
        return self._get(None, key)

    def _get(self, con: sqlite3.Connection | None, key: str) -> CandidateRow:
        rows = self._rows("WHERE c.key = ?", (key,), con=con)
        if not rows:
            raise ReviewError(f"no candidate with key '{key}' in {self.path}")
        return rows[0]

    def full_key(self, prefix: str) -> str:
        """The one key that starts with ``prefix`` (as printed by ``flows review list``)."""
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        with self._connect() as con:
            keys = [k for (k,) in con.execute(
                "SELECT key FROM candidates WHERE key LIKE ? || '%' ESCAPE '\\' LIMIT 2",
                (escaped,),
            )]  # fmt: skip
        if not keys:
            raise ReviewError(f"no candidate with a key starting with '{prefix}' in {self.path}")
        if len(keys) > 1:
            raise ReviewError(f"key prefix '{prefix}' matches several candidates; give more digits")
        return keys[0]

    def counts(self) -> dict[str, int]:
        with self._connect() as con:
            found = dict(con.execute("SELECT state, COUNT(*) FROM candidates GROUP BY state"))
        return {s: int(found.get(s, 0)) for s in STATES}

    def reviewed_records(self) -> list[FlowRecord]:
        """Accepted candidates as records with status ``reviewed``."""
        records = []
        for row in self.list_candidates("accepted"):
            data = row.record.model_dump(mode="json")
            data["status"] = "reviewed"
            records.append(FlowRecord.model_validate(data))
        return records

    def integrity_ok(self) -> bool:
        with self._connect() as con:
            return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def load_reviewed_records(path: str | Path | None = None) -> list[FlowRecord]:
    """Reviewed records of the workspace store (empty when there is no store yet)."""
    p = Path(path) if path is not None else default_store_path()
    if not p.exists():
        return []
    return ReviewStore(p).reviewed_records()
