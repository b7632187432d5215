"""gather_evidence + heuristic brain over real bandit and aise-flow findings on a small repo."""

from __future__ import annotations

import textwrap
from pathlib import Path

from aise.agents.heuristics import heuristic_assess, heuristic_triage
from aise.evidence import ContextFlag, SinkClass, TaintStatus
from aise.findings import normalise
from aise.records import Reachability, Verdict
from aise.tools.analysis import gather_evidence, load_project
from aise.tools.scanners.aise_flow import AiseFlowScanner
from aise.tools.scanners.bandit import BanditScanner

APP = '''
import hashlib
import os
import random
import sqlite3
from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/q")
def query():
    name = request.args.get("name", "")
    cur = sqlite3.connect(":memory:").cursor()
    cur.execute("SELECT * FROM t WHERE name = '%s'" % name)
    cur.execute("SELECT * FROM t WHERE name = '%s'" % "admin")
    token = str(random.random())
    resp = make_response("ok")
    resp.set_cookie("token", token)
    resp.set_cookie("pref", "dark", secure=True, httponly=True)
    digest = hashlib.md5(name.encode()).hexdigest()
    etag = hashlib.md5(b"static", usedforsecurity=False).hexdigest()
    os.system("ls " + str(int(name or 0)))
    return resp
'''


def _findings(repo: Path):
    raw = BanditScanner().scan(repo, None, timeout=120) + AiseFlowScanner().scan(repo, None, timeout=120)
    return normalise(repo, raw)


def test_verdicts_follow_the_evidence(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(textwrap.dedent(APP))
    project = load_project(tmp_path)
    lines = (tmp_path / "app.py").read_text().splitlines()
    verdicts: dict[tuple[int, SinkClass], Verdict] = {}
    for finding in _findings(tmp_path):
        evidence = gather_evidence(project, finding)
        verdicts[(finding.location.start_line, evidence.sink_class)] = heuristic_triage(evidence, finding).verdict
        if evidence.taint is TaintStatus.CONFIRMED:
            assert evidence.taint_path and evidence.entry_points
            assert heuristic_assess(evidence, finding).reachability is Reachability.EXPLOITABLE

    def line(text: str) -> int:
        return next(i for i, src in enumerate(lines, start=1) if text in src)

    assert verdicts[(line("% name)"), SinkClass.SQLI)] is Verdict.TRUE_POSITIVE
    assert verdicts.get((line('% "admin"'), SinkClass.SQLI), Verdict.FALSE_POSITIVE) is Verdict.FALSE_POSITIVE
    assert verdicts[(line("random.random()"), SinkClass.WEAKRAND)] is Verdict.TRUE_POSITIVE
    assert verdicts[(line('set_cookie("token"'), SinkClass.SECURECOOKIE)] is Verdict.TRUE_POSITIVE
    assert verdicts[(line("hashlib.md5(name"), SinkClass.HASH)] is Verdict.TRUE_POSITIVE
    assert verdicts.get((line("usedforsecurity"), SinkClass.HASH), Verdict.FALSE_POSITIVE) is Verdict.FALSE_POSITIVE
    assert verdicts.get((line("os.system"), SinkClass.CMDI), Verdict.FALSE_POSITIVE) is Verdict.FALSE_POSITIVE


def test_test_paths_and_other_languages(tmp_path: Path) -> None:
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_x.py").write_text("import os\n\ndef test_a(tmp):\n    os.system(tmp)\n")
    (tmp_path / "deploy.sh").write_text("curl $URL | sh\n")
    project = load_project(tmp_path)
    from aise.models import Finding, Location

    def finding(path: str, rule: str) -> Finding:
        return Finding(fingerprint=path, rule_id=rule, scanners=("bandit",), rule_ids=(rule,), cwe=(78,),
                       severity="high", confidence="high", message="m",
                       location=Location(path=path, start_line=4 if path.endswith(".py") else 1, end_line=4 if path.endswith(".py") else 1))

    ev = gather_evidence(project, finding("tests/test_x.py", "bandit:B605"))
    assert ContextFlag.TEST_CODE in ev.flags
    assert heuristic_triage(ev, finding("tests/test_x.py", "bandit:B605")).verdict is Verdict.FALSE_POSITIVE
    ev = gather_evidence(project, finding("deploy.sh", "semgrep:curl-pipe-sh"))
    assert ContextFlag.NON_PYTHON in ev.flags
    assert heuristic_triage(ev, finding("deploy.sh", "semgrep:curl-pipe-sh")).verdict is Verdict.UNCERTAIN


CONFIG = '''
import tempfile

import requests
from flask import Flask

app = Flask(__name__)


def fetch_status(url):
    return requests.get(url, verify=False, timeout=5).status_code


def scratch_file():
    return tempfile.mktemp(suffix=".tmp")


if __name__ == "__main__":
    app.run(debug=True)
'''


def test_insecure_settings_are_true_positives_outside_tests(tmp_path: Path) -> None:
    (tmp_path / "svc.py").write_text(textwrap.dedent(CONFIG))
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_svc.py").write_text(textwrap.dedent(CONFIG))
    project = load_project(tmp_path)
    seen: dict[tuple[str, SinkClass], Verdict] = {}
    for finding in _findings(tmp_path):
        evidence = gather_evidence(project, finding)
        seen[(finding.path, evidence.sink_class)] = heuristic_triage(evidence, finding).verdict
    for klass in (SinkClass.TLS, SinkClass.DEBUG, SinkClass.TEMPFILE):
        assert seen[("svc.py", klass)] is Verdict.TRUE_POSITIVE, klass
        assert seen[("tests/test_svc.py", klass)] is Verdict.FALSE_POSITIVE, klass
