"""The non-editable wheel installs and imports, configs and bundled rules included."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]

PROBE = r"""
import sys
from importlib import resources
import aise, aise.models, aise.config, aise.cli, aise.tools.scanners
from aise.config import load_settings
from aise.tools.scanners.semgrep import bundled_rules_dir
assert aise.__file__.startswith(sys.argv[1]), aise.__file__
assert "scan:" in resources.files("aise.configs").joinpath("default.yaml").read_text()
assert load_settings().scan.timeout > 0
rules = bundled_rules_dir()
assert rules is None or str(rules).startswith(sys.argv[1]), rules
print("ok", aise.__version__, "rules" if rules else "no-rules")
"""


@pytest.mark.slow
def test_wheel_installs_and_imports_outside_the_source_tree(tmp_path: Path) -> None:
    wheels, target, source = tmp_path / "wheels", tmp_path / "target", tmp_path / "source"
    # Build from a copy: an in-tree build leaves build/ behind, whose stale files end up in later wheels.
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git",
            ".venv",
            "build",
            "dist",
            "*.egg-info",
            "__pycache__",
            ".aise",
            ".ruff_cache",
            "tests",
        ),
    )
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(source)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    (wheel,) = wheels.glob("aise-*.whl")
    subprocess.run(
        [*pip, "install", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    # -S skips site (and with it the editable install's finder); dependencies come from site-packages.
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(target), sysconfig.get_paths()["purelib"]]),
    }
    out = subprocess.run(
        [sys.executable, "-S", "-c", PROBE, str(target)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("ok 0.1.0")
