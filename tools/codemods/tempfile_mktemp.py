"""Insecure temporary file (CWE-377): `tempfile.mktemp()` becomes `tempfile.mkstemp()`.

`name = tempfile.mktemp(...)` -> `fd, name = tempfile.mkstemp(...)` followed by
`os.close(fd)`: the file is created atomically with private permissions, so no other user
can create or swap it between naming and opening. Other shapes are handed off.
"""

from __future__ import annotations

import libcst as cst

from aise.models import Finding
from aise.tools.codemods._cst import Tree, walk
from aise.tools.codemods.base import Codemod, CodemodMetadata, CodemodResult, FixContext, Handoff

__all__ = ["MkstempNotMktemp"]


class MkstempNotMktemp(Codemod):
    metadata = CodemodMetadata(
        id="aise:tempfile-mkstemp",
        description="tempfile.mktemp() becomes mkstemp(), which creates the file atomically",
        cwes=frozenset({377}),
        rules=("bandit:B306", "*mktemp*"),
    )

    def transform(self, source: str, finding: Finding, ctx: FixContext) -> CodemodResult | Handoff | None:
        tree = Tree.parse(source)
        if tree is None:
            return None
        for call in tree.calls(finding.location, {"tempfile.mktemp"}):
            assign = tree.parent(call)
            line = tree.parent(assign)
            if not (isinstance(assign, cst.Assign) and len(assign.targets) == 1
                    and isinstance(assign.targets[0].target, cst.Name)
                    and isinstance(line, cst.SimpleStatementLine) and len(line.body) == 1):
                return Handoff(reason="mktemp() is not assigned to a variable on its own line; "
                               "the file handling around it needs a human")
            fd = _free_name(tree, line, "fd")
            name = assign.targets[0].target.value
            func = call.func.with_changes(attr=cst.Name("mkstemp")) if isinstance(call.func, cst.Attribute) else None
            new_call = call.with_changes(func=func) if func is not None else call.with_changes(
                func=cst.parse_expression("tempfile.mkstemp"))
            first = line.with_changes(body=[cst.Assign(
                targets=[cst.AssignTarget(cst.parse_expression(f"{fd}, {name}"))], value=new_call)])
            close = cst.parse_statement(f"os.close({fd})\n")
            tree.replace(line, cst.FlattenSentinel([first, close]))
            tree.add_import("os")
            tree.add_import("tempfile")
            return CodemodResult(
                source=tree.render(),
                summary="Replaced tempfile.mktemp() with mkstemp(): mktemp only picks a name, so "
                "another process could create that file first; mkstemp creates it atomically (0600).",
            )
        return None


def _free_name(tree: Tree, line: cst.CSTNode, base: str) -> str:
    scope = tree.enclosing(line, cst.FunctionDef) or tree.module
    used = {n.value for n in walk(scope, cst.Name)}
    name, n = base, 2
    while name in used:
        name, n = f"{base}{n}", n + 1
    return name
