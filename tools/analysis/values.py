"""Abstract values of the taint interpreter: taint labels, constants, containers, object tags."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

__all__ = [
    "AV", "BOTTOM", "CHECKED", "LOOKS_SAFE", "Label", "NO_CONST", "Step", "UNSURE", "join", "join_env", "taint_of", "with_update",
]

UNSURE = "~unmodelled"
"""Pseudo sink class in `Label.cleared`: the flow went through a call the engine does not model."""
CHECKED = "~checked"
"""Pseudo sink class: the value passed a condition the analysis could not interpret, which
ended the request on one side (likely a validation the engine does not know)."""
LOOKS_SAFE = "~sanitiser?"
"""Pseudo sink class: that unmodelled call's name suggests a sanitiser (escape, clean, quote...)."""

_MAX_LABELS = 24
_MAX_TRAIL = 12
_MAX_ITEMS = 64


class _NoConst:
    """Sentinel: the value is not a known constant."""

    _instance: _NoConst | None = None

    def __new__(cls) -> _NoConst:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NO_CONST"


NO_CONST: Any = _NoConst()


@dataclass(frozen=True, slots=True)
class Step:
    """One hop of a taint trail: where, and what happened there."""

    path: str
    line: int
    message: str


@dataclass(frozen=True, slots=True)
class Label:
    """One source of taint reaching a value, and the sink classes it was sanitised for."""

    origin: str
    """`src:<kind>` for an attacker-controlled source, `param:<i>` for a function parameter."""
    cleared: frozenset[str] = frozenset()
    trail: tuple[Step, ...] = field(default=(), compare=False, hash=False)

    @property
    def is_param(self) -> bool:
        return self.origin.startswith("param:")

    def clear(self, classes: frozenset[str]) -> Label:
        if classes <= self.cleared:
            return self
        return Label(self.origin, self.cleared | classes, self.trail)

    def step(self, where: Step) -> Label:
        if self.trail and self.trail[-1].line == where.line and self.trail[-1].path == where.path:
            return self
        trail = (self.trail + (where,))[-_MAX_TRAIL:]
        return Label(self.origin, self.cleared, trail)


def _cap(labels: frozenset[Label]) -> frozenset[Label]:
    # Bound the label set so joins in long functions stay cheap; keep the least sanitised.
    if len(labels) <= _MAX_LABELS:
        return labels
    ordered = sorted(labels, key=lambda lb: (len(lb.cleared), lb.origin))
    return frozenset(ordered[:_MAX_LABELS])


@dataclass(frozen=True, slots=True)
class AV:
    """What the interpreter knows about one value."""

    labels: frozenset[Label] = frozenset()
    const: Any = NO_CONST
    qual: str | None = None
    """Qualified name when the value is a module, function or class (`hashlib.md5`)."""
    inst: str | None = None
    """Type tag of an instance (`configparser.ConfigParser`, `flask.request`, `pathlib.Path`)."""
    items: tuple[AV, ...] | None = None
    """Known elements of a list or tuple, in order."""
    keys: tuple[tuple[Any, AV], ...] | None = None
    """Known entries of a dict (or configparser), keyed by constant."""
    refine: Any = None
    """For a bool computed by a validation check: the guard it encodes (see sanitisers)."""
    kwargs: tuple[tuple[str, Any], ...] = ()
    """Constant keyword arguments of the call that built this instance (parser hardening)."""

    def all_labels(self) -> frozenset[Label]:
        out = self.labels
        if self.items:
            for item in self.items:
                out = out | item.all_labels()
        if self.keys:
            for _, value in self.keys:
                out = out | value.all_labels()
        return _cap(out)

    def tainted_for(self, sink_class: str) -> frozenset[Label]:
        return frozenset(lb for lb in self.all_labels() if sink_class not in lb.cleared)

    @property
    def is_const(self) -> bool:
        return self.const is not NO_CONST

    def with_labels(self, labels: frozenset[Label]) -> AV:
        return AV(labels=_cap(labels))


BOTTOM = AV()


def taint_of(*values: AV) -> AV:
    """A fresh plain value carrying the union of the taint of `values`."""
    labels: frozenset[Label] = frozenset()
    for value in values:
        labels = labels | value.all_labels()
    return AV(labels=_cap(labels))


def join(a: AV, b: AV) -> AV:
    """Least upper bound: taint is the union, constants survive only when equal."""
    if a is b or a == b:
        return a
    const = a.const if (a.is_const and b.is_const and _same_const(a.const, b.const)) else NO_CONST
    items = None
    if a.items is not None and b.items is not None and len(a.items) == len(b.items):
        items = tuple(join(x, y) for x, y in zip(a.items, b.items, strict=True))
    keys = None
    if a.keys is not None and b.keys is not None:
        merged: dict[Any, AV] = dict(a.keys)
        for key, value in b.keys:
            merged[key] = join(merged[key], value) if key in merged else value
        keys = tuple(merged.items())[:_MAX_ITEMS]
    labels = a.labels | b.labels
    if items is None and (a.items or b.items):
        labels = labels | frozenset().union(*(x.all_labels() for x in (a.items or ()) + (b.items or ())))
    if keys is None and (a.keys or b.keys):
        for _, value in (a.keys or ()) + (b.keys or ()):
            labels = labels | value.all_labels()
    return AV(
        labels=_cap(labels),
        const=const,
        qual=a.qual if a.qual == b.qual else None,
        inst=a.inst if a.inst == b.inst else (a.inst or b.inst),
        items=items,
        keys=keys,
        refine=_join_refine(a, b),
        kwargs=a.kwargs if a.kwargs == b.kwargs else (),
    )


def _join_refine(a: AV, b: AV) -> Any:
    """A guard survives a join with a constant False: `ok = check(x)` / `except: ok = False`."""
    if a.refine == b.refine:
        return a.refine
    for guarded, other in ((a, b), (b, a)):
        if isinstance(guarded.refine, tuple) and other.is_const and not other.const:
            return (guarded.refine[0], {})
    return None


def _same_const(x: Any, y: Any) -> bool:
    return type(x) is type(y) and x == y


def join_env(a: dict[str, AV] | None, b: dict[str, AV] | None) -> dict[str, AV] | None:
    """Join two environments; None is an unreachable state."""
    if a is None:
        return None if b is None else dict(b)
    if b is None:
        return dict(a)
    out: dict[str, AV] = {}
    for name in a.keys() | b.keys():
        x, y = a.get(name), b.get(name)
        if x is None or y is None:
            # Bound on one path only: keep what we know, so taint never vanishes.
            out[name] = y if x is None else x  # type: ignore[assignment]
        else:
            out[name] = join(x, y)
    return out


def with_update(value: AV, **changes: Any) -> AV:
    return replace(value, **changes)
