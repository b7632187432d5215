"""Interprocedural summaries: substitute a callee's `param:i` labels with the caller's values."""

from __future__ import annotations

from typing import Any

from aise.tools.analysis.expr import field_of, with_update
from aise.tools.analysis.values import AV, Label, Step

__all__ = ["subst_av", "substitute"]


def _substitute(labels: frozenset[Label], argmap: dict[Any, AV], where: Step) -> frozenset[Label]:
    out: set[Label] = set()
    for label in labels:
        if not label.is_param:
            out.add(label)
            continue
        key, _, attr = label.origin[6:].partition(".")
        arg = argmap.get(int(key) if key.isdigit() else key)
        if arg is None:
            continue
        if attr:
            arg = field_of(arg, attr)
        for flow in arg.all_labels():
            trail = (flow.trail + (where,) + label.trail[1:])[-12:]
            out.add(Label(flow.origin, flow.cleared | label.cleared, trail))
    return frozenset(out)


def subst_av(value: AV, argmap: dict[Any, AV], where: Step) -> AV:
    return _subst_av(value, argmap, where)


def _identity(value: AV, argmap: dict[Any, AV], where: Step) -> AV | None:
    """A parameter (or parameter field) returned unchanged is the caller's own value, constants included."""
    pid = dict(value.kwargs).get("param_id")
    if not isinstance(pid, str) or value.items is not None or value.keys is not None:
        return None
    if any(lb.origin != f"param:{pid}" or lb.cleared for lb in value.labels):
        return None  # sanitised or mixed on the way: not the caller's value unchanged
    key, _, attr = pid.partition(".")
    arg = argmap.get(int(key) if key.isdigit() else key)
    if arg is None:
        return None
    if attr:
        found = [item for k, item in arg.keys or () if k == ("@attr", attr)]
        if not found:
            return None
        arg = found[0]
    if not arg.labels:
        return arg
    return with_update(arg, labels=frozenset(lb.step(where) for lb in arg.labels))


def _subst_av(value: AV, argmap: dict[Any, AV], where: Step) -> AV:
    same = _identity(value, argmap, where)
    if same is not None:
        return same
    labels = _substitute(value.labels, argmap, where)
    items = tuple(_subst_av(i, argmap, where) for i in value.items) if value.items is not None else None
    keys = tuple((k, _subst_av(v, argmap, where)) for k, v in value.keys) if value.keys is not None else None
    kwargs = tuple(kv for kv in value.kwargs if kv[0] != "param_id")
    return with_update(value, labels=labels, items=items, keys=keys, refine=None, kwargs=kwargs)


substitute = _substitute
