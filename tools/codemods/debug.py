"""Debug mode in production (CWE-489/94/215): `debug=True` follows an environment variable, off by default.

`app.run(debug=True)`, `app.debug = True`, `app.config["DEBUG"] = True` -> `FLASK_DEBUG == "1"`;
a module-level `DEBUG = True` (Django settings) -> `DEBUG == "1"` from the environment. The
Werkzeug debugger runs arbitrary code for whoever reaches it, so it must be opt-in.
"""

from __future__ import annotations

import libcst as cst

from aise.models import Finding
from aise.tools.codemods._cst import Tree, expr, keyword
from aise.tools.codemods.base import Codemod, CodemodMetadata, CodemodResult, FixContext, Handoff

__all__ = ["DebugFromEnv"]


class DebugFromEnv(Codemod):
    metadata = CodemodMetadata(
        id="aise:debug-from-env",
        description="debug=True becomes an environment switch that defaults to off",
        cwes=frozenset({489, 215}),
        rules=("bandit:B201", "*debug*"),
    )

    def transform(self, source: str, finding: Finding, ctx: FixContext) -> CodemodResult | Handoff | None:
        tree = Tree.parse(source)
        if tree is None:
            return None
        flask = tree.imports_module("flask", "werkzeug")
        for call in tree.nodes(cst.Call, finding.location):
            arg = keyword(call, "debug")
            if arg is not None and _true(arg.value):
                # `app.run(debug=True)` is Flask's development server even where flask is not imported.
                is_run = isinstance(call.func, cst.Attribute) and call.func.attr.value == "run"
                variable = "FLASK_DEBUG" if flask or is_run else "DEBUG"
                tree.replace(arg.value, expr(f'os.environ.get("{variable}") == "1"'))
                return self._done(tree, variable)
        variable = "FLASK_DEBUG" if flask else "DEBUG"
        switch = f'os.environ.get("{variable}") == "1"'
        for assign in tree.nodes(cst.Assign, finding.location):
            if _debug_target(tree, assign.targets[0].target) and _true(assign.value):
                tree.replace(assign.value, expr(switch))
                return self._done(tree, variable)
        return None

    @staticmethod
    def _done(tree: Tree, variable: str) -> CodemodResult:
        tree.add_import("os")
        return CodemodResult(
            source=tree.render(),
            summary=f"Debug mode now follows the {variable} environment variable and is off unless "
            f"it is set to 1: the interactive debugger lets anyone who can reach it run code.",
            notes=(f"Set {variable}=1 only on developer machines.",),
        )


def _debug_target(tree: Tree, target: cst.BaseExpression) -> bool:
    if isinstance(target, cst.Name):
        return target.value == "DEBUG"
    if isinstance(target, cst.Attribute):
        return target.attr.value == "debug"
    if isinstance(target, cst.Subscript):
        return tree.code(target.slice[0]).strip("'\"[] ") == "DEBUG"
    return False


def _true(node: cst.BaseExpression) -> bool:
    return isinstance(node, cst.Name) and node.value == "True"
