"""The registry and failure handling, with plugins installed for real (a dist-info on sys.path)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from aise.config import ScanSettings
from aise.errors import PluginError, ScannerError
from aise.tools.scan import run_scan
from aise.tools.scanners._proc import run_tool
from aise.tools.scanners.registry import BUILTIN_SCANNERS, load_scanners

PLUGINS = """
class Crashy:
    id = "crashy"
    description = "raises a plain exception"
    def available(self):
        return True
    def scan(self, repo, paths, *, timeout):
        raise RuntimeError("boom")


class Absent:
    id = "absent-tool"
    description = "its binary is missing"
    def available(self):
        return False
    def scan(self, repo, paths, *, timeout):
        raise AssertionError("never called")


class FakeBandit(Crashy):
    id = "bandit"
"""


def install_plugins(
    site: Path, module: str, entry_points: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Install a plugin distribution the way pip would leave it: a module and a dist-info."""
    site.mkdir(parents=True, exist_ok=True)
    (site / f"{module}.py").write_text(PLUGINS, encoding="utf-8")
    dist = site / f"{module}-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {module}\nVersion: 0.1\n", encoding="utf-8"
    )
    lines = "".join(f"{name} = {module}:{target}\n" for name, target in entry_points.items())
    (dist / "entry_points.txt").write_text(f"[aise.scanners]\n{lines}", encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))


def test_builtins_only_by_default_in_tests() -> None:
    found = load_scanners(third_party=False)
    assert {"bandit", "semgrep", "detect-secrets", "sarif"} <= set(found)
    assert all(cls.id in found for cls in BUILTIN_SCANNERS)


def test_crashing_and_missing_scanners_do_not_stop_the_others(
    tmp_path: Path, make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    install_plugins(
        tmp_path / "site", "aise_test_crashy", {"crashy": "Crashy", "absent": "Absent"}, monkeypatch
    )
    repo = make_repo(
        None, files={"app.py": "import subprocess\nsubprocess.call('ls ' + x, shell=True)\n"}
    )
    seen: list[tuple[str, bool]] = []
    result = run_scan(
        repo,
        ScanSettings(),
        scanner_ids=["crashy", "absent-tool", "bandit", "no-such-scanner"],
        progress=lambda sid, status: seen.append((sid, status is None)),
    )
    status = {s.scanner: s for s in result.statuses}
    assert status["crashy"].ok is False and status["crashy"].error == "crashed: RuntimeError: boom"
    assert status["absent-tool"].skipped and status["absent-tool"].error == "not installed"
    assert (
        status["no-such-scanner"].skipped
        and status["no-such-scanner"].error == "unknown scanner id"
    )
    assert status["bandit"].ok and status["bandit"].results > 0
    assert any(f.rule_id == "bandit:B602" for f in result.findings)
    assert [s.scanner for s in result.failed] == ["crashy"]
    assert sorted(seen) == sorted([(sid, start) for sid in status for start in (True, False)])


def test_duplicate_scanner_id_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_plugins(tmp_path / "site", "aise_test_dup", {"bandit2": "FakeBandit"}, monkeypatch)
    with pytest.raises(PluginError, match="'bandit' registered twice"):
        load_scanners()
    assert "bandit" in load_scanners(third_party=False)


def test_broken_plugin_names_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_plugins(tmp_path / "site", "aise_test_broken", {"broken": "DoesNotExist"}, monkeypatch)
    with pytest.raises(PluginError, match="scanner plugin 'broken'"):
        load_scanners()


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")


def test_timeout_kills_the_whole_process_group(tmp_path: Path) -> None:
    pidfile = tmp_path / "child.pid"
    script = f"import subprocess, sys, time; p = subprocess.Popen(['sleep', '60']); open({str(pidfile)!r}, 'w').write(str(p.pid)); time.sleep(60)"
    with pytest.raises(ScannerError, match=r"slow: timed out after 1 s"):
        run_tool("slow", [sys.executable, "-c", script], cwd=tmp_path, timeout=1)
    child = int(pidfile.read_text())
    deadline = time.monotonic() + 5
    while not _gone(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _gone(child), f"grandchild {child} survived"


def test_missing_binary_is_a_scanner_error(tmp_path: Path) -> None:
    with pytest.raises(ScannerError, match="cannot start"):
        run_tool("ghost", [os.fspath(tmp_path / "no-such-tool")], cwd=tmp_path, timeout=5)
