"""Context flags: test/example/docs paths, security versus non-security use, placeholders."""

from __future__ import annotations

import re

from aise.evidence import ContextFlag

__all__ = ["is_placeholder_secret", "path_flags", "usage_flags"]

_TEST_DIRS = frozenset({"test", "tests", "testing", "__tests__", "spec", "specs"})
_EXAMPLE_DIRS = frozenset({"example", "examples", "sample", "samples", "demo", "demos"})
_DOC_DIRS = frozenset({"doc", "docs", "documentation"})
_SECURITY = re.compile(
    r"passw|pwd|token|secret|session|nonce|salt|otp|auth|remember|cookie|csrf|sign|credential"
    r"|api_?key|private|login|reset|verify|encrypt|crypt|coupon|invite|voucher|\bpin\b|_pin\b",
    re.IGNORECASE,
)
_NOT_SECURITY = re.compile(
    r"cache|etag|shard|bucket|jitter|backoff|shuffle|sleep|delay|retry|colou?r|simulat|seed_data|retries",
    re.IGNORECASE,
)
_API_CALL = re.compile(r"\b(random|secrets|hashlib|numpy\.random|np\.random|rng|generator)\.\w+\s*\(")
_PLACEHOLDER = re.compile(
    r"^(|x+|\*+|\.+|changeme|change_me|password|secret|example|dummy|test|testing|todo|fixme|none|null"
    r"|your[_-].*|<.*>|\$\{.*\}|\{\{.*\}\}|%\(.*\)s|xxx.*|placeholder|redacted|not[_-]?set)$",
    re.IGNORECASE,
)


def path_flags(path: str) -> frozenset[ContextFlag]:
    """Flags that follow from where the file lives."""
    parts = path.lower().split("/")
    name = parts[-1]
    flags: set[ContextFlag] = set()
    if any(p in _TEST_DIRS for p in parts[:-1]) or name.startswith("test_") or name.endswith(
        ("_test.py", "_tests.py")) or name == "conftest.py":
        flags.add(ContextFlag.TEST_CODE)
    if any(p in _EXAMPLE_DIRS for p in parts[:-1]):
        flags.add(ContextFlag.EXAMPLE_CODE)
    if any(p in _DOC_DIRS for p in parts[:-1]) or name.endswith((".md", ".rst", ".txt")):
        flags.add(ContextFlag.DOCS)
    if not name.endswith((".py", ".pyi")):
        flags.add(ContextFlag.NON_PYTHON)
    return frozenset(flags)


def usage_flags(line_text: str, function_text: str) -> frozenset[ContextFlag]:
    """Security or non-security use of a hash or random value, judged from the names around it."""
    flags: set[ContextFlag] = set()
    if "usedforsecurity=False" in line_text.replace(" ", ""):
        flags.add(ContextFlag.NOT_SECURITY_USE)
        return frozenset(flags)
    # Only the flagged line itself can say "not for security": a route that hashes a user
    # value is judged by what it does, not by the name of its function. The API's own name
    # (`random.shuffle`, `hashlib.file_digest`) says nothing about the purpose.
    line_text = _API_CALL.sub("(", line_text)
    if _NOT_SECURITY.search(line_text):
        flags.add(ContextFlag.NOT_SECURITY_USE)
    elif _SECURITY.search(line_text) or _SECURITY.search(function_text):
        flags.add(ContextFlag.SECURITY_USE)
    return frozenset(flags)


def is_placeholder_secret(value: str) -> bool:
    return bool(_PLACEHOLDER.match(value.strip().strip("'\"")))
