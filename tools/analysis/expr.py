"""Expression evaluation for the taint interpreter (a mixin of `FunctionInterpreter`)."""

from __future__ import annotations

import ast
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from aise.tools.analysis.constfold import (
    fold_binop,
    fold_boolop,
    fold_compare,
    fold_unary,
    truthiness,
)
from aise.tools.analysis.sources import REQUEST_QUALS, REQUEST_SAFE_ATTRS, source_kind_for_qual
from aise.tools.analysis.values import AV, BOTTOM, NO_CONST, Label, Step, join, taint_of

if TYPE_CHECKING:
    from aise.tools.analysis.project import Project

__all__ = ["ExprMixin", "request_value"]

_BUILTINS = frozenset(dir(__import__("builtins")))
_MAX_CONST = 10_000


def request_value(step: Step) -> AV:
    """The HTTP request object: its data attributes are attacker-controlled."""
    return AV(labels=frozenset({Label("src:request", trail=(step,))}), inst="request")


class ExprMixin:
    env: dict[str, AV] | None
    globals: dict[str, AV]
    project: Project
    path: str
    module: str

    def step(self, node: ast.AST, message: str) -> Step:
        return Step(self.path, getattr(node, "lineno", 1), message)

    # ----- names -------------------------------------------------------------------------
    def lookup(self, name: str, node: ast.AST) -> AV:
        value = (self.env or {}).get(name)
        if value is None:
            value = self.globals.get(name)
        if value is None:
            if name in _BUILTINS:
                return AV(qual=f"builtins.{name}")
            return BOTTOM
        if value.qual:
            if value.qual in REQUEST_QUALS:
                return request_value(self.step(node, f"source: {value.qual}"))
            kind = source_kind_for_qual(value.qual)
            if kind:
                return self.source(kind, node, value.qual)
            resolved = self.project.resolve_value(value.qual)
            if resolved is not None:
                return resolved
        return value

    def source(self, kind: str, node: ast.AST, what: str) -> AV:
        return AV(labels=frozenset({Label(f"src:{kind}", trail=(self.step(node, f"source: {what}"),))}))

    # ----- dispatch ----------------------------------------------------------------------
    def eval(self, node: ast.expr | None) -> AV:
        if node is None:
            return BOTTOM
        method = getattr(self, f"_e_{type(node).__name__}", None)
        if method is None:
            # Unknown node kinds keep the taint of their children.
            return taint_of(*(self.eval(c) for c in ast.iter_child_nodes(node) if isinstance(c, ast.expr)))
        return method(node)

    def _e_Constant(self, node: ast.Constant) -> AV:
        return AV(const=node.value)

    def _e_Name(self, node: ast.Name) -> AV:
        return self.lookup(node.id, node)

    def _e_Attribute(self, node: ast.Attribute) -> AV:
        if isinstance(node.value, ast.Name):
            dotted = f"{node.value.id}.{node.attr}"
            if self.env is not None and dotted in self.env:
                return self.env[dotted]
        base = self.eval(node.value)
        return self.attribute(base, node.attr, node)

    def attribute(self, base: AV, attr: str, node: ast.AST) -> AV:
        if base.qual:
            full = f"{base.qual}.{attr}"
            if full in REQUEST_QUALS:
                return request_value(self.step(node, f"source: {full}"))
            kind = source_kind_for_qual(full)
            if kind:
                return self.source(kind, node, full)
            resolved = self.project.resolve_value(full)
            return resolved if resolved is not None else AV(qual=full)
        if base.keys is not None:
            for key, value in base.keys:
                if key == ("@attr", attr):
                    return value
        if attr == "request" and base.inst and base.labels and all(lb.is_param for lb in base.labels):
            # `self.request` in a class-based view (Django View, tornado RequestHandler).
            return request_value(self.step(node, "source: self.request"))
        if base.labels and all(lb.is_param and "." not in lb.origin for lb in base.labels) and not base.keys:
            # A field of a parameter: summarised as `param:i.attr`, resolved by the caller.
            return AV(labels=frozenset(Label(f"{lb.origin}.{attr}", lb.cleared, lb.trail) for lb in base.labels),
                      inst=f"{base.inst}.{attr}" if base.inst and base.inst != "request" else None)
        if base.inst == "request":
            if attr == "session":
                return AV(inst="request.session")
            if attr in REQUEST_SAFE_ATTRS:
                return BOTTOM
            return AV(labels=base.all_labels(), inst=f"request.{attr}")
        if base.keys is not None and attr in ("netloc", "hostname", "scheme", "path", "query"):
            return AV(labels=base.all_labels())
        inst = f"{base.inst}.{attr}" if base.inst and len(base.inst) < 120 else None
        if attr in ("name", "stem") and (base.inst or "").startswith("pathlib"):
            return AV(labels=frozenset(lb.clear(frozenset({"pathtraver"})) for lb in base.all_labels()))
        return AV(labels=base.all_labels(), inst=inst)

    # ----- operators ---------------------------------------------------------------------
    def _e_BinOp(self, node: ast.BinOp) -> AV:
        left, right = self.eval(node.left), self.eval(node.right)
        const = fold_binop(node.op, left.const, right.const)
        if isinstance(node.op, ast.Add) and left.items is not None and right.items is not None:
            return AV(items=left.items + right.items)
        if isinstance(node.op, ast.Div) and (left.inst or "").startswith(("pathlib", "Path")):
            return AV(labels=taint_of(left, right).labels, inst=left.inst)
        out = taint_of(left, right)
        return AV(labels=out.labels, const=const, kwargs=_prefix_of(node.op, left))

    def _e_UnaryOp(self, node: ast.UnaryOp) -> AV:
        value = self.eval(node.operand)
        const = fold_unary(node.op, value.const)
        if isinstance(node.op, ast.Not):
            refine = value.refine
            flipped = (refine[1], refine[0]) if isinstance(refine, tuple) else None
            return AV(const=const, refine=flipped)
        return AV(labels=value.all_labels(), const=const)

    def _e_BoolOp(self, node: ast.BoolOp) -> AV:
        values = [self.eval(v) for v in node.values]
        const = fold_boolop(node.op, [v.const for v in values])
        if const is not NO_CONST:
            for v in values:
                if v.const is const or v.const == const:
                    return v
        out = values[0]
        for v in values[1:]:
            out = join(out, v)
        return out

    def _e_Compare(self, node: ast.Compare) -> AV:
        values = [self.eval(node.left)] + [self.eval(c) for c in node.comparators]
        return AV(const=fold_compare(node.ops, [v.const for v in values]), refine=self.refine_of(node))

    def refine_of(self, node: ast.expr) -> Any:
        from aise.tools.analysis.guards import guard_refinements

        t, f = guard_refinements(node, self.eval, self.qual_of)
        return (t, f) if (t or f) else None

    def qual_of(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Name):
            return self.lookup(node.id, node).qual
        if isinstance(node, ast.Attribute):
            base = self.qual_of(node.value)
            return f"{base}.{node.attr}" if base else None
        return None

    def _e_IfExp(self, node: ast.IfExp) -> AV:
        truth = truthiness(self.eval(node.test).const)
        if truth is True:
            return self.eval(node.body)
        if truth is False:
            return self.eval(node.orelse)
        return join(self.eval(node.body), self.eval(node.orelse))

    def _e_NamedExpr(self, node: ast.NamedExpr) -> AV:
        value = self.eval(node.value)
        if self.env is not None and isinstance(node.target, ast.Name):
            self.env[node.target.id] = value
        return value

    # ----- strings -----------------------------------------------------------------------
    def _e_JoinedStr(self, node: ast.JoinedStr) -> AV:
        parts = [self.eval(v) for v in node.values]
        const: Any = NO_CONST
        if all(p.is_const for p in parts):
            text = "".join(str(p.const) for p in parts)
            const = text if len(text) <= _MAX_CONST else NO_CONST
        prefix = _prefix_of(ast.Add(), parts[0]) if parts else ()
        return AV(labels=taint_of(*parts).labels, const=const, kwargs=prefix)

    def _e_FormattedValue(self, node: ast.FormattedValue) -> AV:
        value = self.eval(node.value)
        if value.is_const and node.format_spec is None and node.conversion in (-1, 115):
            return AV(const=str(value.const))
        if value.is_const and node.format_spec is None:
            return AV(const=repr(value.const))
        return AV(labels=value.all_labels())

    # ----- containers --------------------------------------------------------------------
    def _elements(self, elts: list[ast.expr]) -> tuple[AV, ...] | None:
        out: list[AV] = []
        for elt in elts:
            if isinstance(elt, ast.Starred):
                inner = self.eval(elt.value)
                if inner.items is None:
                    return None
                out.extend(inner.items)
            else:
                out.append(self.eval(elt))
        return tuple(out)

    def _e_List(self, node: ast.List) -> AV:
        items = self._elements(node.elts)
        if items is None:
            return taint_of(*(self.eval(e) for e in node.elts))
        return AV(items=items)

    def _e_Tuple(self, node: ast.Tuple) -> AV:
        items = self._elements(node.elts)
        if items is None:
            return taint_of(*(self.eval(e) for e in node.elts))
        const = tuple(i.const for i in items) if all(i.is_const for i in items) else NO_CONST
        return AV(items=items, const=const)

    def _e_Set(self, node: ast.Set) -> AV:
        items = self._elements(node.elts) or ()
        if items and all(i.is_const for i in items):
            try:
                return AV(const=frozenset(i.const for i in items))
            except TypeError:
                pass
        return taint_of(*items)

    def _e_Dict(self, node: ast.Dict) -> AV:
        keys: list[tuple[Any, AV]] = []
        loose: list[AV] = []
        for k, v in zip(node.keys, node.values, strict=True):
            value = self.eval(v)
            if k is None:
                if value.keys is not None:
                    keys.extend(value.keys)
                else:
                    loose.append(value)
                continue
            key = self.eval(k)
            if key.is_const and _hashable(key.const):
                keys = [(a, b) for a, b in keys if a != key.const] + [(key.const, value)]
            else:
                loose.extend((key, value))
        return AV(labels=taint_of(*loose).labels, keys=tuple(keys))

    def _e_Subscript(self, node: ast.Subscript) -> AV:
        base = self.eval(node.value)
        if isinstance(node.slice, ast.Slice):
            return self._slice(base, node.slice)
        key = self.eval(node.slice)
        return subscript(base, key)

    def _slice(self, base: AV, sl: ast.Slice) -> AV:
        lo, hi, st = (self.eval(p).const if p else None for p in (sl.lower, sl.upper, sl.step))
        if NO_CONST in (lo, hi, st):
            return AV(labels=base.all_labels())
        if base.items is not None:
            try:
                return AV(items=base.items[lo:hi:st])
            except (TypeError, ValueError):
                return AV(labels=base.all_labels())
        if base.is_const and isinstance(base.const, str | bytes | tuple):
            try:
                return AV(const=base.const[lo:hi:st])
            except (TypeError, ValueError):
                return BOTTOM
        return AV(labels=base.all_labels())

    def _e_Starred(self, node: ast.Starred) -> AV:
        return self.eval(node.value)

    def _comprehension(self, generators: list[ast.comprehension], *elts: ast.expr) -> AV:
        saved = self.env
        self.env = dict(self.env or {})
        try:
            for gen in generators:
                element = element_of(self.eval(gen.iter))
                self.bind(gen.target, element)  # type: ignore[attr-defined]
                for cond in gen.ifs:
                    self.eval(cond)
            return taint_of(*(self.eval(e) for e in elts))
        finally:
            self.env = saved

    def _e_ListComp(self, node: ast.ListComp) -> AV:
        return self._comprehension(node.generators, node.elt)

    _e_SetComp = _e_ListComp
    _e_GeneratorExp = _e_ListComp  # type: ignore[assignment]

    def _e_DictComp(self, node: ast.DictComp) -> AV:
        return self._comprehension(node.generators, node.key, node.value)

    def _e_Lambda(self, node: ast.Lambda) -> AV:
        return BOTTOM

    def _e_Await(self, node: ast.Await) -> AV:
        return self.eval(node.value)


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def subscript(base: AV, key: AV) -> AV:
    """`base[key]` with per-index and per-key precision for constant keys."""
    if key.is_const:
        if base.items is not None and isinstance(key.const, int) and not isinstance(key.const, bool):
            try:
                return base.items[key.const]
            except IndexError:
                return AV(labels=base.labels)
        if base.keys is not None and _hashable(key.const):
            for k, v in base.keys:
                if k == key.const:
                    return v
            return AV(labels=base.labels)
        if base.is_const and isinstance(base.const, str | bytes | tuple | dict):
            try:
                return AV(const=base.const[key.const])
            except (IndexError, KeyError, TypeError):
                return BOTTOM
    if base.inst and base.inst.startswith("request"):
        return AV(labels=base.all_labels())
    return AV(labels=base.all_labels())


