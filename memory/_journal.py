"""SQLite journal of decisions and fixes, kept outside the Chroma folder so rebuilds never lose them."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["Journal", "JournalRow"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    collection TEXT NOT NULL,
    id TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    document TEXT NOT NULL,
    metadata TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (collection, id)
);
CREATE INDEX IF NOT EXISTS records_doc ON records (collection, doc_id, at);
"""


@dataclass(frozen=True, slots=True)
class JournalRow:
    collection: str
    id: str
    """Content id: the same record written twice (a re-run node) is stored once."""
    doc_id: str
    """Chroma id; several rows may share it, and the latest `at` is what Chroma holds."""
    document: str
    metadata: dict[str, Any]
    at: str


class Journal:
    def __init__(self, path: Path) -> None:
        self.path = path

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path, timeout=30.0)) as db:
            db.executescript(_SCHEMA)
            with db:  # one transaction
                yield db

    def add(self, row: JournalRow) -> None:
        with self._db() as db:
            db.execute(
                "INSERT OR IGNORE INTO records VALUES (?, ?, ?, ?, ?, ?)",
                (row.collection, row.id, row.doc_id, row.document, json.dumps(row.metadata), row.at),
            )

    def latest(self, collection: str) -> list[JournalRow]:
        """One row per Chroma id, the most recent: what the collection should hold."""
        if not self.path.exists():
            return []
        with self._db() as db:
            rows = db.execute(
                "SELECT collection, id, doc_id, document, metadata, at FROM records WHERE collection = ? "
                "ORDER BY at",
                (collection,),
            ).fetchall()
        latest: dict[str, JournalRow] = {}
        for c, rid, doc_id, document, metadata, at in rows:
            latest[doc_id] = JournalRow(c, rid, doc_id, document, json.loads(metadata), at)
        return list(latest.values())

    def count_docs(self, collection: str) -> int:
        if not self.path.exists():
            return 0
        with self._db() as db:
            (n,) = db.execute("SELECT COUNT(DISTINCT doc_id) FROM records WHERE collection = ?",
                              (collection,)).fetchone()
        return int(n)
