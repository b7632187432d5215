"""Constant folding of operators over known Python constants, guarded against blow-ups."""

from __future__ import annotations

import ast
import operator
from collections.abc import Callable
from typing import Any

from aise.tools.analysis.values import AV, NO_CONST

__all__ = ["fold_binop", "fold_boolop", "fold_compare", "fold_unary", "match_const", "truthiness"]

_SCALARS = (str, bytes, int, float, bool, type(None), tuple, frozenset)
_MAX_LEN = 10_000

_BINOPS: dict[type[ast.operator], Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
    ast.BitAnd: operator.and_,
    ast.BitOr: operator.or_,
    ast.BitXor: operator.xor,
    ast.LShift: operator.lshift,
    ast.RShift: operator.rshift,
}

_CMPOPS: dict[type[ast.cmpop], Callable[[Any, Any], Any]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.Is: operator.is_,
    ast.IsNot: operator.is_not,
    ast.In: lambda a, b: operator.contains(b, a),
    ast.NotIn: lambda a, b: not operator.contains(b, a),
}


def _ok(value: Any) -> bool:
    if not isinstance(value, _SCALARS):
        return False
    if isinstance(value, str | bytes | tuple | frozenset) and len(value) > _MAX_LEN:
        return False
    return not (isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**30)


def fold_binop(op: ast.operator, left: Any, right: Any) -> Any:
    if left is NO_CONST or right is NO_CONST:
        return NO_CONST
    fn = _BINOPS.get(type(op))
    if fn is None:
        return NO_CONST
    # Refuse huge repetitions and powers before computing them.
    if isinstance(op, ast.Mult) and isinstance(left, str | bytes | tuple) and isinstance(right, int):
        if right * len(left) > _MAX_LEN:
            return NO_CONST
    if isinstance(op, ast.Pow) and isinstance(right, int) and abs(right) > 64:
        return NO_CONST
    if isinstance(op, ast.LShift) and isinstance(right, int) and right > 64:
        return NO_CONST
    try:
        result = fn(left, right)
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return NO_CONST
    return result if _ok(result) else NO_CONST


def fold_unary(op: ast.unaryop, value: Any) -> Any:
    if value is NO_CONST:
        return NO_CONST
    try:
        if isinstance(op, ast.Not):
            return not value
        if isinstance(op, ast.USub):
            return -value
        if isinstance(op, ast.UAdd):
            return +value
        if isinstance(op, ast.Invert):
            return ~value
    except TypeError:
        return NO_CONST
    return NO_CONST


def fold_compare(ops: list[ast.cmpop], values: list[Any]) -> Any:
    if any(v is NO_CONST for v in values):
        return NO_CONST
    for op, left, right in zip(ops, values, values[1:], strict=False):
        fn = _CMPOPS.get(type(op))
        if fn is None:
            return NO_CONST
        try:
            if not fn(left, right):
                return False
        except TypeError:
            return NO_CONST
    return True


def truthiness(value: Any) -> bool | None:
    """True/False when the constant's truth is known, else None."""
    if value is NO_CONST:
        return None
    try:
        return bool(value)
    except (TypeError, ValueError):
        return None


def fold_boolop(op: ast.boolop, values: list[Any]) -> Any:
    """Fold `and`/`or` left to right, stopping at the first decisive known operand."""
    is_and = isinstance(op, ast.And)
    for value in values:
        truth = truthiness(value)
        if truth is None:
            return NO_CONST
        if truth != is_and:
            return value
    return values[-1] if values else NO_CONST


def match_const(pattern: ast.pattern, subject: AV) -> bool | None:
    """True/False when a case pattern surely does / does not match a constant subject."""
    if isinstance(pattern, ast.MatchAs) and pattern.pattern is None:
        return True
    if not subject.is_const:
        return None
    if isinstance(pattern, ast.MatchValue) and isinstance(pattern.value, ast.Constant):
        return pattern.value.value == subject.const
    if isinstance(pattern, ast.MatchSingleton):
        return pattern.value is subject.const
    if isinstance(pattern, ast.MatchOr):
        results = [match_const(p, subject) for p in pattern.patterns]
        if any(r is True for r in results):
            return True
        if all(r is False for r in results):
            return False
    return None
