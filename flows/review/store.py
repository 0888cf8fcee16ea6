"""SQLite review store in the user's workspace (``review.sqlite3``).

One transaction per batch insert, so a killed writer leaves either the whole batch or none
of it. A candidate's key hashes the document content, the evidence offsets, the category and
the endpoints; it is the primary key, so extracting the same document again adds nothing.
Accepting or editing validates the record with :class:`flows.model.FlowRecord`; accepted
records carry status ``reviewed`` and join the map through :func:`load_reviewed_records`.

Every decision (accept, edit, reject, undo, purge) is made by an :class:`~flows.access.Actor`
whose role is checked here, in the function that acts, and is written to the ``audit`` table
in the same transaction as the change: who (issuer, subject, name), when, the state and the
record before and after, and an optional comment. The audit table is append-only: triggers
refuse to change or delete its rows, and refuse a change of decision that does not point to
its own new audit entry, so neither can exist without the other.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from flows.access import Actor, require
from flows.model import FlowRecord
from flows.review.missed import StoredDocument
from flows.workspace import WorkspaceError, workspace_dir

STORE_NAME = "review.sqlite3"
STATES = ("pending", "accepted", "rejected")
ACTIONS = ("add", "accept", "edit", "reject", "reset", "purge", "migrate")
SCHEMA_VERSION = 3

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


def _audit_table(name: str, actions: tuple[str, ...]) -> str:
    """The audit table's definition; ``actions`` are the ones its CHECK allows."""
    allowed = ", ".join(f"'{a}'" for a in actions)
    return f"""
CREATE TABLE IF NOT EXISTS {name} (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    key            TEXT NOT NULL,
    record_id      TEXT,
    action         TEXT NOT NULL CHECK (action IN ({allowed})),
    state_before   TEXT,
    state_after    TEXT,
    record_before  TEXT,
    record_after   TEXT,
    actor_issuer   TEXT NOT NULL,
    actor_subject  TEXT NOT NULL,
    actor_name     TEXT NOT NULL,
    actor_role     TEXT NOT NULL,
    comment        TEXT,
    at             TEXT NOT NULL
);
"""


# Version 2: the audit trail. Its rows have no foreign key: they outlive a purged candidate.
# A new store is created as version 1 and migrated, so migration runs on every new store.
_AUDIT = (
    """
ALTER TABLE candidates ADD COLUMN audit_seq INTEGER;
ALTER TABLE candidates ADD COLUMN added_by TEXT;
"""
    + _audit_table("audit", ("accept", "edit", "reject", "reset", "purge", "migrate"))
    + """CREATE INDEX IF NOT EXISTS audit_key ON audit(key, seq);
CREATE INDEX IF NOT EXISTS audit_record ON audit(record_id, seq);
"""
)
_AUDIT_TRIGGERS = """
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: its entries cannot be changed');
END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: its entries cannot be deleted');
END;
CREATE TRIGGER IF NOT EXISTS decision_needs_audit
BEFORE UPDATE OF state, edited_json, note, audit_seq ON candidates
WHEN NEW.audit_seq IS NULL OR NEW.audit_seq IS OLD.audit_seq
  OR NEW.audit_seq IS NOT (SELECT MAX(seq) FROM audit WHERE key = NEW.key)
  OR NEW.state IS NOT (SELECT state_after FROM audit WHERE seq = NEW.audit_seq)
BEGIN
    SELECT RAISE(ABORT, 'a review decision is written only with its audit entry');
END;
CREATE TRIGGER IF NOT EXISTS purge_needs_audit BEFORE DELETE ON candidates
WHEN (SELECT action FROM audit WHERE seq = (SELECT MAX(seq) FROM audit WHERE key = OLD.key))
     IS NOT 'purge'
BEGIN
    SELECT RAISE(ABORT, 'a candidate is removed only by a purge with its audit entry');
END;
"""


