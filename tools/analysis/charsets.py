"""Character-set reasoning for regex validation and regex/replace sanitisation, per sink class.

`re.fullmatch(r"[\\w.-]+", name)` proves `name` holds only word characters, dots and dashes:
safe in an HTML page or a shell word, but not a proof for every context. Each sink class has
the characters an attack needs; a value whose possible characters avoid them is safe there.
"""

from __future__ import annotations

import re
import string
from typing import Any

__all__ = ["DANGEROUS", "allowed_chars", "removed_chars", "safe_classes", "same_site_pattern"]

try:  # Python 3.11+: the regex parser lives in re._parser
    from re import _parser as _sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_parse as _sre  # type: ignore[no-redef]

_PUNCT = frozenset(string.punctuation) | frozenset(" \t\n\r\x0b\x0c")
DANGEROUS: dict[str, frozenset[str]] = {
    "xss": frozenset("<>\"'`"),
    "sqli": frozenset("'\"\\; \t\n()=/*"),
    "cmdi": frozenset(";|&$`()<>\n\r'\"\\"),
    "codeinj": _PUNCT - {"_"},
    "pathtraver": frozenset("/\\"),
    "ldapi": frozenset("*()\\\x00"),
    "xpathi": frozenset("'\"[]()|= \t\n"),
    "redirect": frozenset(":/\\"),
    "ssrf": frozenset(":/\\@."),
}
"""Characters an injection into each sink class needs (a conservative, context-free choice)."""

_ASCII = frozenset(chr(i) for i in range(128))
_CATEGORIES = {
    "CATEGORY_DIGIT": frozenset(string.digits),
    "CATEGORY_WORD": frozenset(string.ascii_letters + string.digits + "_"),
    "CATEGORY_SPACE": frozenset(" \t\n\r\x0b\x0c"),
}


def safe_classes(allowed: frozenset[str] | None) -> frozenset[str]:
    """Sink classes a value made only of `allowed` characters is safe for (None: any character)."""
    if allowed is None:
        return frozenset()
    out = {cls for cls, bad in DANGEROUS.items() if not allowed & bad}
    out.add("trustbound")  # validated against a restrictive pattern before it is trusted
    return frozenset(out)


def _category(name: str) -> frozenset[str] | None:
    if name in _CATEGORIES:
        return _CATEGORIES[name]
    positive = name.replace("_NOT_", "_")
    if positive != name and positive in _CATEGORIES:
        return _ASCII - _CATEGORIES[positive]
    return None


def same_site_pattern(pattern: object) -> bool:
    """A full match proves a URL stays on a fixed site: `https://host/...`, or `/x` but not `//`."""
    if not isinstance(pattern, str):
        return False
    parsed = _parse(pattern)
    if parsed is None:
        return False
    prefix = ""
    rest: list[Any] = []
    items = [(op, value) for op, value in parsed if str(op) != "AT"]
    for index, (op, value) in enumerate(items):
        if str(op) != "LITERAL":
            rest = items[index:]
            break
        prefix += chr(value)
    if re.match(r"https?://[^/?#\\]+[/?#]", prefix):
        return True
    if prefix.startswith("/") and len(prefix) > 1:
        return prefix[1] not in "/\\"
    if prefix == "/" and rest and str(rest[0][0]) == "ASSERT_NOT":
        look = rest[0][1][1]
        if len(look) == 1 and str(look[0][0]) == "IN":
            found = _in_set(look[0][1])
            return found is not None and not found[0] and {"/", "\\"} <= found[1]
    return False


def _parse(pattern: str) -> Any:
    try:
        return _sre.parse(pattern)
    except (re.error, TypeError, ValueError, RecursionError):
        return None


def _in_set(items: list[Any]) -> tuple[bool, frozenset[str]] | None:
    """(negated, chars) of a character class `[...]`, ASCII only; None when not understood."""
    negated = False
    chars: set[str] = set()
    for op, value in items:
        name = str(op)
        if name == "NEGATE":
            negated = True
        elif name == "LITERAL":
            chars.add(chr(value))
        elif name == "RANGE":
            low, high = value
            chars.update(chr(i) for i in range(low, min(high, 127) + 1))
        elif name == "CATEGORY":
            found = _category(str(value))
            if found is None:
                return None
            chars |= found
        else:
            return None
    return negated, frozenset(chars)


def _allowed(parsed: Any, depth: int = 0) -> frozenset[str] | None:
    if depth > 20:
        return None
    out: set[str] = set()
    for op, value in parsed:
        name = str(op)
        if name == "LITERAL":
            out.add(chr(value))
        elif name == "IN":
            found = _in_set(value)
            if found is None or found[0]:
                return None
            out |= found[1]
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            inner = _allowed(value[2], depth + 1)
            if inner is None:
                return None
            out |= inner
        elif name == "SUBPATTERN":
            inner = _allowed(value[-1], depth + 1)
            if inner is None:
                return None
            out |= inner
        elif name == "BRANCH":
            for branch in value[1]:
                inner = _allowed(branch, depth + 1)
                if inner is None:
                    return None
                out |= inner
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # anchors and lookarounds consume no character
        elif name == "CATEGORY":
            found = _category(str(value))
            if found is None:
                return None
            out |= found
        else:
            return None  # ANY (.), NOT_LITERAL, backreferences, lookarounds...
    return frozenset(out)


def allowed_chars(pattern: object) -> frozenset[str] | None:
    """Every character a full match of `pattern` may contain; None when any character may appear."""
    if not isinstance(pattern, str):
        return None
    parsed = _parse(pattern)
    return _allowed(parsed) if parsed is not None else None


def removed_chars(pattern: object) -> frozenset[str] | None:
    """The ASCII characters `re.sub(pattern, "", s)` deletes, for single-character patterns."""
    if not isinstance(pattern, str):
        return None
    parsed = _parse(pattern)
    if parsed is None or len(parsed) != 1:
        return None
    op, value = parsed[0]
    if str(op) in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and len(value[2]) == 1:
        op, value = value[2][0]
    name = str(op)
    if name == "LITERAL":
        return frozenset(chr(value))
    if name == "IN":
        found = _in_set(value)
        if found is None:
            return None
        negated, chars = found
        return _ASCII - chars if negated else chars
    if name == "CATEGORY":
        return _category(str(value))
    return None

