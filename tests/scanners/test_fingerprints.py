"""Fingerprints survive moved lines and reformatting, and tell two functions apart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from aise.config import ScanSettings
from aise.models import Finding
from aise.tools.scan import run_scan

APP = """import subprocess


def backup(folder):
    return subprocess.call("tar czf backup.tgz " + folder, shell=True)


def restore(folder):
    return subprocess.call("tar czf backup.tgz " + folder, shell=True)
"""

MOVED = APP.replace(
    "import subprocess\n",
    'import subprocess\n\nLOG = "backup.log"\n\n\n# Backups of the uploads folder.\n',
)
REFORMATTED = APP.replace(
    'subprocess.call("tar czf backup.tgz " + folder, shell=True)',
    'subprocess.call(  "tar czf backup.tgz "+folder,\n        shell = True )',
)

BANDIT = ScanSettings(scanners=["bandit"])


def _shell_findings(repo: Path) -> list[Finding]:
    result = run_scan(repo, BANDIT)
    return [f for f in result.findings if f.rule_id == "bandit:B602"]


def test_lines_inserted_above_keep_the_ids(make_repo: Callable[..., Path]) -> None:
    before = _shell_findings(make_repo(None, files={"app.py": APP}, name="before"))
    after = _shell_findings(make_repo(None, files={"app.py": MOVED}, name="after"))
    assert [f.location.start_line for f in before] != [f.location.start_line for f in after]
    assert [f.fingerprint for f in before] == [f.fingerprint for f in after]


def test_whitespace_changes_keep_the_ids(make_repo: Callable[..., Path]) -> None:
    before = _shell_findings(make_repo(None, files={"app.py": APP}, name="before"))
    after = _shell_findings(make_repo(None, files={"app.py": REFORMATTED}, name="after"))
    assert len(before) == len(after) == 2
    assert [f.fingerprint for f in before] == [f.fingerprint for f in after]


def test_same_snippet_in_two_functions_gets_two_ids(make_repo: Callable[..., Path]) -> None:
    found = _shell_findings(make_repo(None, files={"app.py": APP}))
    assert [f.symbol for f in found] == ["backup", "restore"]
    assert found[0].location.snippet.strip() == found[1].location.snippet.strip()
    assert found[0].fingerprint != found[1].fingerprint
