"""Unsafe deserialization and eval (CWE-502, CWE-95).

- `yaml.load` (any unsafe Loader), `yaml.unsafe_load`, `yaml.full_load` -> `yaml.safe_load`
  (`load_all` -> `safe_load_all`); a SafeLoader call is left alone.
- `pickle.loads/load` -> `json.loads/load`, only when every `pickle.dump(s)` in the module
  stores JSON-shaped data (a dict or list of literals and request values); the writers move
  to json too. Anything else is handed off: choosing a safe format is a design decision.
- `eval(data)` -> `ast.literal_eval(data)` when the surrounding names say a literal value is
  expected (data, value, config, items...); an expression evaluator is handed off.
"""

from __future__ import annotations

import re

import libcst as cst

from aise.models import Finding
from aise.tools.codemods._context import nearby_text
from aise.tools.codemods._cst import Tree, expr, keyword, positional, walk, without_arg
from aise.tools.codemods.base import Codemod, CodemodMetadata, CodemodResult, FixContext, Handoff

__all__ = ["EvalToLiteralEval", "PickleToJson", "YamlSafeLoad"]

_UNSAFE_YAML = {"yaml.load": "safe_load", "yaml.load_all": "safe_load_all",
                "yaml.unsafe_load": "safe_load", "yaml.full_load": "safe_load",
                "yaml.unsafe_load_all": "safe_load_all", "yaml.full_load_all": "safe_load_all"}
_SAFE_LOADERS = re.compile(r"(^|\.)C?SafeLoader$")
_PICKLE_MODULES = ("pickle", "cPickle", "_pickle", "dill")


class YamlSafeLoad(Codemod):
    metadata = CodemodMetadata(
        id="aise:yaml-safe-load",
        description="yaml.load with an unsafe loader becomes yaml.safe_load",
        cwes=frozenset({20, 502}),
        rules=("bandit:B506", "*yaml*load*", "*unsafe-yaml*"),
    )

    def transform(self, source: str, finding: Finding, ctx: FixContext) -> CodemodResult | Handoff | None:
        tree = Tree.parse(source)
        if tree is None:
            return None
        for call in tree.calls(finding.location, _UNSAFE_YAML):
            loader = keyword(call, "Loader") or positional(call, 1)
            if loader is not None and _SAFE_LOADERS.search(tree.code(loader.value)):
                continue
            safe = _UNSAFE_YAML[next(iter(tree.qualnames(call.func) & _UNSAFE_YAML.keys()))]
            new = without_arg(call, loader) if loader is not None else call
            if isinstance(call.func, cst.Attribute):
                func = call.func.with_changes(attr=cst.Name(safe))
            else:
                func = cst.parse_expression(f"yaml.{safe}")
                tree.add_import("yaml")
                tree.drop_import_if_unused("yaml", call.func.value if isinstance(call.func, cst.Name) else None)
            tree.replace(call, new.with_changes(func=func))
            return CodemodResult(
                source=tree.render(),
                summary=f"Replaced the unsafe YAML load with `yaml.{safe}`, which builds only plain "
                "data (dicts, lists, strings, numbers) and never instantiates arbitrary Python objects.",
            )
        return None


class PickleToJson(Codemod):
    metadata = CodemodMetadata(
        id="aise:pickle-to-json",
        description="pickle of JSON-shaped data becomes json; other pickle use is handed off",
        cwes=frozenset({502}),
        rules=("bandit:B301", "*pickle*", "*insecure-deserialization*"),
    )

    def transform(self, source: str, finding: Finding, ctx: FixContext) -> CodemodResult | Handoff | None:
        tree = Tree.parse(source)
        if tree is None:
            return None
        loads = [c for c in tree.calls(finding.location, _names("loads", "load"))]
        if not loads:
            return None
        writers = tree.calls(None, _names("dumps", "dump"))
        if not writers or not all(_jsonable(tree, w.args[0].value) for w in writers if w.args):
            return Handoff(
                reason="pickle reads data whose shape is not known to be JSON-compatible; "
                "choosing a safe format (json, a schema, signed data) needs a human",
            )
        for call in [*tree.calls(None, _names("loads", "load")), *writers]:
            tree.replace(call, expr(_json_call(tree, call)))
        tree.add_import("json")
        for name in _PICKLE_MODULES:
            tree.drop_import_if_unused(name)
        return CodemodResult(source=tree.render(), summary=(
            "Replaced pickle with json for data that is plain JSON (dicts, lists, strings, numbers): "
            "loading it can no longer run code chosen by whoever controls the bytes."
        ), notes=("Values stored earlier in pickle format will no longer load; clear or migrate them.",))