# Version 3: a reviewer can add a flow the extractor missed ("add" in the trail). SQLite cannot
# change a CHECK constraint in place, so the audit table is copied into a new one; its
# triggers are dropped first and made again after, so the trail is never open to change
# outside this one migration transaction.
_AUDIT_V3 = (
    """
DROP TRIGGER IF EXISTS audit_no_update;
DROP TRIGGER IF EXISTS audit_no_delete;
DROP TRIGGER IF EXISTS decision_needs_audit;
DROP TRIGGER IF EXISTS purge_needs_audit;
"""
    + _audit_table("audit_v3", ACTIONS)
    + """
INSERT INTO audit_v3 SELECT seq, key, record_id, action, state_before, state_after,
    record_before, record_after, actor_issuer, actor_subject, actor_name, actor_role, comment,
    at FROM audit ORDER BY seq;
DROP TABLE audit;
ALTER TABLE audit_v3 RENAME TO audit;
CREATE INDEX IF NOT EXISTS audit_key ON audit(key, seq);
CREATE INDEX IF NOT EXISTS audit_record ON audit(record_id, seq);
"""
)


def _statements(script: str) -> list[str]:
    """The statements of a schema script, one by one (trigger bodies stay whole)."""
    out, current = [], ""
    for line in script.strip().splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            out.append(current.strip())
            current = ""
    return out


_ORDERS = {
    "confidence": "c.confidence DESC, d.doc_id, c.evidence_start, c.key",
    "added": "c.created_at, d.doc_id, c.evidence_start, c.key",
}


class ReviewError(ValueError):
    """A review action that cannot be done (unknown key, invalid edit, a store that cannot be
    read or written); the message says why and what to do."""


# SQLite's error classes, in the user's terms: what happened and what to do. ``{path}`` is
# the store; the original SQLite message is added in brackets.
_SQLITE_ADVICE = {
    "SQLITE_FULL": "the disk is full: nothing of this operation was saved; free some space "
    "and run it again",
    "SQLITE_READONLY": "the review store {path} is read-only (the file or its folder cannot "
    "be written): make them writable, or set FLOWS_WORKSPACE to a writable folder",
    "SQLITE_CANTOPEN": "the review store {path} cannot be opened (no permission, or its "
    "folder is missing): check the folder's permissions, or set FLOWS_WORKSPACE",
    "SQLITE_PERM": "no permission to use the review store {path}: check the permissions of "
    "the file and its folder",
    "SQLITE_AUTH": "no permission to use the review store {path}: check the permissions of "
    "the file and its folder",
    "SQLITE_CORRUPT": "the review store {path} is damaged: restore it from a backup, or move "
    "it aside and extract your documents again (flows extract DOCS --to-review); decisions "
    "kept only in it cannot be read",
    "SQLITE_NOTADB": "{path} is not a review store (or it is damaged): restore it from a "
    "backup, or move it aside and extract your documents again",
    "SQLITE_BUSY": "the review store {path} is busy: another program is writing to it; try "
    "again in a moment",
    "SQLITE_LOCKED": "the review store {path} is busy: another program is writing to it; try "
    "again in a moment",
    "SQLITE_IOERR": "the disk reported an error while using the review store {path}: check "
    "the disk (is it full, removed, a network folder that went away?) and try again",
}


def _sqlite_error(exc: sqlite3.Error, path: Path) -> ReviewError:
    """A ReviewError naming the store and what to do, for any SQLite failure."""
    name = getattr(exc, "sqlite_errorname", None) or ""
    base = "_".join(name.split("_")[:2])  # SQLITE_IOERR_WRITE -> SQLITE_IOERR
    advice = _SQLITE_ADVICE.get(name) or _SQLITE_ADVICE.get(base)
    message = str(exc)
    if advice is None:  # errors raised without a code: read the message
        lowered = message.lower()
        if "disk is full" in lowered or "disk full" in lowered:
            advice = _SQLITE_ADVICE["SQLITE_FULL"]
        elif "readonly" in lowered or "read-only" in lowered:
            advice = _SQLITE_ADVICE["SQLITE_READONLY"]
        elif "malformed" in lowered or "not a database" in lowered:
            advice = _SQLITE_ADVICE["SQLITE_CORRUPT"]
        elif "unable to open" in lowered:
            advice = _SQLITE_ADVICE["SQLITE_CANTOPEN"]
        elif "locked" in lowered or "busy" in lowered:
            advice = _SQLITE_ADVICE["SQLITE_BUSY"]
    if advice is None:
        return ReviewError(f"review store {path}: {message}")
    text = advice.format(path=path)
    if "{path}" not in advice:
        text = f"review store {path}: {text}"
    return ReviewError(f"{text} ({message})")


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
    decided_by: str | None = None  # display name in the audit entry of the last decision
    decided_at: str | None = None  # its time (ISO 8601, UTC)
    content_hash: str | None = None  # its document's, for adding another flow from it

    @property
    def edited(self) -> bool:
        return self.record is not self.extracted


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit trail: who did what to which candidate, when, and why."""

    seq: int
    key: str
    record_id: str | None
    action: str
    state_before: str | None
    state_after: str | None
    record_before: dict | None
    record_after: dict | None
    actor: Actor
    comment: str | None
    at: str

    def changes(self) -> list[tuple[str, object, object]]:
        """The record's fields that differ before and after: ``(field, before, after)``."""
        return record_changes(self.record_before, self.record_after)


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


