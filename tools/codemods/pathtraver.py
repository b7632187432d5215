"""Path traversal (CWE-22/23/36): a user-supplied name is kept inside its base directory.

- Flask `send_file(os.path.join(BASE, name))` -> `send_from_directory(BASE, name)`.
- In a Flask/Werkzeug module, `os.path.join(BASE, name)` -> `safe_join(BASE, name) or abort(404)`
  (werkzeug.security.safe_join returns None for `..` or absolute names).
- Elsewhere, `os.path.join(BASE, name)` -> `_contained_path(BASE, name)`, a helper added to the
  module that resolves the path with `realpath` and raises ValueError outside BASE.
The join is found on the finding's lines, or one step back from the sink through the
variable it was assigned to (`path = os.path.join(...)` ... `open(path)`). A path with no
visible base directory is handed off.
"""

from __future__ import annotations

import libcst as cst

from aise.models import Finding
from aise.tools.codemods._cst import Tree, expr, name_loads, positional
from aise.tools.codemods.base import Codemod, CodemodMetadata, CodemodResult, FixContext, Handoff

__all__ = ["ContainPath"]

HELPER = "_contained_path"
_HELPER_CODE = f'''def {HELPER}(base, *parts):
    """Join `parts` under `base`; refuse a result outside `base` (path traversal, CWE-22)."""
    root = os.path.realpath(base)
    path = os.path.realpath(os.path.join(root, *parts))
    if os.path.commonpath([root, path]) != root:
        raise ValueError("path escapes its base directory")
    return path
'''
_JOIN = {"os.path.join", "posixpath.join"}
_WRAPPERS = {"os.path.abspath", "os.path.realpath", "os.path.normpath", "pathlib.Path"}
_SINKS = {"builtins.open", "flask.send_file", "io.open", "codecs.open", "os.remove", "os.unlink",
          "shutil.copy", "shutil.copyfile", "os.listdir", "shutil.rmtree"}
_SUMMARY_SAFE_JOIN = (
    "Build the path with Werkzeug's safe_join, which returns None for names that climb out of the "
    "base directory (`../`) or are absolute, and answer 404 then instead of reading the file."
)
_SUMMARY_HELPER = (
    f"Resolve the path with `{HELPER}`, which follows `..` and symlinks with realpath and refuses "
    "any result outside the base directory, so a name like `../../etc/passwd` reaches nothing."
)


class ContainPath(Codemod):
    metadata = CodemodMetadata(
        id="aise:path-containment",
        description="Paths built from input get safe_join/send_from_directory or a realpath containment check",
        cwes=frozenset({22, 23, 36, 73}),
        rules=("*path-traversal*", "*pathtraver*", "*path_traversal*", "*path-injection*", "*tainted-path*"),
    )

    def transform(self, source: str, finding: Finding, ctx: FixContext) -> CodemodResult | Handoff | None:
        tree = Tree.parse(source)
        if tree is None:
            return None
        for call in tree.calls(finding.location, {"flask.send_file"}):
            first = positional(call, 0)
            join = first.value if first is not None else None
            if isinstance(join, cst.Call) and tree.qualnames(join.func) & _JOIN and len(join.args) == 2:
                return _send_from_directory(tree, call, join)
        joins = tree.calls(finding.location, _JOIN) or _joins_behind_sinks(tree, finding)
        for join in joins:
            if len(join.args) < 2 or any(a.star or a.keyword for a in join.args):
                continue
            args = ", ".join(tree.code(a.value) for a in join.args)
            if tree.imports_module("flask", "werkzeug"):
                tree.replace(join, expr(f"safe_join({args}) or abort(404)"))
                tree.add_import("werkzeug.security", "safe_join")
                tree.add_import("flask", "abort")
                return CodemodResult(source=tree.render(), summary=_SUMMARY_SAFE_JOIN)
            tree.replace(join, expr(f"{HELPER}({args})"))
            if not tree.defines(HELPER):
                tree.insert_before_toplevel(join, _HELPER_CODE)
            tree.add_import("os")
            return CodemodResult(source=tree.render(), summary=_SUMMARY_HELPER)
        if tree.calls(finding.location, _SINKS):
            return Handoff(reason="the path is used without a visible base directory; which "
                           "directory it must stay in is a human decision")
        return None


def _send_from_directory(tree: Tree, call: cst.Call, join: cst.Call) -> CodemodResult:
    base, name = (tree.code(a.value) for a in join.args)
    rest = [tree.code(a.value) if a.keyword is None else f"{a.keyword.value}={tree.code(a.value)}"
            for a in call.args[1:]]
    tree.replace(call, expr(f"send_from_directory({', '.join([base, name, *rest])})"))
    tree.add_import("flask", "send_from_directory")
    tree.drop_import_if_unused("flask", "send_file")
    return CodemodResult(source=tree.render(), summary=(
        "Serve the file with Flask's send_from_directory, which rejects names that climb out of the "
        "directory (`../`) or are absolute, instead of send_file on a joined path."
    ))


def _joins_behind_sinks(tree: Tree, finding: Finding) -> list[cst.Call]:
    """`os.path.join` calls whose result reaches a sink on the finding's lines through one variable."""
    found: list[cst.Call] = []
    for sink in tree.calls(finding.location, _SINKS):
        first = positional(sink, 0)
        value = first.value if first is not None else None
        while isinstance(value, cst.Call) and tree.qualnames(value.func) & _WRAPPERS and value.args:
            value = value.args[0].value
        if not isinstance(value, cst.Name):
            continue
        scope = tree.enclosing(sink, cst.FunctionDef) or tree.module
        _, writes = name_loads(tree, scope, value.value)
        if len(writes) != 1:
            continue
        assign = tree.parent(tree.parent(writes[0]))
        if isinstance(assign, cst.Assign) and isinstance(assign.value, cst.Call):
            if tree.qualnames(assign.value.func) & _JOIN:
                found.append(assign.value)
    return found
