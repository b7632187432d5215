"""Safety: one writer at a time, corrupt stores rebuilt with a warning, decisions never lost."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from aise.config import MemorySettings
from aise.errors import ConfigError
from aise.memory import MemoryBusyError, MemoryRecoveredWarning, RepoMemory
from aise.models import Confidence, Finding, Location, Severity
from aise.records import HumanAction, HumanDecision

FINDING = Finding(fingerprint="fp-1", rule_id="B608", scanners=("bandit",), rule_ids=("bandit:B608",),
                  severity=Severity.HIGH, confidence=Confidence.HIGH, message="SQL from a string",
                  location=Location(path="db.py", start_line=16, end_line=16, snippet='execute("..." % email)'))
DECISION = HumanDecision(action=HumanAction.ACCEPT_RISK, comment="internal tool", who="ana")

_HOLD = """
import sys
from pathlib import Path
from aise.memory._lock import WriterLock
with WriterLock(Path(sys.argv[1]), 5).hold():
    print("held", flush=True)
    sys.stdin.read()
"""


def _indexed(make_repo, corpus, settings: MemorySettings) -> tuple[Path, RepoMemory]:
    repo = make_repo(corpus)
    memory = RepoMemory(repo, settings)
    memory.index()
    memory.record_decision(FINDING, DECISION)
    memory.close()
    return repo, memory


def test_corrupt_store_is_moved_aside_and_rebuilt_keeping_decisions(make_repo, corpus,
                                                                    settings: MemorySettings) -> None:
    repo, first = _indexed(make_repo, corpus, settings)
    (first.folder / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)

    memory = RepoMemory(repo, settings)
    with pytest.warns(MemoryRecoveredWarning, match="was unreadable"):
        stats = memory.index()
    assert stats.rebuilt and any("moved to" in w for w in stats.warnings)
    assert len(list(repo.joinpath(".aise").glob("memory.corrupt-*"))) == 1
    assert stats.chunks_total == stats.chunks_added > 50  # code re-embedded from the repository
    recalled = memory.recall_decisions(FINDING)
    assert [(r.fingerprint, r.action) for r in recalled] == [("fp-1", HumanAction.ACCEPT_RISK)]


def test_half_written_store_without_manifest_is_rebuilt_on_read(make_repo, corpus, settings: MemorySettings) -> None:
    repo, first = _indexed(make_repo, corpus, settings)
    (first.folder / "aise-manifest.json").unlink()
    memory = RepoMemory(repo, settings)
    with pytest.warns(MemoryRecoveredWarning, match="manifest is missing"):
        recalled = memory.recall_decisions(FINDING)
    assert recalled and recalled[0].human  # restored from the journal
    assert memory.index().embedded_files == len(corpus)  # the code index starts again


def test_second_writer_fails_clearly_or_waits(make_repo, corpus, settings: MemorySettings) -> None:
    repo = make_repo(corpus)
    lock = repo / ".aise" / "memory.lock"
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(lock)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        impatient = RepoMemory(repo, MemorySettings(lock_timeout=0.3))
        with pytest.raises(MemoryBusyError, match=rf"being written by pid {holder.pid}") as raised:
            impatient.record_decision(FINDING, DECISION)
        assert raised.value.hint and "lock_timeout" in raised.value.hint
        assert holder.stdin is not None
        threading.Timer(0.5, holder.stdin.close).start()  # the other writer finishes soon
        assert RepoMemory(repo, MemorySettings(lock_timeout=30)).index().embedded_files == len(corpus)
    finally:
        holder.kill()
        holder.wait()


def test_changed_embedder_settings_rebuild_on_index_but_never_on_read(make_repo, corpus,
                                                                      settings: MemorySettings) -> None:
    repo, _ = _indexed(make_repo, corpus, settings)
    other = RepoMemory(repo, settings.model_copy(update={"dimensions": 256}))
    with pytest.raises(ConfigError, match="built with other settings"):
        other.similar_code("password")
    with pytest.warns(MemoryRecoveredWarning, match="rebuilt"):
        stats = other.index()
    assert stats.rebuilt and stats.embedded_files == len(corpus)
    assert other.recall_decisions(FINDING)[0].human
    assert len(other.similar_code("password hash", 1)[0].chunk.text) > 0
