"""Trap kinds as tiny snippets: each `# V` line must be confirmed, each `# S` line must not be."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from aise.evidence import TaintStatus
from aise.tools.analysis.project import Project

HEADER = "from flask import request, session, redirect, make_response\nimport os\n\n"


def _analyse(tmp_path: Path, body: str, extra: dict[str, str] | None = None) -> Project:
    code = HEADER + "def init(app):\n    @app.route('/x', methods=['POST'])\n    def view():\n"
    code += textwrap.indent(textwrap.dedent(body), " " * 8)
    (tmp_path / "case.py").write_text(code)
    for name, text in (extra or {}).items():
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text))
    return Project(tmp_path).analyse()


def _expectations(project: Project) -> list[tuple[int, str, TaintStatus | None]]:
    source = project.by_path["case.py"].source.splitlines()
    out = []
    for number, line in enumerate(source, start=1):
        if line.rstrip().endswith(("# V", "# S")):
            hits = [h for h in project.hits_in("case.py") if h.line == number and h.sink_class != "xss"]
            status = min((h.status for h in hits), key=lambda s: s is not TaintStatus.CONFIRMED, default=None)
            out.append((number, line.strip()[-1], status))
    return out


def _check(project: Project) -> None:
    results = _expectations(project)
    assert results, "snippet has no # V / # S markers"
    for number, want, status in results:
        assert status is not None or want == "S", f"line {number}: no sink recognised"
        confirmed = status is TaintStatus.CONFIRMED
        assert confirmed == (want == "V"), f"line {number}: expected {want}, got {status}"


TRAPS = {
    "overwrite": """
        param = request.args.get("p", "")
        bar = param
        os.system(bar)  # V
        bar = "safe!"
        os.system(bar)  # S
    """,
    "constant_arith_if": """
        param = request.cookies.get("p", "x")
        num = 86
        if (7 * 42) - num > 200:
            bar = "This_should_always_happen"
        else:
            bar = param
        os.system(bar)  # S
        num = 106
        if (7 * 42) - num > 200:
            bar2 = "constant"
        else:
            bar2 = param
        os.system(bar2)  # V
    """,
    "constant_ifexp_and_string_test": """
        param = request.headers.get("p") or ""
        bar = "safe" if (7 * 18) + 56 > 200 else param
        os.system(bar)  # V
        test = "This should never happen"
        bar2 = param if "should" not in test else "safe"
        os.system(bar2)  # S
    """,
    "dict_keys": """
        param = request.form.get("p")
        m = {}
        m["keyA"] = "a-Value"
        m["keyB"] = param
        os.system(m["keyA"])  # S
        os.system(m["keyB"])  # V
        del m["keyB"]
        os.system(m.get("keyB", "x"))  # S
    """,
    "list_indices": """
        values = request.form.getlist("p")
        param = values[0] if values else ""
        lst = ["safe", param, "moresafe"]
        lst.pop(0)
        os.system(lst[0])  # V
        os.system(lst[1])  # S
        lst.remove("moresafe")
        lst.insert(0, "first")
        os.system(lst[0])  # S
        os.system(lst[1])  # V
    """,
    "configparser": """
        import configparser
        param = request.values.get("p")
        conf = configparser.ConfigParser()
        conf.add_section("s")
        conf.set("s", "keyA", "a-Value")
        conf.set("s", "keyB", param)
        os.system(conf.get("s", "keyA"))  # S
        os.system(conf.get("s", "keyB"))  # V
    """,
    "base64_and_unquote_propagate": """
        import base64, urllib.parse
        param = urllib.parse.unquote_plus(request.cookies.get("p", ""))
        tmp = base64.b64encode(param.encode("utf-8"))
        bar = base64.b64decode(tmp).decode("utf-8")
        os.system("echo " + bar.strip().lower())  # V
        os.system("echo %s" % int(bar))  # S
        os.system(f"echo {len(bar)}")  # S
    """,
    "sql_parameters": """
        import sqlite3
        param = request.args.get("p")
        cur = sqlite3.connect(":memory:").cursor()
        cur.execute("SELECT * FROM t WHERE a = ?", (param,))  # S
        cur.execute("SELECT * FROM t WHERE a = '%s'" % param)  # V
        cur.execute("SELECT * FROM t WHERE a = '{}'".format(param))  # V
    """,
    "per_class_sanitisers": """
        import html, shlex, subprocess
        param = request.args.get("p")
        subprocess.run("echo " + shlex.quote(param), shell=True)  # S
        subprocess.run("echo " + html.escape(param), shell=True)  # V
        subprocess.run(["echo", param])  # S
        subprocess.run(["sh", "-c", param])  # V
    """,
    "path_guards": """
        import os.path
        param = request.args.get("p", "")
        base = os.path.realpath("/srv/files")
        full = os.path.realpath(os.path.join(base, param))
        open(full)  # V
        if os.path.commonpath([base, full]) != base:
            return "no"
        open(full)  # S
        name = os.path.basename(param)
        open(os.path.join(base, name))  # S
    """,
    "guard_in_else_branch": """
        param = request.args.get("p", "")
        safe_name = os.path.basename(param)
        if safe_name in ("", ".", "..") or safe_name != param:
            return "bad"
        else:
            open(os.path.join("/srv", param))  # S
    """,
    "allowlist_and_regex": """
        import re
        param = request.args.get("p", "")
        if param in ("alpha", "beta"):
            os.system(param)  # S
        if re.fullmatch(r"[a-z0-9]+", param):
            os.system(param)  # S
        os.system(param)  # V
    """,
    "redirect_checks": """
        from urllib.parse import urlparse
        target = request.args.get("next", "/")
        if target.startswith("/") and not target.startswith("//"):
            redirect(target)  # S
        redirect(target)  # V
        if not urlparse(target).netloc:
            redirect(target)  # S
    """,
    "match_statement": """
        param = request.args.get("p", "")
        guess = "ABC"[1]
        match guess:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case _:
                bar = param
        os.system(bar)  # S
    """,
    "trust_boundary": """
        param = request.args.get("p", "")
        session["user"] = param  # V
        session["role"] = "guest"  # S
        session[param] = "x"  # V
    """,
    "comprehension_join_fstring": """
        param = request.args.get("p", "")
        parts = [p.upper() for p in param.split(",")]
        os.system(" ".join(parts))  # V
        os.system(f"echo {[1, 2][0]}")  # S
    """,
}


@pytest.mark.parametrize("name", sorted(TRAPS))
def test_trap(tmp_path: Path, name: str) -> None:
    _check(_analyse(tmp_path, TRAPS[name]))


def test_helpers_across_modules(tmp_path: Path) -> None:
    body = """
        import helpers.text
        from helpers import thing
        from helpers.text import clean
        param = request.args.get("p", "")
        os.system(helpers.text.passthrough(param))  # V
        os.system(clean(param))  # S
        os.system(thing.createThing().doSomething(param))  # V
        os.system(helpers.text.constant(param))  # S
        helpers.text.run(param)  # V
        helpers.text.run("ls")  # S
    """
    extra = {
        "helpers/__init__.py": "",
        "helpers/text.py": """
            import os, re

            def passthrough(value):
                return "<" + value.strip() + ">"

            def clean(value):
                if not re.fullmatch(r"[a-z]+", value):
                    return "invalid"
                return value

            def constant(value):
                value = "fixed"
                return value

            def run(cmd):
                os.system(cmd)
        """,
        "helpers/thing.py": """
            from .things import ThingImpl

            def createThing():
                return ThingImpl()
        """,
        "helpers/things.py": """
            class ThingImpl:
                def doSomething(self, i):
                    return f"{i}"
        """,
    }
    _check(_analyse(tmp_path, body, extra))


def test_request_wrapper_class_fields(tmp_path: Path) -> None:
    body = """
        import helpers.req
        wrapped = helpers.req.request_wrapper(request)
        param = wrapped.get_form_parameter("p")
        os.system(param)  # V
        os.system(wrapped.method_name())  # S
    """
    extra = {
        "helpers/__init__.py": "",
        "helpers/req.py": """
            class Wrapper:
                def __init__(self, req):
                    self.req = req

                def get_form_parameter(self, name):
                    return self.req.form.get(name)

                def method_name(self):
                    return "fixed"

            def request_wrapper(req):
                return Wrapper(req)
        """,
    }
    _check(_analyse(tmp_path, body, extra))


def test_recursion_terminates(tmp_path: Path) -> None:
    body = """
        param = request.args.get("p", "")
        os.system(f(param))  # V
    """
    code = HEADER + "def f(x):\n    return g(x)\n\ndef g(x):\n    return f(x) + x\n\n"
    (tmp_path / "case.py").write_text(code + "def init(app):\n    @app.route('/x')\n    def view():\n"
                                      + textwrap.indent(textwrap.dedent(body), " " * 8))
    _check(Project(tmp_path).analyse())
