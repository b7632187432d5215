"""SQLite checkpoints at `<repo>/.aise/state.db`, with an explicit allow-list of state types."""

from __future__ import annotations

import sqlite3
import types
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Union, get_args, get_origin

from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from langgraph.checkpoint.sqlite import SqliteSaver
from pydantic import BaseModel

from aise.errors import InputError
from aise.graphs.state import BudgetUsage, Dossier, FixProposal, Node, Plan, RunError, WorkItem
from aise.models import ScannerStatus
from aise.records import FindingRecord

__all__ = ["STATE_DB", "open_checkpointer", "state_types", "thread_ids"]

STATE_DB = "state.db"
_ROOTS: tuple[type[BaseModel], ...] = (
    FindingRecord, WorkItem, Dossier, FixProposal, Plan, BudgetUsage, RunError, ScannerStatus,
)


def _walk(annotation: object, found: set[type]) -> None:
    if isinstance(annotation, type) and issubclass(annotation, (BaseModel, Enum)):
        if annotation in found:
            return
        found.add(annotation)
        if issubclass(annotation, BaseModel):
            for field in annotation.model_fields.values():
                _walk(field.annotation, found)
        return
    if get_origin(annotation) in (Union, types.UnionType) or get_args(annotation):
        for arg in get_args(annotation):
            _walk(arg, found)


@cache
def state_types() -> frozenset[tuple[str, str]]:
    """(module, name) of every pydantic model and enum that can appear in the run state."""
    found: set[type] = set()
    for root in _ROOTS:
        _walk(root, found)
    found.add(Node)  # Send(node=Node.X) packets are checkpointed with their task
    return frozenset((cls.__module__, cls.__qualname__) for cls in found)


@contextmanager
def open_checkpointer(state_dir: Path) -> Iterator[SqliteSaver]:
    """A SqliteSaver on `<state_dir>/state.db`; only aise's own state types deserialize."""
    state_dir.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(state_dir / STATE_DB, check_same_thread=False, timeout=30.0)
    try:
        serde = JsonPlusSerializer(allowed_msgpack_modules=sorted(state_types()))
        saver = SqliteSaver(conn, serde=serde)
        try:
            saver.setup()
        except sqlite3.DatabaseError as exc:
            # Never delete it: it may hold runs a user wants to resume or inspect.
            raise InputError(
                f"{state_dir / STATE_DB}: the checkpoint database is unreadable ({exc})",
                hint=f"move it aside to start afresh: mv {state_dir / STATE_DB} {state_dir / STATE_DB}.broken",
            ) from None
        yield saver
    finally:
        conn.close()


def thread_ids(saver: SqliteSaver) -> list[str]:
    """Every run id that has a checkpoint, oldest first."""
    with saver.cursor(transaction=False) as cur:
        cur.execute(
            "SELECT thread_id, MIN(checkpoint_id) FROM checkpoints GROUP BY thread_id ORDER BY 2"
        )
        return [row[0] for row in cur.fetchall()]
