"""A shared Chroma server (`memory.url`): a real `chroma run` on 127.0.0.1."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from aise.config import MemorySettings
from aise.memory import RepoMemory
from aise.models import Confidence, Finding, Location, Severity
from aise.records import HumanAction, HumanDecision

pytestmark = pytest.mark.slow


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[str]:
    exe = str(Path(sys.executable).parent / "chroma")  # installed with chromadb, next to python
    if not Path(exe).exists():
        pytest.skip("the chroma CLI is not installed")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([exe, "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1",
                               "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_index_query_and_decisions_through_a_server(chroma_server: str, make_repo, corpus) -> None:
    import chromadb

    settings = MemorySettings(url=chroma_server, namespace="team-shop")
    repo = make_repo(corpus)
    memory = RepoMemory(repo, settings)
    first = memory.index()
    assert first.embedded_files == len(corpus)
    assert memory.index().embedded_files == 0
    top = memory.similar_code("token bucket rate limiting", 3)
    assert any((h.chunk.symbol or "").startswith("RateLimiter") for h in top)
    finding = Finding(fingerprint="fp-1", rule_id="B608", scanners=("bandit",), rule_ids=("bandit:B608",),
                      severity=Severity.LOW, confidence=Confidence.LOW, message="m",
                      location=Location(path="db.py", start_line=1, end_line=1, snippet="x"))
    memory.record_decision(finding, HumanDecision(action=HumanAction.FALSE_POSITIVE, comment="ok"))
    names = {c.name for c in chromadb.HttpClient(host="127.0.0.1", port=int(chroma_server.rsplit(":", 1)[1]))
             .list_collections()}
    assert names == {"team-shop-code", "team-shop-decisions", "team-shop-fixes"}
    # A teammate's checkout: no local manifest, same server; decisions are shared.
    teammate = RepoMemory(repo, settings.model_copy(update={"path": ".aise/other-memory"}))
    assert teammate.recall_decisions(finding)[0].human
    stats = teammate.index()
    assert stats.chunks_total == first.chunks_total and memory.stats().chunks == first.chunks_total
