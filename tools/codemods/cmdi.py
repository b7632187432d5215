"""Command injection (CWE-78): a shell command line built from data becomes an argument list.

`subprocess.*(..., shell=True)` and `os.system`/`os.popen(...).read()` with a command
built by f-string, `+`, `%` or `.format` are rewritten to an argument list run without a
shell. The constant template is split with `shlex` rules at fix time, never the data, so
each interpolated value stays one argument. Commands that need a shell (pipes, redirects,
globs, `&&`), a program name taken from input, or an opaque command string are handed off.
A constant command with `shell=True` is left alone.
"""

from __future__ import annotations

import re
import shlex

import libcst as cst

from aise.models import Finding
from aise.tools.codemods._cst import Tree, expr, keyword, name_loads, positional, without_arg
from aise.tools.codemods._strings import Template, Text, fstring, render_literal, template_of
from aise.tools.codemods.base import Codemod, CodemodMetadata, CodemodResult, FixContext, Handoff

__all__ = ["ShellToArgv"]

_SUBPROCESS = {f"subprocess.{n}" for n in ("run", "call", "check_call", "check_output", "Popen")}
_SHELL_CHARS = re.compile(r"[|&;<>()$`*?\[\]~{}!\n#]")
_HOLE = re.compile(r"\x00(\d+)\x00")


class ShellToArgv(Codemod):
    metadata = CodemodMetadata(
        id="aise:cmdi-argv",
        description="A shell command built from data becomes an argument list run without a shell",
        cwes=frozenset({78, 77}),
        rules=("bandit:B602", "bandit:B604", "bandit:B605", "*command-injection*", "*subprocess*shell*",
               "*os-system*", "*cmdi*"),
        # Any subprocess call without a shell (B603), a program found on PATH (B607) and
        # `import subprocess` (B404) are informational notes, not vulnerabilities.
        leaves=("bandit:B603", "bandit:B607", "bandit:B404"),
    )

    def transform(self, source: str, finding: Finding, ctx: FixContext) -> CodemodResult | Handoff | None:
        tree = Tree.parse(source)
        if tree is None:
            return None
        for call in tree.calls(finding.location, _SUBPROCESS | {"os.system", "os.popen"}):
            result = _fix_call(tree, call)
            if result is not None:
                return result
        return None


def _fix_call(tree: Tree, call: cst.Call) -> CodemodResult | Handoff | None:
    names = tree.qualnames(call.func)
    shell = keyword(call, "shell")
    is_os = bool(names & {"os.system", "os.popen"})
    if not is_os and (shell is None or not _is_true(shell.value)):
        return None  # already list form / no shell: nothing to fix
    first = positional(call, 0)
    if first is None:
        return None
    command, assign = _command_source(tree, first.value)
    if command is None:
        if assign is None and not isinstance(first.value, cst.SimpleString):
            return Handoff(reason="the whole command line is opaque data; the program and its "
                           "arguments cannot be told apart without a human")
        return None
    if command.constant:
        return None  # a constant command line: no injection to fix
    argv = _argv(tree, command)
    if isinstance(argv, Handoff):
        return argv
    if assign is not None:
        tree.replace(assign.value, expr(argv))
        argv_code = tree.code(first.value)
    else:
        argv_code = argv
    if is_os:
        return _replace_os(tree, call, argv_code, names)
    new_call = without_arg(call, shell)
    new_first = positional(new_call, 0)
    new_call = new_call.with_changes(
        args=[a.with_changes(value=expr(argv_code)) if a is new_first else a for a in new_call.args]
    )
    tree.replace(call, new_call)
    return CodemodResult(
        source=tree.render(),
        summary="Replaced the shell command line with an argument list and dropped `shell=True`: "
        "interpolated values are now single arguments that no shell interprets.",
    )


def _replace_os(tree: Tree, call: cst.Call, argv: str, names: set[str]) -> CodemodResult | Handoff:
    parent = tree.parent(call)
    if "os.popen" in names:
        outer = tree.parent(parent) if isinstance(parent, cst.Attribute) else None
        if not (isinstance(parent, cst.Attribute) and parent.attr.value == "read" and isinstance(outer, cst.Call)):
            return Handoff(reason="os.popen() is used as a file object; a human must port it to subprocess")
        tree.replace(outer, expr(f"subprocess.run({argv}, capture_output=True, text=True).stdout"))
        what = "`os.popen(...).read()`"
    elif isinstance(parent, cst.Expr):
        tree.replace(call, expr(f"subprocess.run({argv})"))
        what = "`os.system`"
    else:
        tree.replace(call, expr(f"subprocess.run({argv}).returncode"))
        what = "`os.system` (its result is now the exit code)"
    tree.add_import("subprocess")
    tree.drop_import_if_unused("os")
    return CodemodResult(
        source=tree.render(),
        summary=f"Replaced {what} with `subprocess.run` on an argument list: no shell parses the "
        "command, so interpolated values cannot add commands or options of their own.",
    )


def _command_source(tree: Tree, value: cst.BaseExpression) -> tuple[Template | None, cst.Assign | None]:
    """The command's template: inline, or from the one assignment of the variable passed in."""
    if not isinstance(value, cst.Name):
        return template_of(value), None
    scope = tree.enclosing(value, cst.FunctionDef) or tree.module
    reads, writes = name_loads(tree, scope, value.value)
    if len(writes) != 1 or len(reads) != 1:
        return None, None
    assign = tree.parent(tree.parent(writes[0]))
    if not isinstance(assign, cst.Assign) or len(assign.targets) != 1:
        return None, None
    template = template_of(assign.value)
    return template, assign if template is not None else None


def _argv(tree: Tree, command: Template) -> str | Handoff:
    holes = command.holes
    flat = "".join(p.value if isinstance(p, Text) else f"\x00{holes.index(p.node)}\x00" for p in command.parts)
    if _SHELL_CHARS.search(_HOLE.sub("", flat)):
        return Handoff(reason="the command uses shell syntax (pipes, redirects, globs or `&&`); "
                       "rewriting it without a shell needs a human")
    try:
        tokens = shlex.split(flat)
    except ValueError:
        return Handoff(reason="the command template has unbalanced quotes")
    if not tokens or _HOLE.search(tokens[0]):
        return Handoff(reason="the program to run comes from data; it needs an allow-list")
    quote = command.quotes[0]
    items = []
    for token in tokens:
        only = _HOLE.fullmatch(token)
        if only:
            items.append(tree.code(holes[int(only.group(1))]))
        elif _HOLE.search(token):
            body = _HOLE.sub(lambda m: "{" + tree.code(holes[int(m.group(1))]) + "}",
                             token.replace("{", "{{").replace("}", "}}"))
            items.append(fstring(body, quote))
        else:
            items.append(render_literal(token, quote))
    return "[" + ", ".join(items) + "]"


def _is_true(node: cst.BaseExpression) -> bool:
    return isinstance(node, cst.Name) and node.value == "True"
