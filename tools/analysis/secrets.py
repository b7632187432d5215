"""Hard-coded credentials: string literals bound to credential-like names, judged by shape."""

from __future__ import annotations

import ast
import math
import re
from collections import Counter
from dataclasses import dataclass

from aise.tools.analysis.context import is_placeholder_secret

__all__ = ["SecretLiteral", "find_secrets", "looks_like_secret"]

_NAME = re.compile(
    r"(passw(or)?d|passwd|pwd|pass$|_pass$|secret|api_?key|apikey|token|auth|credential|private_?key"
    r"|access_?key|client_?secret|signing_?key|dsn$|conn(ection)?_?str)",
    re.IGNORECASE,
)
_URL_CREDS = re.compile(r"^[a-z][a-z0-9+.-]*://[^/\s:@]+:([^/\s@]+)@", re.IGNORECASE)


@dataclass(frozen=True)
class SecretLiteral:
    line: int
    end_line: int
    name: str
    value: str


def _entropy(text: str) -> float:
    counts = Counter(text)
    return -sum(c / len(text) * math.log2(c / len(text)) for c in counts.values())


def looks_like_secret(value: str) -> bool:
    """A real-looking credential: not a placeholder, long enough, varied characters."""
    if is_placeholder_secret(value) or len(value) < 8 or " " in value.strip():
        return False
    if value.startswith(("http://", "https://")) and not _URL_CREDS.match(value):
        return False
    match = _URL_CREDS.match(value)
    if match:
        return not is_placeholder_secret(match.group(1))
    classes = sum(bool(re.search(p, value)) for p in (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9]"))
    return classes >= 2 and _entropy(value) >= 3.0


def _named_literals(tree: ast.AST) -> list[tuple[ast.AST, str, ast.expr]]:
    out: list[tuple[ast.AST, str, ast.expr]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                name = target.id if isinstance(target, ast.Name) else getattr(target, "attr", "")
                if isinstance(target, ast.Subscript) and isinstance(target.slice, ast.Constant):
                    name = str(target.slice.value)
                if node.value is not None:
                    out.append((node, name, node.value))
        elif isinstance(node, ast.keyword) and node.arg:
            out.append((node, node.arg, node.value))
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    out.append((value, key.value, value))
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            args = node.args.posonlyargs + node.args.args
            for arg, default in zip(args[len(args) - len(node.args.defaults):], node.args.defaults, strict=True):
                out.append((default, arg.arg, default))
            for arg, default in zip(node.args.kwonlyargs, node.args.kw_defaults, strict=True):
                if default is not None:
                    out.append((default, arg.arg, default))
    return out


def find_secrets(tree: ast.AST) -> list[SecretLiteral]:
    """Credential-like literals in a module (names, keywords, dict keys, defaults, auth tuples)."""
    found: list[SecretLiteral] = []
    for _node, name, value in _named_literals(tree):
        literals: list[ast.Constant] = []
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            if _NAME.search(name) or _URL_CREDS.match(value.value):
                literals.append(value)
        elif isinstance(value, ast.Tuple) and name == "auth" and len(value.elts) == 2:
            second = value.elts[1]
            if isinstance(second, ast.Constant) and isinstance(second.value, str):
                literals.append(second)
        for literal in literals:
            if looks_like_secret(literal.value):
                found.append(SecretLiteral(literal.lineno, literal.end_lineno or literal.lineno, name,
                                           literal.value))
    return found