def record_changes(before: dict | None, after: dict | None) -> list[tuple[str, object, object]]:
    """Top-level fields whose values differ between two record dicts, in field order.

    >>> record_changes({"id": "a", "commodity": "heroin"}, {"id": "a", "commodity": "opium"})
    [('commodity', 'heroin', 'opium')]
    >>> record_changes({"id": "a"}, {"id": "a", "via": [{"name": "Iran"}]})
    [('via', None, [{'name': 'Iran'}])]
    """
    before, after = before or {}, after or {}
    order = list(FlowRecord.model_fields)
    keys = sorted(set(before) | set(after), key=lambda k: (order.index(k) if k in order else 99, k))
    return [(k, before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k)]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def default_store_path() -> Path:
    return workspace_dir() / STORE_NAME


# Fields a record gets from the audit trail, never from an edit.
_TRAIL_FIELDS = ("reviewed_by", "reviewed_at")


class ReviewStore:
    """The review queue in one SQLite file (default: ``workspace_dir()/review.sqlite3``)."""

    def __init__(self, path: str | Path | None = None) -> None:
        try:
            self.path = Path(path) if path is not None else default_store_path()
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except WorkspaceError as exc:  # FLOWS_WORKSPACE names a file, no permission...
            raise ReviewError(str(exc)) from None
        except OSError as exc:
            raise ReviewError(
                f"cannot create the folder of the review store {path} ({exc.strerror}): "
                "give a store in a folder you can write to"
            ) from None
        if self.path.is_dir():
            raise ReviewError(f"{self.path} is a folder, not a review store file")
        if self.path.exists() and not self.path.is_file():
            raise ReviewError(
                f"{self.path} is not a regular file (a device or a pipe), not a review store"
            )
        # Rows that could not be read (key -> why), reported by the callers, never hidden.
        self.skipped: dict[str, str] = {}
        # Opening an existing store only reads its version: the dashboard opens it on every
        # rerun, and a write here would wait behind an extraction and touch the file.
        with self._connect() as con:
            version = con.execute("PRAGMA user_version").fetchone()[0]
        if version < SCHEMA_VERSION:
            self._create_or_migrate()
        elif version != SCHEMA_VERSION:
            raise ReviewError(
                f"{self.path}: review store version {version}, this program reads version "
                f"{SCHEMA_VERSION}: use the program that wrote it, or start a new store"
            )

    def _create_or_migrate(self) -> None:
        with self._connect() as con:
            con.execute("PRAGMA journal_mode=WAL")  # persistent: set once, on creation
            con.execute("BEGIN IMMEDIATE")
            try:
                # Another process may have done it since we looked: check again, locked.
                version = con.execute("PRAGMA user_version").fetchone()[0]
                if version == 0:
                    for statement in _statements(_SCHEMA):
                        con.execute(statement)
                    version = 1
                if version == 1:
                    self._migrate_to_2(con)
                    version = 2
                if version == 2:
                    for statement in _statements(_AUDIT_V3 + _AUDIT_TRIGGERS):
                        con.execute(statement)
                con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            except BaseException:
                _rollback(con)  # the error that caused it is the one to report
                raise
            con.execute("COMMIT")

    @staticmethod
    def _migrate_to_2(con: sqlite3.Connection) -> None:
        """Add the audit trail. Decisions made before it get one entry each that says so."""
        for statement in _statements(_AUDIT):
            con.execute(statement)
        earlier = con.execute(
            "SELECT key, state, COALESCE(edited_json, record_json), note, updated_at "
            "FROM candidates WHERE state != 'pending' OR edited_json IS NOT NULL ORDER BY rowid"
        ).fetchall()
        for key, state, record_json, note, updated_at in earlier:
            seq = _insert_audit(con, key, "migrate", None, state, None, record_json,
                                _BEFORE_THE_TRAIL, note, updated_at)  # fmt: skip
            con.execute("UPDATE candidates SET audit_seq = ? WHERE key = ?", (seq, key))
        for statement in _statements(_AUDIT_TRIGGERS):
            con.execute(statement)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """A connection; every SQLite error inside becomes a ReviewError in the user's terms
        (disk full, read-only, no permission, damaged store...)."""
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, one transaction per batch.
            con = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        except sqlite3.Error as exc:
            raise _sqlite_error(exc, self.path) from None
        try:
            con.execute("PRAGMA synchronous=FULL")
            con.execute("PRAGMA foreign_keys=ON")
            yield con
        except sqlite3.Error as exc:
            raise _sqlite_error(exc, self.path) from None
        finally:
            con.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._connect() as con:
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
            except BaseException:
                _rollback(con)  # the error that caused it is the one to report
                raise
            con.execute("COMMIT")
            # Fold the WAL into the main file so its modification time tells readers (the
            # map's cache key) that reviewed records changed. Best effort: a busy reader
            # only delays it.
            con.execute("PRAGMA wal_checkpoint(PASSIVE)")

    # -- writing ---------------------------------------------------------------------------------
    def add_results(
        self, results: Iterable[Any], batch: str | None = None, *, actor: Actor
    ) -> AddReport:
        """Insert the candidates of extraction results (``DocResult``) in ONE transaction.

        Documents and candidates already present are skipped, so re-running extraction on the
        same documents adds no duplicates. ``actor`` needs the reviewer role (``upload``).
        """
        require(actor, "upload")
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
                        "updated_at, added_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        (cand.key, doc.content_hash, record.model_dump_json(exclude_none=True),
                         record.category, record.confidence, cand.evidence_start,
                         cand.evidence_end, batch, now, now, actor.label),
                    )  # fmt: skip
                    if cur.rowcount:
                        added += 1
                    else:
                        dups += 1
        return AddReport(added=added, duplicates=dups, documents=docs)

    def check_missed(
        self, document: str, fields: dict, evidence: str, *, place_key=None
    ) -> FlowRecord:
        """The record :meth:`add_missed` would add, without adding it: raise ReviewError where
        it would refuse (no such document, a field or quote it cannot take, a candidate of the
        document that already gives the flow)."""
        with self._connect() as con:
            return self._missed_record(con, document, fields, evidence, place_key)[2]

    def _missed_record(self, con, document: str, fields: dict, evidence: str, place_key):
        """(document, key, record) of a flow to add by hand, or ReviewError naming why not."""
        from flows.review.missed import MissedFlowError, build_missed_record

        def ends(ref) -> object:
            found = place_key(ref) if place_key is not None and ref is not None else None
            return found if found is not None else _ends(ref)

        doc = self._document(con, document)
        try:
            key, record = build_missed_record(doc, fields, evidence)
        except MissedFlowError as exc:
            raise ReviewError(f"cannot add the flow to {doc.doc_id}: {exc}") from None
        for row in self._rows("WHERE c.content_hash = ?", (doc.content_hash,), con=con):
            r = row.record
            if (r.category, ends(r.origin), ends(r.destination)) == (
                record.category, ends(record.origin), ends(record.destination)
            ):  # fmt: skip
                raise ReviewError(
                    f"cannot add the flow to {doc.doc_id}: candidate {row.key[:12]} "
                    f"({row.state}) already gives it; accept or edit that one"
                )
        return doc, key, record

    def add_missed(
        self,
        document: str,
        fields: dict,
        evidence: str,
        *,
        actor: Actor,
        comment: str | None = None,
        place_key=None,
    ) -> FlowRecord:
        """Record a flow the extractor missed in a document of the queue; it is accepted at
        once (status ``reviewed``) with an ``add`` entry in the audit trail.

        ``document`` is a document id or the start of its content hash (as
        :meth:`list_documents` gives them); ``evidence`` quotes the document exactly (white
        space aside); ``fields`` are record fields (:func:`flows.review.missed.
        build_missed_record`). A flow that a candidate of the same document already gives
        (same category and endpoints) is refused, naming that candidate: accept it instead.
        Endpoints are compared by ``place_key(PlaceRef)`` when it is given and knows the place
        (:func:`flows.review.queue.gazetteer_place_key`: "Turkey" is "Türkiye"), else by name
        and country. ``actor`` needs the reviewer role.
        """

        require(actor, "review")
        with self._transaction() as con:
            doc, key, record = self._missed_record(con, document, fields, evidence, place_key)
            now = _now()
            body = record.model_dump_json(exclude_none=True)
            con.execute(
                "INSERT INTO candidates (key, content_hash, record_json, category, confidence, "
                "evidence_start, evidence_end, batch, created_at, updated_at, added_by) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (key, doc.content_hash, body, record.category, record.confidence,
                 record.sources[0].evidence_start, record.sources[0].evidence_end,
                 "added by hand", now, now, actor.label),
            )  # fmt: skip
            seq = _insert_audit(con, key, "add", None, "accepted", None, body, actor,
                                (comment or "").strip() or None, now)  # fmt: skip
            con.execute(
                "UPDATE candidates SET state = 'accepted', updated_at = ?, audit_seq = ? "
                "WHERE key = ?",
                (now, seq, key),
            )
        return record

    def _document(self, con: sqlite3.Connection, ident: str) -> StoredDocument:
        """The one document whose id is ``ident`` (or whose file path ends with it: a file
        name), else whose content hash starts with it."""
        columns = "content_hash, doc_id, title, url, published, lang, publisher, text"
        rows = con.execute(
            f"SELECT {columns} FROM documents WHERE doc_id = ? LIMIT 2", (ident,)
        ).fetchall()
        if not rows and ident:
            tail = "/" + ident.lstrip("/")
            rows = con.execute(
                f"SELECT {columns} FROM documents WHERE substr(doc_id, -?) = ? LIMIT 2",
                (len(tail), tail),
            ).fetchall()
        if not rows and ident and re.fullmatch(r"[0-9a-f]+", ident):
            rows = con.execute(
                f"SELECT {columns} FROM documents WHERE content_hash LIKE ? || '%' LIMIT 2",
                (ident,),
            ).fetchall()
        if not rows:
            raise ReviewError(
                f"no document '{ident}' in the review store {self.path} "
                "(`flows review documents` lists them)"
            )
        if len(rows) > 1:
            raise ReviewError(
                f"'{ident}' names several documents in {self.path}: give the start of the "
                "content hash that `flows review documents` prints"
            )
        return StoredDocument(*rows[0])

    def get_document(self, ident: str) -> StoredDocument:
        """A document of the queue by id or content-hash prefix (with its text)."""
        with self._connect() as con:
            return self._document(con, ident)

    def list_documents(self) -> list[tuple[str, str, str | None, int]]:
        """``(content hash, document id, title, number of candidates)`` of every document,
        as added."""
        with self._connect() as con:
            return [tuple(r) for r in con.execute(
                "SELECT d.content_hash, d.doc_id, d.title, COUNT(c.key) FROM documents d "
                "LEFT JOIN candidates c ON c.content_hash = d.content_hash "
                "GROUP BY d.content_hash ORDER BY d.rowid"
            )]  # fmt: skip

    def _decide(
        self,
        con: sqlite3.Connection,
        key: str,
        action: str,
        state: str,
        edited: FlowRecord | None,
        actor: Actor,
        comment: str | None,
    ) -> None:
        """Write a decision and its audit entry (inside the caller's transaction).

        ``edited`` is the record as changed by the reviewer; None on ``accept`` or ``edit``
        means the record as extracted (an earlier edit is dropped: accepting a candidate as
        it is records it as accepted, not as edited), and on the other actions no change.
        """
        found = con.execute(
            "SELECT state, edited_json, record_json FROM candidates WHERE key = ?", (key,)
        ).fetchone()
        if found is None:
            raise ReviewError(f"no candidate with key '{key}' in {self.path}")
        state_before, edited_before, extracted = found
        record_before = edited_before or extracted
        drop_edit = edited is None and action in ("accept", "edit")
        if edited is not None:
            record_after = edited.model_dump_json(exclude_none=True)
        else:
            record_after = extracted if drop_edit else record_before
        comment = (comment or "").strip() or None
        now = _now()
        seq = _insert_audit(con, key, action, state_before, state, record_before, record_after,
                            actor, comment, now)  # fmt: skip
        con.execute(
            "UPDATE candidates SET state = ?, edited_json = ?, note = COALESCE(?, note), "
            "updated_at = ?, audit_seq = ? WHERE key = ?",
            (state, None if drop_edit else (record_after if edited else edited_before),
             comment if action == "reject" else None, now, seq, key),
        )  # fmt: skip

    @staticmethod
    def validate_edit(data: dict | FlowRecord, status: str = "reviewed") -> FlowRecord:
        """Validate an edited record with the record schema; raise ReviewError saying why not.

        Who reviewed it and when come from the audit trail, never from an edit."""
        from pydantic import ValidationError

        raw = data.model_dump(mode="json") if isinstance(data, FlowRecord) else dict(data)
        raw["status"] = status
        for name in _TRAIL_FIELDS:
            raw.pop(name, None)
        try:
            return FlowRecord.model_validate(raw)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or 'record'}: {e['msg']}"
                for e in exc.errors()
            )
            raise ReviewError(f"the edited record is not valid: {problems}") from None

    def accept(
        self,
        key: str,
        edits: dict | FlowRecord | None = None,
        *,
        actor: Actor,
        comment: str | None = None,
    ) -> FlowRecord:
        """Accept a candidate (optionally edited); it becomes a ``reviewed`` record.

        Read, validation, the change and its audit entry are one transaction, so a decision
        made meanwhile in another window or process is never overwritten with a stale record.
        ``actor`` needs the reviewer role.
        """
        require(actor, "review")
        with self._transaction() as con:
            row = self._get(con, key)
            base = edits if edits is not None else row.record
            record = self.validate_edit(base, status="reviewed")
            edited = None if same_content(record, row.extracted) else record
            self._decide(con, key, "accept", "accepted", edited, actor, comment)
        return record

    def save_edit(
        self, key: str, edits: dict | FlowRecord, *, actor: Actor, comment: str | None = None
    ) -> FlowRecord:
        """Keep an edit without deciding yet (validated; state stays as it is)."""
        require(actor, "review")
        with self._transaction() as con:
            row = self._get(con, key)
            status = "reviewed" if row.state == "accepted" else "extracted"
            record = self.validate_edit(edits, status=status)
            edited = None if same_content(record, row.extracted) else record
            self._decide(con, key, "edit", row.state, edited, actor, comment)
        return record

    def reject(self, key: str, comment: str | None = None, *, actor: Actor) -> None:
        """Reject a candidate; ``comment`` says why (kept in the trail and as the note)."""
        require(actor, "review")
        with self._transaction() as con:
            self._decide(con, key, "reject", "rejected", None, actor, comment)

    def reset(self, key: str, *, actor: Actor, comment: str | None = None) -> None:
        """Back to pending (undo a decision); edits are kept, the trail keeps the decision."""
        require(actor, "review")
        with self._transaction() as con:
            self._decide(con, key, "reset", "pending", None, actor, comment)

    def purge(self, *, actor: Actor, comment: str | None = None) -> int:
        """Remove the rejected candidates (and documents no candidate refers to any more).

        Admins only. Each removed candidate leaves a ``purge`` entry with its last record in
        the trail, in the same transaction. Returns how many candidates were removed.
        """
        require(actor, "purge")
        comment = (comment or "").strip() or None
        with self._transaction() as con:
            rows = con.execute(
                "SELECT key, state, COALESCE(edited_json, record_json) FROM candidates "
                "WHERE state = 'rejected' ORDER BY rowid"
            ).fetchall()
            now = _now()
            for key, state, record_json in rows:
                _insert_audit(con, key, "purge", state, None, record_json, None, actor, comment,
                              now)  # fmt: skip
                con.execute("DELETE FROM candidates WHERE key = ?", (key,))
            con.execute(
                "DELETE FROM documents WHERE content_hash NOT IN "
                "(SELECT content_hash FROM candidates)"
            )
        return len(rows)

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
            "c.updated_at, c.note, d.doc_id, d.title, d.text, a.actor_name, a.at, "
            "c.content_hash "
            "FROM candidates c JOIN documents d ON d.content_hash = c.content_hash "
            "LEFT JOIN audit a ON a.seq = c.audit_seq "
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
        for (key, state, rec, edited, conf, created, updated, note, doc_id, title, text,
             who, when, content_hash) in rows:  # fmt: skip
            which = "extracted"
            try:  # a damaged or hand-edited row is said and skipped; the others are read
                extracted = FlowRecord.model_validate_json(rec)
                which = "edited"
                record = FlowRecord.model_validate_json(edited) if edited else extracted
            except ValueError as exc:
                self.skipped[key] = f"its {which} record cannot be read ({_first_line(exc)})"
                continue
            out.append(
                CandidateRow(key, state, record, extracted, doc_id, title, text, conf, created,
                             updated, note, who, when, content_hash)
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
        if not rows and key in self.skipped:
            raise ReviewError(
                f"candidate {key[:12]} in {self.path} cannot be read: {self.skipped[key]}; "
                "reject it, or restore the store from a backup"
            )
        if not rows:
            raise ReviewError(f"no candidate with key '{key}' in {self.path}")
        return rows[0]

    def state_of(self, key: str) -> str:
        """The state of a candidate, read even when its record cannot be."""
        with self._connect() as con:
            found = con.execute("SELECT state FROM candidates WHERE key = ?", (key,)).fetchone()
        if found is None:
            raise ReviewError(f"no candidate with key '{key}' in {self.path}")
        return found[0]

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

    def history(self, ident: str) -> list[AuditEntry]:
        """The audit trail of one record, oldest first.

        ``ident`` is a record id (as the map's details show it: every candidate that had
        that id is included), a candidate key, or the start of a key (as ``flows review
        list`` prints it). Purged candidates keep their trail; a candidate nobody has
        decided on yet has an empty one.
        """
        with self._connect() as con:
            keys = [k for (k,) in con.execute(
                "SELECT DISTINCT key FROM audit WHERE record_id = ?", (ident,)
            )]  # fmt: skip
            if not keys:
                keys = self._keys_like(con, ident)
            if (
                len(keys) > 1
                and not con.execute(
                    "SELECT 1 FROM audit WHERE record_id = ? LIMIT 1", (ident,)
                ).fetchone()
            ):
                raise ReviewError(
                    f"key prefix '{ident}' matches several candidates; give more digits"
                )
            if not keys:
                raise ReviewError(
                    f"no record id or candidate key '{ident}' in the review store {self.path}"
                )
            marks = ",".join("?" * len(keys))
            rows = con.execute(
                f"SELECT {_AUDIT_COLUMNS} FROM audit WHERE key IN ({marks}) ORDER BY seq",
                tuple(keys),
            ).fetchall()
        return [_entry(row) for row in rows]

    @staticmethod
    def _keys_like(con: sqlite3.Connection, prefix: str) -> list[str]:
        """Keys (of candidates or of the trail) that start with ``prefix``, at most two."""
        if not prefix:
            return []
        escaped = prefix.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        found = con.execute(
            "SELECT key FROM candidates WHERE key LIKE ?1 || '%' ESCAPE '\\' UNION "
            "SELECT key FROM audit WHERE key LIKE ?1 || '%' ESCAPE '\\' LIMIT 2",
            (escaped,),
        )
        return sorted(k for (k,) in found)

    def audit_trail(self) -> list[AuditEntry]:
        """Every entry of the audit trail, oldest first."""
        with self._connect() as con:
            rows = con.execute(f"SELECT {_AUDIT_COLUMNS} FROM audit ORDER BY seq").fetchall()
        return [_entry(row) for row in rows]

    def counts(self) -> dict[str, int]:
        with self._connect() as con:
            found = dict(con.execute("SELECT state, COUNT(*) FROM candidates GROUP BY state"))
        return {s: int(found.get(s, 0)) for s in STATES}

    def reviewed_records(self) -> list[FlowRecord]:
        """Accepted candidates as records with status ``reviewed``, each with who reviewed
        it and when (the last decision in the audit trail)."""
        records = []
        for row in self.list_candidates("accepted"):
            data = row.record.model_dump(mode="json")
            data["status"] = "reviewed"
            data["reviewed_by"] = row.decided_by
            data["reviewed_at"] = row.decided_at
            records.append(FlowRecord.model_validate(data))
        return records

    def integrity_ok(self) -> bool:
        with self._connect() as con:
            return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


_AUDIT_COLUMNS = (
    "seq, key, record_id, action, state_before, state_after, record_before, record_after, "
    "actor_issuer, actor_subject, actor_name, actor_role, comment, at"
)


def _ends(ref) -> tuple[str, str] | None:
    """A place reference compared by name (case and accents aside) and country."""
    if ref is None:
        return None
    from geodata.normalize import fold_key

    return fold_key(ref.name), ref.country or ""


# Who made the decisions found in a store from before the audit trail.
_BEFORE_THE_TRAIL = Actor(
    "store", "before-audit-trail", "unknown (decided before the audit trail)", "admin"
)


def _insert_audit(
    con: sqlite3.Connection,
    key: str,
    action: str,
    state_before: str | None,
    state_after: str | None,
    record_before: str | None,
    record_after: str | None,
    actor: Actor,
    comment: str | None,
    at: str,
) -> int:
    """Append one entry to the audit trail; its sequence number. The record id is the one of
    the record after the action, or before it when the action removes the candidate."""
    cur = con.execute(
        "INSERT INTO audit (key, record_id, action, state_before, state_after, record_before, "
        "record_after, actor_issuer, actor_subject, actor_name, actor_role, comment, at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (key, _record_id(record_after or record_before), action, state_before, state_after,
         record_before, record_after, actor.issuer, actor.subject, actor.name, actor.role,
         comment, at),
    )  # fmt: skip
    return cur.lastrowid


