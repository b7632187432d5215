"""`import aise` and the light modules do no I/O and pull in none of the heavy dependencies."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = (
    "litellm",
    "chromadb",
    "langgraph",
    "ray",
    "semgrep",
    "bandit",
    "detect_secrets",
    "jsonschema",
    "git",
)
LIGHT = (
    "aise",
    "aise.models",
    "aise.config",
    "aise.errors",
    "aise.findings",
    "aise.records",
    "aise.sarif",
    "aise.cli",
    "aise.tools.scanners",
)

PROBE = r"""
import json, sys
events = []
def hook(event, args):
    if event in ("socket.connect", "socket.bind", "subprocess.Popen", "os.system", "os.mkdir", "os.remove",
                 "os.rename", "shutil.rmtree", "urllib.Request"):
        events.append([event, repr(args)[:200]])
    elif event == "open" and isinstance(args[0], str) and args[1] and any(c in str(args[1]) for c in "wax+"):
        events.append([event, repr(args)[:200]])
sys.addaudithook(hook)
import importlib
for name in MODULES:
    importlib.import_module(name)
print(json.dumps({"events": events, "heavy": sorted(m for m in HEAVY if m in sys.modules)}))
"""


def _probe(cwd: Path) -> dict[str, list]:
    code = f"MODULES = {LIGHT!r}\nHEAVY = {HEAVY!r}\n{PROBE}"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_light_imports_do_no_io_and_skip_heavy_dependencies(tmp_path: Path) -> None:
    report = _probe(tmp_path)
    assert report["events"] == []
    assert report["heavy"] == []
    assert list(tmp_path.iterdir()) == []  # nothing written next to the caller either
