"""Analysis speed: time `Project(root).analyse()` on generated repositories of growing size.

Each generated file is a Flask-style module (~60 lines) with routes, helpers that call
helpers in other modules, containers, branches and sinks, so the interprocedural part is
exercised. Prints seconds per size and the growth ratio.

    .venv/bin/python bench/analysis_speed.py [--sizes 500,1000,2000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from aise.tools.analysis.project import Project
from aise.tools.scanners.aise_flow import flow_results

_TEMPLATE = '''"""Generated module {i}."""
import os
import subprocess
import hashlib
from flask import request, redirect
from pkg{pkg} import mod{dep} as dep


def clean_{i}(value):
    value = value.strip()
    if not value.isalnum():
        return ""
    return value


def build_{i}(value, extra=None):
    parts = ["select", "*", "from", "t{i}"]
    parts.append(value)
    data = {{"a": value, "b": "const"}}
    if extra:
        data["c"] = extra
    return " ".join(parts) + data["b"]


class Service{i}:
    def __init__(self, name):
        self.name = name

    def run(self, arg):
        cmd = f"echo {{self.name}} {{arg}}"
        return subprocess.run(cmd, shell=True)


def init(app):
    @app.route("/r{i}", methods=["POST"])
    def route_{i}():
        param = request.args.get("p{i}", "")
        num = 86
        bar = "safe" if (7 * 42) - num > 200 else param
        lst = [bar, param]
        lst.pop(0)
        query = build_{i}(lst[0])
        cur = None
        cur.execute(query)
        safe = clean_{i}(param)
        os.system("ls " + safe)
        out = dep.build_{dep}(param)
        for k in range(3):
            out += str(k)
        Service{i}("svc").run(dep.clean_{dep}(param))
        h = hashlib.sha256(param.encode()).hexdigest()
        if param.startswith("/"):
            return redirect(param)
        return f"<p>{{h}}</p>"
'''


def generate(root: Path, files: int) -> None:
    per_pkg = 50
    for i in range(files):
        pkg = i // per_pkg
        folder = root / f"pkg{pkg}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "__init__.py").touch()
        dep = pkg * per_pkg + (i + 1) % per_pkg
        if dep >= files:
            dep = pkg * per_pkg
        (folder / f"mod{i}.py").write_text(_TEMPLATE.format(i=i, pkg=pkg, dep=dep))


def measure(files: int) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        generate(root, files)
        started = time.perf_counter()
        project = Project(root).analyse()
        results = flow_results(project)
        return time.perf_counter() - started, len(results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,1000,2000")
    args = parser.parse_args()
    previous: tuple[int, float] | None = None
    for size in (int(s) for s in args.sizes.split(",")):
        seconds, findings = measure(size)
        growth = ""
        if previous is not None:
            growth = f"  x{seconds / previous[1]:.2f} time for x{size / previous[0]:.2f} files"
        print(f"{size:>6} files: {seconds:6.2f} s  ({seconds / size * 1000:.1f} ms/file, "
              f"{findings} aise-flow results){growth}")
        previous = (size, seconds)


if __name__ == "__main__":
    main()
