"""The sweep's baseline database: per repository, what was decided, on which commit."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from aise.models import Severity, Status

__all__ = ["BaselineEntry", "RepoMark", "SweepDB"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS repo_mark (
  repo TEXT PRIMARY KEY, head TEXT, config_hash TEXT, rules_hash TEXT,
  last_run_id TEXT, updated_at TEXT
);
CREATE TABLE IF NOT EXISTS baseline (
  repo TEXT, fingerprint TEXT, status TEXT, severity TEXT, rule_id TEXT, path TEXT,
  commit_sha TEXT, human INTEGER, updated_at TEXT,
  PRIMARY KEY (repo, fingerprint)
);
CREATE TABLE IF NOT EXISTS sweeps (id TEXT PRIMARY KEY, started_at TEXT, summary TEXT);
"""


class RepoMark(BaseModel):
    """What a repository looked like when it was last swept."""

    model_config = ConfigDict(frozen=True)
    head: str | None
    config_hash: str
    rules_hash: str
    last_run_id: str | None = None


class BaselineEntry(BaseModel):
    model_config = ConfigDict(frozen=True)
    fingerprint: str
    status: Status
    severity: Severity
    rule_id: str
    path: str
    commit_sha: str | None = None
    human: bool = False
    """A human decided this one; it is never asked again."""


class SweepDB:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.executescript(_SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30)
        try:
            with db:
                yield db
        finally:
            db.close()

    def mark(self, repo: str) -> RepoMark | None:
        with self._connect() as db:
            row = db.execute(
                "SELECT head, config_hash, rules_hash, last_run_id FROM repo_mark WHERE repo = ?", (repo,)
            ).fetchone()
        if row is None:
            return None
        return RepoMark(head=row[0], config_hash=row[1], rules_hash=row[2], last_run_id=row[3])

    def set_mark(self, repo: str, mark: RepoMark) -> None:
        with self._connect() as db:
            db.execute(
                "INSERT OR REPLACE INTO repo_mark VALUES (?, ?, ?, ?, ?, ?)",
                (repo, mark.head, mark.config_hash, mark.rules_hash, mark.last_run_id, _now()),
            )

    def baseline(self, repo: str) -> dict[str, BaselineEntry]:
        with self._connect() as db:
            rows = db.execute(
                "SELECT fingerprint, status, severity, rule_id, path, commit_sha, human FROM baseline WHERE repo = ?",
                (repo,),
            ).fetchall()
        return {
            row[0]: BaselineEntry(
                fingerprint=row[0], status=Status(row[1]), severity=Severity(row[2]), rule_id=row[3],
                path=row[4], commit_sha=row[5], human=bool(row[6]),
            )
            for row in rows
        }

    def update_baseline(self, repo: str, entries: Iterable[BaselineEntry]) -> None:
        with self._connect() as db:
            db.executemany(
                "INSERT OR REPLACE INTO baseline VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (repo, e.fingerprint, e.status.value, e.severity.value, e.rule_id, e.path,
                     e.commit_sha, int(e.human), _now())
                    for e in entries
                ],
            )

    def record_sweep(self, sweep_id: str, started_at: str, summary: dict[str, object]) -> None:
        with self._connect() as db:
            db.execute(
                "INSERT OR REPLACE INTO sweeps VALUES (?, ?, ?)", (sweep_id, started_at, json.dumps(summary))
            )

    def previous_sweep(self, before_id: str) -> dict[str, object] | None:
        with self._connect() as db:
            row = db.execute(
                "SELECT summary FROM sweeps WHERE id != ? ORDER BY started_at DESC LIMIT 1", (before_id,)
            ).fetchone()
        return json.loads(row[0]) if row else None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
