"""Importing the graph, the agents and the run commands has no side effects and loads no heavy client."""

from __future__ import annotations

import subprocess
import sys


def test_import_graph_and_agents_without_side_effects(tmp_path) -> None:
    code = (
        "import sys, os\n"
        "import aise.graphs, aise.graphs.runner, aise.graphs.remediation, aise.cli.run_cmd\n"
        "import aise.agents.brains, aise.agents.planner, aise.agents.handoff\n"
        "heavy = sorted(m for m in ('litellm', 'openai') if m in sys.modules)\n"
        "assert not heavy, heavy\n"
        "assert os.listdir('.') == [], os.listdir('.')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