def _record_id(record_json: str | None) -> str | None:
    if not record_json:
        return None
    try:
        value = json.loads(record_json).get("id")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def _entry(row: tuple) -> AuditEntry:
    (seq, key, record_id, action, before, after, rec_before, rec_after, issuer, subject, name,
     role, comment, at) = row  # fmt: skip
    return AuditEntry(
        seq=seq,
        key=key,
        record_id=record_id,
        action=action,
        state_before=before,
        state_after=after,
        record_before=json.loads(rec_before) if rec_before else None,
        record_after=json.loads(rec_after) if rec_after else None,
        actor=Actor(issuer, subject, name, role),
        comment=comment,
        at=at,
    )


def _rollback(con: sqlite3.Connection) -> None:
    """Roll back if a transaction is still open. SQLite ends it by itself on some errors
    (disk full); a failing rollback must not hide the error that caused it."""
    if con.in_transaction:
        try:
            con.execute("ROLLBACK")
        except sqlite3.Error:
            pass


def _first_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return " ".join(text[:2])[:200] if text else type(exc).__name__


def skipped_messages(store: ReviewStore) -> list[str]:
    """One message per row of ``store`` that could not be read, saying what to do."""
    return [
        f"Review store {store.path}: candidate {key[:12]} was left out: {why}; reject it, "
        "or restore the store from a backup"
        for key, why in store.skipped.items()
    ]


def load_reviewed(path: str | Path | None = None) -> tuple[list[FlowRecord], list[str]]:
    """Reviewed records of the workspace store (none when there is no store yet), and one
    message per accepted row that could not be read (left out, never silently)."""
    p = Path(path) if path is not None else default_store_path()
    if not p.exists():
        return [], []
    store = ReviewStore(p)
    return store.reviewed_records(), skipped_messages(store)


def load_reviewed_records(path: str | Path | None = None) -> list[FlowRecord]:
    """Reviewed records of the workspace store (empty when there is no store yet)."""
    return load_reviewed(path)[0]
