"""Call-site inlining: re-interpret a small callee with the caller's structured arguments.

A summary computed once per function with symbolic parameters cannot know that
`registry.get("escape")` returns the escaping function, that `Policy().choose("md5")`
returns "md5", or that `run("ls", name)` builds an argument list. When a call passes
structure (constants, functions, containers, objects with known fields) to a small
repository function, the callee is interpreted again with those values bound, at most
two calls deep, and the result is cached by the shape of the arguments.
"""

from __future__ import annotations

import ast
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from aise.tools.analysis.values import AV, BOTTOM

if TYPE_CHECKING:
    from aise.tools.analysis.hits import FunctionSummary, SinkHit
    from aise.tools.analysis.project import FuncUnit, Project

__all__ = ["InlineMixin", "shape"]

MAX_DEPTH = 2
MAX_NODES = 400


def shape(value: AV | None, depth: int = 0) -> Any:
    """A hashable description of what the analysis knows about a value (trails left out)."""
    if value is None:
        return None
    if depth > 3:
        return "..."
    items = tuple(shape(i, depth + 1) for i in value.items[:16]) if value.items is not None else None
    keys = tuple((repr(k)[:40], shape(v, depth + 1)) for k, v in value.keys[:16]) if value.keys is not None else None
    labels = frozenset((lb.origin, lb.cleared) for lb in value.labels)
    const = repr(value.const)[:80] if value.is_const else None
    return (const, value.qual, value.inst, items, keys, labels, repr(value.kwargs)[:200])


def _structured(value: AV) -> bool:
    if value.is_const:
        return value.const is not None
    return bool(value.qual or value.items is not None or value.keys)


class InlineMixin:
    project: Project
    unit: FuncUnit
    env: dict[str, AV] | None
    depth: int
    calls: set[str]

    if TYPE_CHECKING:
        def step(self, node: ast.AST, message: str) -> Any: ...
        def _add_hit(self, hit: SinkHit) -> None: ...

    def inline(self, qual: str, args: tuple[AV, ...], kwargs: dict[str, AV], node: ast.Call,
               closure: dict[str, AV] | None = None) -> AV | None:
        """The callee's return value for these arguments, or None when inlining does not apply."""
        summary = self._inline_summary(qual, args, kwargs, closure)
        if summary is None:
            return None
        self._apply_inline(summary, qual, node)
        ret = summary.ret
        return ret if isinstance(ret, AV) else BOTTOM

    def inline_fields(self, qual: str, args: tuple[AV, ...], kwargs: dict[str, AV], node: ast.Call) -> dict[str, AV] | None:
        """The fields a constructor sets for these arguments (inlined `__init__`), or None."""
        summary = self._inline_summary(qual, args, kwargs)
        if summary is None:
            return None
        self._apply_inline(summary, qual, node)
        return {k: v for k, v in summary.fields.items() if isinstance(v, AV)}

    def _inline_summary(self, qual: str, args: tuple[AV, ...], kwargs: dict[str, AV],
                        closure: dict[str, AV] | None = None) -> FunctionSummary | None:
        project = self.project
        unit = project.units.get(qual)
        if unit is None or self.depth >= MAX_DEPTH or qual in project.in_progress or qual == self.unit.qual:
            return None
        receiver = args[0] if args and unit.cls else None
        specific = receiver is not None and (bool(receiver.keys) or (receiver.inst not in (None, unit.cls)))
        if closure is None and not (specific or any(_structured(a) for a in args[1 if unit.cls else 0:])
                                    or any(_structured(v) for v in kwargs.values())):
            return None
        if project.node_count(qual) > MAX_NODES:
            return None
        bound = _bind(unit, args, kwargs, project.defaults_of(qual))
        if bound is None:
            return None
        key = (qual, tuple(shape(a) for a in args), tuple(sorted((k, shape(v)) for k, v in kwargs.items())))
        cached = project.inline_cache.get(key) if closure is None else None
        if cached is not None:
            return cached
        from aise.tools.analysis.taint import FunctionInterpreter

        project.in_progress.add(qual)
        try:
            summary = FunctionInterpreter(project, unit, closure if closure is not None else project.closure_of(unit),
                                          bound=bound, depth=self.depth + 1).run()
        finally:
            project.in_progress.discard(qual)
        if closure is None:
            project.inline_cache[key] = summary
        return summary

    def _apply_inline(self, summary: FunctionSummary, qual: str, node: ast.Call) -> None:
        self.calls.add(qual)
        where = self.step(node, f"call {qual.rpartition('.')[2]}()")
        for hit in summary.hits:
            self._add_hit(replace(hit, function=self.unit.qual, via=(where,) + hit.via,
                                  labels=frozenset(hit.labels), tainted=frozenset(hit.tainted)))
        func = node.func
        if summary.fields and isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and self.env:
            name = func.value.id
            current = self.env.get(name)
            if current is not None and current.inst:
                keys = dict(current.keys or ())
                for field, value in summary.fields.items():
                    if isinstance(value, AV):
                        keys[("@attr", field)] = value
                self.env[name] = AV(inst=current.inst, keys=tuple(keys.items()), labels=current.labels)


def _bind(unit: FuncUnit, args: tuple[AV, ...], kwargs: dict[str, AV], defaults: dict[int, AV]) -> dict[Any, AV] | None:
    """Python's argument binding, by parameter position; None when it cannot be followed."""
    node = unit.node
    if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        return None
    spec = node.args
    names = [a.arg for a in spec.posonlyargs + spec.args]
    keyword_only = [a.arg for a in spec.kwonlyargs]
    bound: dict[Any, AV] = {}
    extra_positional = list(args[len(names):])
    for index, value in enumerate(args[:len(names)]):
        bound[index] = value
    extra_keywords: list[tuple[str, AV]] = []
    everything = names + keyword_only
    for key, value in kwargs.items():
        if key == "**":
            return None  # keyword arguments spread from an unknown dict
        if key in everything:
            bound[everything.index(key)] = value
        else:
            extra_keywords.append((key, value))
    if extra_positional and not spec.vararg:
        return None
    if extra_keywords and not spec.kwarg:
        return None
    for index, value in defaults.items():
        bound.setdefault(index, value)
    bound["*"] = AV(items=tuple(extra_positional))
    bound["**"] = AV(keys=tuple(extra_keywords))
    return bound
