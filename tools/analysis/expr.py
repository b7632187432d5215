"""Expression evaluation for the taint interpreter (a mixin of `FunctionInterpreter`)."""

from __future__ import annotations

import ast
import re
from typing import TYPE_CHECKING, Any

from aise.tools.analysis.constfold import (
    fold_binop,
    fold_boolop,
    fold_compare,
    fold_unary,
    truthiness,
)
from aise.tools.analysis.containers import element_of, field_of, hashable, one_of, subscript
from aise.tools.analysis.sources import REQUEST_QUALS, REQUEST_SAFE_ATTRS, source_kind_for_qual
from aise.tools.analysis.values import (
    AV,
    BOTTOM,
    NO_CONST,
    Label,
    Step,
    join,
    taint_of,
    with_update,
)

if TYPE_CHECKING:
    from aise.tools.analysis.project import Project

__all__ = [
    "UPLOADS", "ExprMixin", "element_of", "field_of", "one_of", "request_attribute", "request_value", "subscript",
    "text_of", "with_update",
]

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
        if value.inst and not value.qual and self.env and node is not None and not isinstance(
                getattr(node, "ctx", None), ast.Store):
            return self._with_fields(name, value)
        return value

    def _with_fields(self, name: str, value: AV) -> AV:
        """An object whose fields were assigned here (`self.x = ...`) carries them when passed on."""
        prefix = name + "."
        assert self.env is not None
        fields = [(k[len(prefix):], v) for k, v in self.env.items() if k.startswith(prefix) and "." not in k[len(prefix):]]
        if not fields:
            return value
        keys = dict(value.keys or ())
        for attr, field in fields:
            keys[("@attr", attr)] = field
        return AV(inst=value.inst, keys=tuple(keys.items()), labels=value.labels, kwargs=value.kwargs)

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
        prop = self._property(base, node.attr, node)
        if prop is not None:
            return prop
        return self.attribute(base, node.attr, node)

    def _property(self, base: AV, attr: str, node: ast.Attribute) -> AV | None:
        """`obj.value` where `value` is a `@property` of a repository class: call its getter."""
        if not base.inst or base.inst not in self.project.classes:
            return None
        target = self.project.resolve_function(f"{base.inst}.{attr}")
        unit = self.project.units.get(target[1]) if target and target[0] == "function" else None
        if unit is None or not any(getattr(d, "id", getattr(d, "attr", "")) in ("property", "cached_property")
                                   for d in getattr(unit.node, "decorator_list", ())):
            return None
        return self.apply_summary(unit.qual, {0: base}, node)  # type: ignore[attr-defined,arg-type]

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
            field = self.project.field_value(base.inst, attr) if base.inst else None
            if field is not None and not field.all_labels() and (
                    field.is_const or field.qual or field.items is not None or field.keys):
                return field
            labels = frozenset(Label(f"{lb.origin}.{attr}", lb.cleared, lb.trail) for lb in base.labels)
            pid = dict(base.kwargs).get("param_id")
            identity = (("param_id", f"{pid}.{attr}"),) if isinstance(pid, str) and "." not in pid else ()
            if field is not None and field.inst:
                return AV(labels=labels, inst=field.inst, kwargs=field.kwargs + identity)
            return AV(labels=labels, inst=f"{base.inst}.{attr}" if base.inst and base.inst != "request" else None,
                      kwargs=identity)
        if base.inst == "request":
            return request_attribute(base, attr)
        if base.inst in UPLOADS:
            if attr in ("stream", "file"):
                return AV(labels=base.all_labels(), inst="upload.stream")
            return AV(labels=base.all_labels())
        if base.keys is not None and attr in ("netloc", "hostname", "scheme", "path", "query"):
            return AV(labels=base.all_labels())
        inst = f"{base.inst}.{attr}" if base.inst and len(base.inst) < 120 else None
        if attr in ("name", "stem", "suffix") and (base.inst or "").startswith("pathlib"):
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
        if isinstance(node.op, ast.Mod) and "Markup" in (left.inst or ""):
            return AV(inst=left.inst, labels=_cleared(right, "xss"))  # Markup % x escapes x
        if isinstance(node.op, ast.Mod) and left.is_const and isinstance(left.const, str):
            right = percent_operands(left.const, right)
        out = taint_of(left, right)
        kwargs = _prefix_of(node.op, left)
        if isinstance(node.op, ast.Add) and not out.is_const:
            kwargs += (("text", (text_of(left) + text_of(right))[:400]),)
        elif isinstance(node.op, ast.Mod) and left.is_const and isinstance(left.const, str):
            kwargs += (("text", re.sub(r"%[-#0 +]*[\d.*]*[a-z%]", "\x00", left.const)[:400]),)
        return AV(labels=out.labels, const=const, kwargs=kwargs)

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

        t, f = guard_refinements(node, self.eval, self.qual_of, self.call_refine)
        return (t, f) if (t or f) else None

    def call_refine(self, node: ast.Call) -> dict[str, frozenset[str]]:
        """What a call to a repository validator (`if is_safe_url(x):`) proves when it is true."""
        return {}

    def qual_of(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Name):
            return self.lookup(node.id, node).qual
        if isinstance(node, ast.Attribute):
            base = self.qual_of(node.value)
            return f"{base}.{node.attr}" if base else None
        return None

    def _e_IfExp(self, node: ast.IfExp) -> AV:
        test = self.eval(node.test)
        truth = truthiness(test.const)
        if truth is True:
            return self.eval(node.body)
        if truth is False:
            return self.eval(node.orelse)
        refine = test.refine if isinstance(test.refine, tuple) else self.refine_of(node.test)
        t, f = refine if refine else ({}, {})
        return join(self._eval_refined(node.body, t), self._eval_refined(node.orelse, f))

    def _eval_refined(self, node: ast.expr, refs: dict[str, frozenset[str]]) -> AV:
        """Evaluate `node` in the environment a guard proves (`x if x in OK else 'd'`)."""
        if not refs or self.env is None:
            return self.eval(node)
        from aise.tools.analysis.calls import clear_av

        saved = self.env
        self.env = dict(saved)
        for name, classes in refs.items():
            if name in self.env:
                self.env[name] = clear_av(self.env[name], classes)
        try:
            return self.eval(node)
        finally:
            self.env = saved

    def _e_NamedExpr(self, node: ast.NamedExpr) -> AV:
        value = self.eval(node.value)
        if value.refine is None and isinstance(node.value, ast.Compare | ast.BoolOp | ast.UnaryOp | ast.Call):
            refine = self.refine_of(node.value)
            if refine is not None:
                value = with_update(value, refine=refine)
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
        text = "".join(text_of(p) for p in parts)
        return AV(labels=taint_of(*parts).labels, const=const, kwargs=prefix + (("text", text[:400]),))

    def _e_FormattedValue(self, node: ast.FormattedValue) -> AV:
        value = self.eval(node.value)
        if value.is_const and node.format_spec is None and node.conversion in (-1, 115):
            return AV(const=str(value.const))
        if value.is_const and node.format_spec is None:
            return AV(const=repr(value.const))
        spec = node.format_spec
        if isinstance(spec, ast.JoinedStr) and len(spec.values) == 1 and isinstance(spec.values[0], ast.Constant):
            if NUMERIC_SPEC.search(str(spec.values[0].value)):
                return BOTTOM  # f"{x:d}": only a number can be formatted (a string raises)
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
            if key.is_const and hashable(key.const):
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
        return AV(inst="<lambda>", kwargs=(("lambda", self.project.register_lambda(node, self.env or {})),))

    def _e_Await(self, node: ast.Await) -> AV:
        return self.eval(node.value)

    def _e_Yield(self, node: ast.Yield) -> AV:
        """A generator's items are what its caller iterates over: treat them as returned values."""
        value = self.eval(node.value) if node.value is not None else AV(const=None)
        self.yielded = join(getattr(self, "yielded", BOTTOM), AV(labels=value.all_labels()))
        return BOTTOM

    def _e_YieldFrom(self, node: ast.YieldFrom) -> AV:
        value = element_of(self.eval(node.value))
        self.yielded = join(getattr(self, "yielded", BOTTOM), AV(labels=value.all_labels()))
        return BOTTOM


