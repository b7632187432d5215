"""Kill a process and every descendant, even those that started a session of their own."""

from __future__ import annotations

import os
import signal
from pathlib import Path

__all__ = ["descendants", "kill_tree"]

_PROC = Path("/proc")
_FREEZE_ROUNDS = 5


def _parents() -> dict[int, list[int]]:
    """Children by parent pid, read from /proc (empty where there is no /proc)."""
    children: dict[int, list[int]] = {}
    try:
        entries = [e.name for e in os.scandir(_PROC) if e.name.isdigit()]
    except OSError:
        return children
    for name in entries:
        try:
            stat = (_PROC / name / "stat").read_text()
        except OSError:
            continue  # gone already
        # The command name may hold spaces and parentheses; the fields after the last ')'
        # are `state ppid ...`.
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(name))
    return children


def descendants(pid: int) -> list[int]:
    """Every process below `pid` (children, grandchildren, ...), on Linux; [] elsewhere."""
    children = _parents()
    found: list[int] = []
    stack = list(children.get(pid, []))
    while stack:
        child = stack.pop()
        found.append(child)
        stack.extend(children.get(child, []))
    return found


def _signal(pid: int, sig: signal.Signals) -> None:
    try:
        os.kill(pid, sig)
    except (ProcessLookupError, PermissionError):
        pass  # gone, or not ours


def kill_tree(pid: int) -> None:
    """SIGKILL `pid`, its process group and all its descendants.

    A test runner or scanner started with `start_new_session` leaves the group, so
    killing the group alone would orphan it. Everything is stopped first, so nothing
    forks or is re-parented to init while the tree is walked, then killed."""
    stopped: set[int] = set()
    _signal(pid, signal.SIGSTOP)
    for _ in range(_FREEZE_ROUNDS):
        fresh = [p for p in descendants(pid) if p not in stopped]
        if not fresh:
            break
        for child in fresh:
            _signal(child, signal.SIGSTOP)
        stopped.update(fresh)
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass  # not a group leader, or gone
    for victim in (pid, *stopped):
        _signal(victim, signal.SIGKILL)
