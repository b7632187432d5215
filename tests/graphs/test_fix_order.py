"""Findings whose fix lies elsewhere wait for it: a call site is resolved by the fix of the sink it calls."""

from __future__ import annotations

import subprocess

from aise.graphs.runner import run_repository
from aise.models import Status
from aise.records import FixOutcome

APP = '''from flask import Flask, request

from store import find

app = Flask(__name__)


@app.get("/a")
def a():
    return {"rows": find(request.args["name"])}


@app.get("/b")
def b():
    return {"rows": find(request.args["other"])}
'''
STORE = '''import sqlite3


def find(name):
    conn = sqlite3.connect(":memory:")
    return conn.execute("SELECT * FROM t WHERE name = '%s'" % name).fetchall()
'''


def test_call_sites_wait_for_the_sink_fix_and_name_its_commit(make_small_repo, fast_settings) -> None:
    repo = make_small_repo({"app.py": APP, "store.py": STORE})
    summary = run_repository(repo, fast_settings(scan={"scanners": ["aise-flow"]}))

    by_path = {}
    for record in summary.records:
        by_path.setdefault(record.finding.path, []).append(record)
    (sink,) = by_path["store.py"]
    assert sink.status is Status.FIXED and sink.fix is not None and sink.fix.fixer == "aise:sqli-parameterize"
    assert len(by_path["app.py"]) == 2  # both call sites, reported before any fix
    for call_site in by_path["app.py"]:
        # No codemod matches a call; it is tried again once the sink's fix lands, then resolved by it.
        assert call_site.status is Status.FIXED, call_site.reason
        assert call_site.fix is not None and call_site.fix.commit == sink.fix.commit
    assert any(r.attempts[0].outcome is FixOutcome.NO_FIX for r in by_path["app.py"])

    message = subprocess.run(["git", "log", "-1", "--format=%B", sink.fix.commit], cwd=repo, check=True,
                             capture_output=True, text=True).stdout
    assert message.startswith("fix: SQL injection in find\n")
    assert "Risk: " in message and "exploitable" in message and f"Aise-Finding: {sink.fingerprint}" in message