UPLOADS = frozenset({"upload"})
"""Instance tag of an uploaded file (werkzeug FileStorage, Django UploadedFile, FastAPI UploadFile)."""


def request_attribute(base: AV, attr: str) -> AV:
    """`request.<attr>`: client data, except the attributes the server decides."""
    if attr == "session":
        return AV(inst="request.session")
    if attr in REQUEST_SAFE_ATTRS:
        return BOTTOM
    return AV(labels=base.all_labels(), inst=f"request.{attr}")


NUMERIC_SPEC = re.compile(r"[bcdoxXneEfFgG%]$")
_PERCENT = re.compile(r"%(?:\((\w+)\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?([a-zA-Z%])")


def _cleared(value: AV, *classes: str) -> frozenset[Label]:
    return frozenset(lb.clear(frozenset(classes)) for lb in value.all_labels())


def percent_operands(template: str, right: AV) -> AV:
    """`"id=%d" % x`: operands formatted as numbers carry no text (a string operand raises)."""
    specs = [(m.group(1), m.group(2)) for m in _PERCENT.finditer(template) if m.group(2) != "%"]
    numeric = [conv in "diouxXeEfFgG" for _, conv in specs]
    if not specs:
        return right
    if specs[0][0] is not None and right.keys is not None:
        keys = tuple((k, BOTTOM if any(n == k and conv in "diouxXeEfFgG" for n, conv in specs) else v)
                     for k, v in right.keys)
        return AV(keys=keys, labels=right.labels)
    if right.items is not None and len(right.items) == len(specs):
        return AV(items=tuple(BOTTOM if num else item for num, item in zip(numeric, right.items, strict=True)))
    if right.items is None and right.keys is None and len(specs) == 1 and numeric[0]:
        return BOTTOM
    return right


def text_of(value: AV) -> str:
    """The known literal text of a string value; unknown parts become NUL."""
    if value.is_const and isinstance(value.const, str):
        return value.const
    text = dict(value.kwargs).get("text")
    return text if isinstance(text, str) else "\x00"


def _prefix_of(op: ast.operator, left: AV) -> tuple[tuple[str, Any], ...]:
    """The constant text a string starts with (fixed URL host, fixed program), if known."""
    if not isinstance(op, ast.Add | ast.Mod):
        return ()
    if left.is_const and isinstance(left.const, str):
        return (("prefix", left.const[:200]),)
    return tuple(kv for kv in left.kwargs if kv[0] == "prefix")