class EvalToLiteralEval(Codemod):
    metadata = CodemodMetadata(
        id="aise:eval-to-literal-eval",
        description="eval of a data literal becomes ast.literal_eval; expression evaluators are handed off",
        cwes=frozenset({94, 95}),
        rules=("bandit:B307", "*eval*", "*codeinj*", "*code-injection*"),
    )

    _CODE = re.compile(r"expr|formula|code|calc|math|script|command|cmd|lambda|func|compute|evaluate", re.I)
    _DATA = re.compile(
        r"data|value|literal|list|dict|tuple|items|config|setting|payload|param|json|obj|ids|"
        r"numbers|nums|coord|point|pref|filter|option|opts|args|kwargs|record|row|entry|struct", re.I,
    )

    def transform(self, source: str, finding: Finding, ctx: FixContext) -> CodemodResult | Handoff | None:
        tree = Tree.parse(source)
        if tree is None:
            return None
        for call in tree.calls(finding.location, {"builtins.eval"}):
            if len(call.args) != 1:
                return Handoff(reason="eval() runs with explicit globals/locals; it evaluates code on purpose")
            context = nearby_text(tree, call)
            if self._CODE.search(context) or not self._DATA.search(context):
                return Handoff(reason="eval() here may be meant to evaluate expressions, not only "
                               "literals; replacing it needs a human to decide what input is allowed")
            tree.replace(call.func, cst.parse_expression("ast.literal_eval"))
            tree.add_import("ast")
            return CodemodResult(source=tree.render(), summary=(
                "Replaced eval() with ast.literal_eval(), which accepts only Python literals (strings, "
                "numbers, lists, dicts...) and cannot call functions or import modules."
            ))
        return None


def _names(*funcs: str) -> set[str]:
    return {f"{m}.{f}" for m in _PICKLE_MODULES for f in funcs}


def _json_call(tree: Tree, call: cst.Call) -> str:
    """The json equivalent of one pickle call, keeping bytes where pickle produced bytes."""
    func = next(iter(tree.qualnames(call.func))).rsplit(".", 1)[1]
    args = [tree.code(a.value) for a in call.args if a.keyword is None]
    if func == "loads":
        return f"json.loads({args[0]})"
    if func == "load":
        return f"json.load({args[0]})"
    if func == "dumps":
        return f"json.dumps({args[0]}).encode()"
    return f"{args[1]}.write(json.dumps({args[0]}).encode())"


_REQUEST = re.compile(r"^(request|flask\.request)\.(args|form|values|cookies|headers|json)\b")
_SCALAR_CALLS = {"str", "int", "float", "bool", "len"}


def _jsonable(tree: Tree, node: cst.BaseExpression, depth: int = 0) -> bool:
    """True when `node` is visibly JSON-shaped: literals, request strings, scalar casts."""
    if depth > 4:
        return False
    if isinstance(node, cst.SimpleString | cst.Integer | cst.Float | cst.FormattedString):
        return True
    if isinstance(node, cst.Name):
        return node.value in {"True", "False", "None"} or _assigned_jsonable(tree, node, depth)
    if isinstance(node, cst.Dict):
        return all(
            isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString)
            and _jsonable(tree, e.value, depth + 1) for e in node.elements
        )
    if isinstance(node, cst.List | cst.Tuple):
        return all(isinstance(e, cst.Element) and _jsonable(tree, e.value, depth + 1) for e in node.elements)
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value in _SCALAR_CALLS:
        return True
    return bool(_REQUEST.match(tree.code(node)))


_PLAIN_TYPES = ("dict", "list", "str", "int", "float", "bool", "Dict", "List", "Mapping")


def _assigned_jsonable(tree: Tree, name: cst.Name, depth: int) -> bool:
    """A variable holding JSON-shaped data: assigned from such, or a parameter declared plain data."""
    function = tree.enclosing(name, cst.FunctionDef)
    if function is not None:
        for param in function.params.params:
            if param.name.value == name.value and param.annotation is not None:
                annotation = tree.code(param.annotation.annotation)
                return annotation.split("[", 1)[0].split(".")[-1] in _PLAIN_TYPES and "Any" not in annotation
    scope = function or tree.module
    values = [
        a.value for a in _assignments(scope)
        if len(a.targets) == 1 and isinstance(a.targets[0].target, cst.Name)
        and a.targets[0].target.value == name.value
    ]
    return bool(values) and all(_jsonable(tree, v, depth + 1) for v in values)


def _assignments(scope: cst.CSTNode) -> list[cst.Assign]:
    return walk(scope, cst.Assign)
