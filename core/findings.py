"""Turn scanner results into fingerprinted findings, merging duplicates across scanners."""

from __future__ import annotations

import ast
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from aise.cwe import same_family
from aise.models import Confidence, Finding, Location, RawResult

__all__ = [
    "SCANNER_PRIORITY",
    "SourceFile",
    "dedup",
    "fingerprint",
    "normalise",
    "normalise_snippet",
]

SCANNER_PRIORITY = ("aise-flow", "semgrep", "bandit", "detect-secrets", "sarif")
"""Which scanner's rule names a merged finding; earlier wins, so ids stay stable."""

_CONFIDENCE_ORDER = list(Confidence)
_MAX_SNIPPET_LINES = 6
_MAX_SOURCE_BYTES = 2_000_000
_WS = re.compile(r"\s+")


def normalise_snippet(snippet: str) -> str:
    """Drop whitespace and trailing comments so reformatting keeps the fingerprint."""
    lines = [line.split("  #", 1)[0] for line in snippet.splitlines()]
    return _WS.sub("", "".join(lines))


def fingerprint(rule_id: str, path: str, symbol: str | None, snippet: str, occurrence: int = 0) -> str:
    """Stable id from rule, path, enclosing symbol and normalised snippet, never the line."""
    key = "\x1f".join((rule_id, path, symbol or "", normalise_snippet(snippet), str(occurrence)))
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


@dataclass
class SourceFile:
    """Lines of one file and, for Python, its function and class spans."""

    lines: list[str]
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    def snippet(self, start: int, end: int) -> str:
        end = min(max(start, end), start + _MAX_SNIPPET_LINES - 1)
        return "\n".join(self.lines[start - 1 : end])

    def symbol_at(self, line: int) -> str | None:
        best: tuple[int, int, str] | None = None
        for span in self.spans:
            if span[0] <= line <= span[1] and (best is None or span[0] >= best[0]):
                best = span
        return best[2] if best else None


def _spans(tree: ast.AST) -> list[tuple[int, int, str]]:
    # An explicit stack, not recursion: `x = 1+1+...+1` a thousand terms deep parses,
    # yet would exceed Python's recursion limit in a recursive walk.
    out: list[tuple[int, int, str]] = []
    stack: list[tuple[ast.AST, str]] = [(tree, "")]
    while stack:
        node, prefix = stack.pop()
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                name = f"{prefix}{child.name}"
                out.append((child.lineno, child.end_lineno or child.lineno, name))
                stack.append((child, name + "."))
            else:
                stack.append((child, prefix))
    return out


@lru_cache(maxsize=512)
def _load(path: Path, mtime_ns: int) -> SourceFile:
    del mtime_ns  # part of the cache key only
    try:
        with path.open("rb") as handle:  # read no more than is used
            data = handle.read(_MAX_SOURCE_BYTES)
    except OSError:
        return SourceFile(lines=[])
    text = data.decode("utf-8", "replace")
    source = SourceFile(lines=text.splitlines())
    if path.suffix == ".py":
        try:
            source.spans = _spans(ast.parse(text))
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            pass  # unparsable (or absurdly nested) code still gets findings, just without a symbol
    return source


def _source(repo: Path, rel: str) -> SourceFile:
    path = repo / rel
    try:
        # Only regular files inside the repository: a result (an imported SARIF file, a
        # plugin) naming `/etc/passwd`, `../x` or a symlink out must not pull that text in,
        # and a FIFO or device would block or never end.
        if not path.is_file() or not path.resolve().is_relative_to(repo.resolve()):
            return SourceFile(lines=[])
        return _load(path, path.stat().st_mtime_ns)
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop
        return SourceFile(lines=[])


