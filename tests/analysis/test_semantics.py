"""Language and library semantics as snippets: each `# V` line must be a confirmed flow, each `# S` not.

One snippet per semantic the engine models (see the module docstrings of tools/analysis):
aliases, getattr, lambdas, partials, dispatch tables, format prefixes, numeric formats,
typed request getters and URL converters, path normalisation, super(), late-binding
closures, generators, setters, properties, inlined helpers, pipelines and evidence rules.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from aise.evidence import ContextFlag, TaintStatus
from aise.models import Finding, Location
from aise.tools.analysis import gather_evidence
from aise.tools.analysis.project import Project

HEADER = "from flask import Flask, request, session, redirect\nimport os, subprocess, hashlib\n\napp = Flask(__name__)\n\n"


def _project(tmp_path: Path, code: str, extra: dict[str, str] | None = None) -> Project:
    (tmp_path / "case.py").write_text(HEADER + textwrap.dedent(code))
    for name, text in (extra or {}).items():
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text))
    return Project(tmp_path).analyse()


def _check(project: Project) -> None:
    lines = project.by_path["case.py"].source.splitlines()
    marked = [(n, line.rstrip()[-1]) for n, line in enumerate(lines, 1) if line.rstrip().endswith(("# V", "# S"))]
    assert marked, "snippet has no markers"
    for number, want in marked:
        hits = [h for h in project.hits_in("case.py") if h.line == number and h.sink_class != "dynamic"]
        confirmed = any(h.status is TaintStatus.CONFIRMED or h.weak is True for h in hits)
        assert hits or want == "S", f"line {number}: no sink recognised"
        assert confirmed == (want == "V"), f"line {number}: expected {want}, got {[h.status for h in hits]}"
    assert project.errors == []


SNIPPETS = {
    "aliases_getattr_lambda_partial": """
        import subprocess as sp
        import functools
        from lxml import etree as ET
        run = lambda c: sp.run(c, shell=True)  # V

        @app.get("/a")
        def a():
            p = request.args["p"]
            sp.call(p, shell=True)  # V
            getattr(os, "system")(p)  # V
            run(p)
            functools.partial(os.system)(p)  # V
            ET.fromstring(p, ET.XMLParser(resolve_entities=True))  # V
            return "ok"
    """,
    "dispatch_tables": """
        import pickle, json
        LOADERS = {"json": json.loads, "pickle": pickle.loads}

        @app.post("/d")
        def d():
            data = request.get_data()
            LOADERS[request.args["fmt"]](data)  # V
            LOADERS["json"](data)  # S
            return "ok"
    """,
    "format_prefix_and_numbers": """
        import requests, sqlite3

        @app.get("/f")
        def f():
            p = request.args["p"]
            requests.get("https://api.example.com/{}".format(p))  # S
            requests.get("{}/api".format(p))  # V
            cur = sqlite3.connect("x").cursor()
            cur.execute("SELECT 1 LIMIT %d" % int(p))  # S
            cur.execute(f"SELECT 1 LIMIT {request.args.get('n', type=int)}")  # S
            cur.execute("SELECT '%s'" % p)  # V
            return "ok"
    """,
    "route_converters": """
        import sqlite3

        @app.get("/posts/<int:post_id>/<slug>")
        def posts(post_id, slug):
            cur = sqlite3.connect("x").cursor()
            cur.execute(f"SELECT * FROM t WHERE id = {post_id}")  # S
            cur.execute(f"SELECT * FROM t WHERE slug = '{slug}'")  # V
            return "ok"
    """,
    "path_normalisation_required": """
        BASE = "/srv"

        @app.get("/p")
        def p():
            joined = os.path.join(BASE, request.args["f"])
            if joined.startswith(BASE):
                open(joined)  # V
            real = os.path.realpath(joined)
            if real.startswith(BASE + "/"):
                open(real)  # S
            return "ok"
    """,
    "objects_super_setters_properties": """
        class Store:
            def __init__(self, root):
                self.root = root

        class Users(Store):
            def __init__(self, name):
                super().__init__("/srv/users")
                self.name = name
                self.cmd = "true"

            def set_cmd(self, cmd):
                self.cmd = cmd

            def run(self):
                os.system(self.cmd)  # V

            @property
            def path(self):
                return os.path.join(self.root, self.name)

        @app.get("/o")
        def o():
            users = Users(request.args["u"])
            users.set_cmd(request.args["c"])
            users.run()
            open(users.path)  # V
            open(Users("fixed").path)  # S
            return "ok"
    """,
    "closures_generators": """
        @app.get("/c")
        def c():
            def later():
                os.system(msg)  # V

            def items(values):
                for v in values:
                    yield v.strip()

            msg = request.args["m"]
            later()
            for item in items(request.args.getlist("i")):
                os.system(item)  # V
            return "ok"
    """,
    "inlined_helpers_and_pipelines": """
        import html, shlex
        STEPS = (str.strip, shlex.quote)

        def choose(kind):
            return {"md5": "md5", "modern": "sha256"}[kind]

        def apply(value):
            for step in STEPS:
                value = step(value)
            return value

        @app.get("/i")
        def i():
            hashlib.new(choose("md5"))  # V
            hashlib.new(choose("modern"))  # S
            os.system("echo " + apply(request.args["x"]))  # S
            return "ok"
    """,
    "quoting_contexts": """
        import html, shlex
        from flask import make_response

        @app.get("/q")
        def q():
            raw = request.args["q"]
            attr = html.escape(raw, quote=False)
            make_response('<input value="' + attr + '">')  # V
            make_response("<p>" + attr + "</p>")  # S
            make_response("<p>" + html.unescape(html.escape(raw)) + "</p>")  # V
            os.system('echo "' + shlex.quote(raw) + '"')  # V
            os.system("echo " + shlex.quote(raw))  # S
            return "ok"
    """,
    "regex_character_sets": r"""
        import re, sqlite3

        @app.get("/r")
        def r():
            name = request.args["n"]
            if re.fullmatch(r"[\w .-]+", name):
                os.system("echo " + name)  # S
                cur = sqlite3.connect("x").cursor()
                cur.execute("SELECT * FROM t WHERE id = " + name)  # V
            if re.match(r"^[\w.-]+$", name):
                os.system("echo " + name)  # V
            return "ok"
    """,
    "dead_code_and_env": """
        FEATURE = False

        @app.get("/e")
        def e():
            if FEATURE:
                os.system(request.args["x"])  # S
            return "ok"
    """,
}


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_semantics(tmp_path: Path, name: str) -> None:
    _check(_project(tmp_path, SNIPPETS[name]))


def _finding(path: str, line: int, rule: str, cwe: int) -> Finding:
    return Finding(fingerprint=f"{path}:{line}", rule_id=rule, scanners=("bandit",), rule_ids=(rule,), cwe=(cwe,),
                   severity="high", confidence="high", message="m",
                   location=Location(path=path, start_line=line, end_line=line))


def test_evidence_for_imports_dead_code_and_unmodelled_calls(tmp_path: Path) -> None:
    code = """
        import pickle
        import thirdparty

        @app.get("/x")
        def x():
            if 3 > 4:
                pickle.loads(request.get_data())
            thirdparty.render_fast("constant")
            thirdparty.render_fast(request.args["q"])
            return "ok"
    """
    project = _project(tmp_path, code)
    lines = project.by_path["case.py"].source.splitlines()

    def line(text: str) -> int:
        return next(i for i, src in enumerate(lines, 1) if text in src)

    imported = gather_evidence(project, _finding("case.py", line("import pickle"), "bandit:B403", 502))
    assert ContextFlag.IMPORT_ONLY in imported.flags and imported.taint is TaintStatus.NO_SOURCE
    dead = gather_evidence(project, _finding("case.py", line("pickle.loads"), "bandit:B301", 502))
    assert ContextFlag.UNREACHABLE in dead.flags
    quiet = gather_evidence(project, _finding("case.py", line('"constant"'), "semgrep:xpath-x", 643))
    assert ContextFlag.UNMODELLED_SINK in quiet.flags and quiet.taint is TaintStatus.NO_SOURCE
    loud = gather_evidence(project, _finding("case.py", line("request.args"), "semgrep:xpath-x", 643))
    assert loud.taint is TaintStatus.UNKNOWN


def test_operator_configuration_is_not_attacker_input(tmp_path: Path) -> None:
    from aise.agents.heuristics import heuristic_triage
    from aise.records import Verdict

    project = _project(tmp_path, """
        @app.get("/env")
        def env():
            os.system(os.environ.get("TOOL", "true"))
            return "ok"
    """)
    number = next(i for i, src in enumerate(project.by_path["case.py"].source.splitlines(), 1) if "os.system" in src)
    finding = _finding("case.py", number, "bandit:B605", 78)
    evidence = gather_evidence(project, finding)
    assert evidence.taint is TaintStatus.CONFIRMED and evidence.fact("sources") == "env"
    assert heuristic_triage(evidence, finding).verdict is Verdict.FALSE_POSITIVE


def test_helpers_defined_below_their_caller_bind_late(tmp_path: Path) -> None:
    # Python resolves globals at call time, so a route sees helpers defined further down.
    _check(_project(tmp_path, '''
        from urllib.parse import urlparse


        @app.get("/a")
        def a():
            return redirect(_local_only(request.args.get("next", "/")))  # S


        @app.get("/b")
        def b():
            return redirect(_passthrough(request.args.get("next", "/")))  # V


        def _local_only(target, fallback="/"):
            if not target or urlparse(target).scheme or urlparse(target).netloc:
                return fallback
            return target


        def _passthrough(value):
            return value
    '''))
