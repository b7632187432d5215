"""Objects and calls: class attributes, instance fields, parameter defaults (a `Project` mixin)."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from aise.tools.analysis.values import AV

if TYPE_CHECKING:
    from aise.tools.analysis.hits import FunctionSummary
    from aise.tools.analysis.project import FuncUnit, ModuleInfo

__all__ = ["ObjectsMixin", "scan_module"]

_MUTATING = frozenset({"append", "extend", "insert", "update", "setdefault", "add", "pop", "remove", "clear",
                       "write", "writelines"})


class ObjectsMixin:
    classes: dict[str, FuncUnit]
    units: dict[str, FuncUnit]
    modules: dict[str, ModuleInfo]
    _class_envs: dict[str, dict[str, AV]]
    _fields: dict[tuple[str, str], AV | None]
    _outside_stores: set[str]

    if TYPE_CHECKING:
        def summary(self, qual: str) -> FunctionSummary | None: ...
        def resolve_function(self, qual: str, depth: int = 0) -> tuple[str, str] | None: ...
        def resolve_value(self, qual: str) -> AV | None: ...
        def _closure_for(self, unit: FuncUnit) -> dict[str, AV]: ...
        def _expr_qual(self, module: str, node: ast.expr) -> str | None: ...

    def class_env(self, qual: str) -> dict[str, AV]:
        """Names bound in a class body (class attributes), interpreted once."""
        if qual not in self._class_envs:
            unit = self.classes.get(qual)
            self._class_envs[qual] = {}
            if unit is not None:
                from aise.tools.analysis.taint import FunctionInterpreter

                summary = FunctionInterpreter(self, unit, self._closure_for(unit)).run()
                self._class_envs[qual] = {k: v for k, v in summary.fields.items() if isinstance(v, AV)}
        return self._class_envs[qual]

    def field_value(self, cls: str, attr: str) -> AV | None:
        """What `self.<attr>` holds in a method of repository class `cls`, as far as it is fixed.

        The value `__init__` assigns (or the class attribute), when no other method and no code
        outside the class assigns the attribute; only its type tag when it may change.
        """
        key = (cls, attr)
        if key in self._fields:
            return self._fields[key]
        self._fields[key] = None  # recursion guard
        if cls not in self.classes:
            return None
        value: AV | None = None
        init = self.resolve_function(f"{cls}.__init__")
        if init is not None and init[0] == "function":
            summary = self.summary(init[1])
            found = summary.fields.get(attr) if summary is not None else None
            value = found if isinstance(found, AV) else None
        if value is None:
            value = self.class_env(cls).get(attr)
        if value is not None and (self._assigned_elsewhere(cls, attr) or value.all_labels()):
            value = AV(inst=value.inst, kwargs=value.kwargs) if value.inst else None
        self._fields[key] = value
        return value

    def _assigned_elsewhere(self, cls: str, attr: str) -> bool:
        if not self._outside_stores:
            self._outside_stores = {"<scanned>"}
            for info in self.modules.values():
                self._outside_stores |= info.stores
        if attr in self._outside_stores:
            return True
        unit = self.classes[cls]
        for method in getattr(unit.node, "body", ()):
            if not isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef) or method.name == "__init__":
                continue
            for node in ast.walk(method):
                if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store) and node.attr == attr:
                    return True
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _MUTATING
                        and isinstance(node.func.value, ast.Attribute) and node.func.value.attr == attr):
                    return True  # `self.steps.append(...)`
                if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store) and isinstance(
                        node.value, ast.Attribute) and node.value.attr == attr:
                    return True  # `self.items[key] = ...`
        return False

    def defaults_of(self, qual: str) -> dict[int, AV]:
        """Constant default values of a function's parameters, by position."""
        unit = self.units.get(qual)
        node = unit.node if unit is not None else None
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            return {}
        args = node.args
        positional = args.posonlyargs + args.args
        out: dict[int, AV] = {}
        offset = len(positional) - len(args.defaults)
        assert unit is not None
        for index, default in enumerate(args.defaults):
            value = self._default_value(unit.module, default)
            if value is not None:
                out[offset + index] = value
        for index, default in enumerate(args.kw_defaults):
            value = self._default_value(unit.module, default) if default is not None else None
            if value is not None:
                out[len(positional) + index] = value
        return out

    def _default_value(self, module: str, node: ast.expr) -> AV | None:
        if isinstance(node, ast.Constant):
            return AV(const=node.value)
        if isinstance(node, ast.Name | ast.Attribute):
            qual = self._expr_qual(module, node)
            if qual:
                return self.resolve_value(qual) or AV(qual=qual)
        return None


_REGISTRATIONS = {"add_url_rule": ("view_func", 2), "register_error_handler": ("f", 1), "add_api_route": ("endpoint", 1),
                  "Route": ("endpoint", 1), "add_route": ("handler", 1), "add_get": ("handler", 1),
                  "add_post": ("handler", 1)}
"""Calls that register a view function (`app.add_url_rule(rule, endpoint, view_func)`), and where."""


def _registered(call: ast.Call) -> str | None:
    inner = call.func
    if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) and inner.func.attr in (
            "route", "get", "post", "put", "delete", "patch") and call.args and isinstance(call.args[0], ast.Name):
        return call.args[0].id  # `app.route("/x")(view)`
    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
    if name not in _REGISTRATIONS:
        return None
    keyword, position = _REGISTRATIONS[name]
    target = next((k.value for k in call.keywords if k.arg == keyword), None)
    if target is None and len(call.args) > position:
        target = call.args[position]
    return target.id if isinstance(target, ast.Name) else None


def scan_module(tree: ast.Module) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """One walk: packages imported, attributes stored on non-`self` objects, views registered by call."""
    names: set[str] = set()
    stores: set[str] = set()
    views: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            view = _registered(node)
            if view:
                views.add(view)
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name.partition(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.partition(".")[0])
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            owner = node.value.id if isinstance(node.value, ast.Name) else ""
            if owner not in ("self", "cls"):
                stores.add(node.attr)
    return frozenset(names), frozenset(stores), frozenset(views)