def normalise(repo: Path, results: Iterable[RawResult]) -> list[Finding]:
    """Fingerprint each raw result (snippet and symbol read from the file), then dedup."""
    keyed: dict[tuple[str, str, str, str], list[tuple[RawResult, str, str | None]]] = {}
    for raw in results:
        source = _source(repo, raw.path)
        end = raw.end_line or raw.start_line
        snippet = raw.snippet if raw.snippet is not None else source.snippet(raw.start_line, end)
        symbol = source.symbol_at(raw.start_line)
        rule = f"{raw.scanner}:{raw.rule_id}"
        key = (rule, raw.path, symbol or "", normalise_snippet(snippet))
        keyed.setdefault(key, []).append((raw, snippet, symbol))
    findings: list[Finding] = []
    for (rule, path, _, _), group in keyed.items():
        # Identical snippets in one function are told apart by their order, which
        # survives lines inserted above them.
        group.sort(key=lambda item: (item[0].start_line, item[0].start_col or 0))
        for occurrence, (raw, snippet, symbol) in enumerate(group):
            findings.append(_finding(raw, rule, path, snippet, symbol, occurrence))
    return dedup(findings)


def _finding(raw: RawResult, rule: str, path: str, snippet: str, symbol: str | None, occ: int) -> Finding:
    end = max(raw.end_line or raw.start_line, raw.start_line)
    return Finding(
        fingerprint=fingerprint(rule, path, symbol, snippet, occ),
        rule_id=rule,
        scanners=(raw.scanner,),
        rule_ids=(rule,),
        cwe=raw.cwe,
        severity=raw.severity,
        confidence=raw.confidence,
        message=raw.message,
        location=Location(
            path=path,
            start_line=raw.start_line,
            end_line=end,
            start_col=raw.start_col,
            end_col=raw.end_col,
            snippet=snippet,
        ),
        symbol=symbol,
        code_flow=raw.code_flow,
        rule_name=raw.rule_name,
        help_text=raw.help_text,
        help_uri=raw.help_uri,
    )


def _priority(finding: Finding) -> tuple[int, str]:
    scanner = finding.scanners[0]
    rank = SCANNER_PRIORITY.index(scanner) if scanner in SCANNER_PRIORITY else len(SCANNER_PRIORITY)
    return (rank, finding.rule_id)


_NEAR_LINES = 2
"""Scanners disagree on the line of one issue (where a query is built vs executed)."""


def _same_issue(a: Finding, b: Finding) -> bool:
    shared_cwe = same_family(a.cwe, b.cwe) if a.cwe and b.cwe else a.rule_id == b.rule_id
    if not shared_cwe:
        return False
    if a.location.overlaps(b.location):
        return True
    # Only across scanners: one scanner's two reports a line apart are two issues.
    near = (
        a.path == b.path
        and a.symbol is not None
        and a.symbol == b.symbol
        and abs(a.location.start_line - b.location.start_line) <= _NEAR_LINES
    )
    return near and not set(a.scanners) & set(b.scanners)


def dedup(findings: Sequence[Finding]) -> list[Finding]:
    """Merge findings of the same issue (CWEs of one family, same path, overlapping lines)."""
    by_path: dict[str, list[Finding]] = {}
    for finding in sorted(findings, key=_priority):
        bucket = by_path.setdefault(finding.path, [])
        for index, kept in enumerate(bucket):
            if kept.fingerprint == finding.fingerprint or _same_issue(kept, finding):
                bucket[index] = _merge(kept, finding)
                break
        else:
            bucket.append(finding)
    merged = [finding for bucket in by_path.values() for finding in bucket]
    merged.sort(key=lambda f: (f.path, f.location.start_line, f.rule_id))
    return merged


def _merge(kept: Finding, other: Finding) -> Finding:
    """Keep the higher-priority finding's identity and add the other's sources."""
    return kept.model_copy(
        update={
            "scanners": tuple(dict.fromkeys(kept.scanners + other.scanners)),
            "rule_ids": tuple(dict.fromkeys(kept.rule_ids + other.rule_ids)),
            "cwe": tuple(dict.fromkeys(kept.cwe + other.cwe)),
            "severity": max(kept.severity, other.severity, key=lambda s: s.rank),
            "confidence": max(kept.confidence, other.confidence, key=_CONFIDENCE_ORDER.index),
            "code_flow": kept.code_flow or other.code_flow,
        }
    )
