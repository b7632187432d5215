"""Small helpers shared by the built-in scanners."""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Iterable
from typing import Any

from aise.errors import ScannerError

__all__ = ["MASK", "SECRET_CWES", "cwe_ids", "masked_snippet", "module_available", "parse_json"]

_CWE = re.compile(r"(?i)\bcwe[-_/:\s]*0*(\d{1,5})\b")
_LITERAL = re.compile(r"""(?P<q>["'`])(?P<body>(?:\\.|(?!(?P=q)).)+)(?P=q)""")
MASK = "<redacted>"
SECRET_CWES = frozenset({259, 321, 798})
"""Hard-coded password, cryptographic key and credentials: their snippets are masked."""
_SNIPPET_LINES = 6


def module_available(name: str) -> bool:
    """True when `name` can be imported by this interpreter; never raises."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def parse_json(scanner: str, text: str, stderr_tail: str) -> Any:
    """Parse a tool's JSON output, or explain (with its stderr) why there is none."""
    if not text.strip():
        raise ScannerError(scanner, f"no output; stderr: {stderr_tail}")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ScannerError(
            scanner, f"output is not JSON ({exc.msg} at char {exc.pos}); stderr: {stderr_tail}"
        ) from None


def cwe_ids(values: Iterable[object] | object) -> tuple[int, ...]:
    """`"CWE-89: SQL Injection"`, `["CWE-79"]`, `89` or `"external/cwe/cwe-089"` -> (89,) ..."""
    if values is None:
        return ()
    items = [values] if isinstance(values, str | int) else list(values)  # type: ignore[arg-type]
    found: list[int] = []
    for item in items:
        if isinstance(item, int) and not isinstance(item, bool):
            found.append(item)
        elif isinstance(item, str):
            found.extend(int(m) for m in _CWE.findall(item))
    return tuple(dict.fromkeys(n for n in found if n > 0))


def masked_snippet(lines: list[str], start: int, end: int) -> str:
    """The flagged lines (at most six, as the normaliser takes) with every string literal masked."""
    end = min(max(start, end), start + _SNIPPET_LINES - 1)
    text = "\n".join(lines[start - 1 : end])
    return _LITERAL.sub(lambda m: f"{m['q']}{MASK}{m['q']}", text)