def element_of(value: AV) -> AV:
    """What iterating over `value` yields."""
    if value.items is not None:
        out = BOTTOM
        for item in value.items:
            out = join(out, item)
        return out if value.items else AV(labels=value.labels)
    if value.keys is not None:
        out = AV(labels=value.labels)
        for k, _ in value.keys:
            out = join(out, AV(const=k))
        return out
    if value.is_const and isinstance(value.const, str | tuple | frozenset):
        return BOTTOM
    return AV(labels=value.all_labels())


def _prefix_of(op: ast.operator, left: AV) -> tuple[tuple[str, Any], ...]:
    """The constant text a string starts with (fixed URL host, fixed program), if known."""
    if not isinstance(op, ast.Add | ast.Mod):
        return ()
    if left.is_const and isinstance(left.const, str):
        return (("prefix", left.const[:200]),)
    return tuple(kv for kv in left.kwargs if kv[0] == "prefix")


def field_of(value: AV, attr: str) -> AV:
    """The instance field `attr` when the constructor's fields are known, else the whole value."""
    for key, item in value.keys or ():
        if key == ("@attr", attr):
            return item
    if value.keys is not None and any(isinstance(k, tuple) and k[:1] == ("@attr",) for k, _ in value.keys):
        return AV(labels=value.labels)
    return value


def with_update(value: AV, **changes: Any) -> AV:
    return replace(value, **changes)
