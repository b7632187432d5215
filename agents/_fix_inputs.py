"""What the LLM fixer shows the model: the code to change, memory hints, and why earlier tries failed.

Plain Python, no model: the evidence half of the LLM fixer. Everything here is repository text
or derived from it, so the prompt puts all of it inside the untrusted block (after redaction).
"""

from __future__ import annotations

import ast
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from aise.errors import AiseError
from aise.evidence import ContextFlag, Evidence
from aise.models import Finding
from aise.records import FixAttempt
from aise.tools.analysis.context import path_flags
from aise.tools.verify import Check, VerificationResult

if TYPE_CHECKING:
    from aise.memory.models import CodeHit, RecordedFix

__all__ = [
    "FixMemory",
    "attempt_note",
    "code_context",
    "enclosing_span",
    "memory_hints",
    "rejection_note",
    "verification_note",
]

log = logging.getLogger(__name__)

WHOLE_FILE_LINES = 400
"""A file up to this many lines (and `WHOLE_FILE_CHARS`) is shown whole: anchors are easiest then."""
WHOLE_FILE_CHARS = 16_000
HEADER_LINES = 40
"""Lines from the top of a long file shown with the function (imports, constants)."""
HINT_LINES = 40
DIFF_CHARS = 2_000
OUTPUT_CHARS = 1_500


class FixMemory(Protocol):
    """The slice of `aise.memory.RepoMemory` the LLM fixer reads."""

    def similar_code(self, text: str, k: int = 5, *, path: str | None = None) -> list[CodeHit]: ...

    def fixes_for(self, rule_id: str, k: int = 5, *, like: str | None = None) -> list[RecordedFix]: ...


def enclosing_span(source: str, line: int) -> tuple[int, int] | None:
    """First and last line of the innermost function or class around `line`."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return None
    kinds = ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef
    spans = [(min([n.lineno, *(d.lineno for d in n.decorator_list)]), n.end_lineno or n.lineno)
             for n in ast.walk(tree) if isinstance(n, kinds) and n.lineno <= line <= (n.end_lineno or 0)]
    return max(spans, default=None)  # the latest start is the innermost


def code_context(finding: Finding, text: str) -> str:
    """The finding's file (`text`), whole when it is small, else its top lines and the enclosing code."""
    lines = text.splitlines(keepends=True)
    if len(lines) <= WHOLE_FILE_LINES and len(text) <= WHOLE_FILE_CHARS:
        return f"file {finding.path} (the whole file, {len(lines)} lines):\n{text}"
    line = finding.location.start_line
    first, last = enclosing_span(text, line) or (max(1, line - 30), min(len(lines), line + 30))
    if last - first > WHOLE_FILE_LINES:  # a huge class: the lines around the finding are enough
        first, last = max(first, line - 60), min(last, line + 60)
    head = min(HEADER_LINES, first - 1)
    parts = [f"file {finding.path} (excerpts, lines 1-{head} and {first}-{last} of {len(lines)}):"]
    if head:
        parts += ["".join(lines[:head]).rstrip("\n"), "..."]
    parts.append("".join(lines[first - 1:last]).rstrip("\n"))
    return "\n".join(parts) + "\n"


def memory_hints(
    memory: FixMemory | None, finding: Finding, evidence: Evidence, span: tuple[int, int] | None
) -> dict[str, list[str]]:
    """Code elsewhere in the repository like the flagged line (the same API used safely, often), and
    fixes recorded for the rule (worked ones first). Test code is left out unless the finding is in it."""
    if memory is None:
        return {}
    query = "\n".join(t for t in (finding.location.snippet or evidence.snippet, evidence.fact("api")) if t)
    try:
        hits = memory.similar_code(query, k=8) if query else []
        fixes = memory.fixes_for(finding.rule_id, k=3, like=query or None)
    except AiseError as exc:  # memory is a hint: an unavailable store must not stop the fix
        log.warning("memory hints unavailable for %s: %s", finding.short_id, exc)
        return {}
    own = span or (finding.location.start_line, finding.location.end_line)
    in_tests = ContextFlag.TEST_CODE in path_flags(finding.path)
    similar = [
        f"{hit.chunk.path}:{hit.chunk.start_line}-{hit.chunk.end_line}"
        + (f" {hit.chunk.symbol}" if hit.chunk.symbol else "") + "\n" + _head(hit.chunk.text, HINT_LINES)
        for hit in hits
        if not (hit.chunk.path == finding.path and hit.chunk.start_line <= own[1] and own[0] <= hit.chunk.end_line)
        and (in_tests or ContextFlag.TEST_CODE not in path_flags(hit.chunk.path))
    ][:3]
    recorded = [
        f"{'worked' if fix.worked else 'failed'} ({fix.fixer}, {fix.path}): {fix.summary or fix.reason}"
        + (f"\n{_clip(fix.diff, DIFF_CHARS)}" if fix.diff else "")
        for fix in fixes
    ]
    hints = {"similar code in this repository": similar, "fixes recorded for this rule": recorded}
    return {k: v for k, v in hints.items() if v}


def attempt_note(attempt: FixAttempt) -> dict[str, str]:
    """An earlier attempt on the finding, as the model should read it."""
    failed = next((c for c in attempt.checks if not c.passed), None)
    return {
        "attempt": f"{attempt.number} by {attempt.fixer} ({attempt.outcome})",
        "change": attempt.summary.splitlines()[0] if attempt.summary else "",
        "why it failed": f"{failed.name}: {failed.detail}" if failed else attempt.reason,
        "diff": _clip(attempt.diff, DIFF_CHARS),
    }


def verification_note(label: str, summary: str, diff: str, result: VerificationResult) -> dict[str, str]:
    """A candidate that was applied and failed a check, with the tail of the test output."""
    tests = result.tests
    failed_tests = any(c.name == Check.TESTS and not c.passed for c in result.checks)
    return {
        "attempt": label,
        "change": summary.splitlines()[0] if summary else "",
        "why it failed": result.failure,
        "diff": _clip(diff, DIFF_CHARS),
        "test output (tail)": tests.output_tail[-OUTPUT_CHARS:] if tests is not None and failed_tests else "",
    }


def rejection_note(label: str, reasons: Sequence[str]) -> dict[str, str]:
    return {"attempt": label, "why it failed": "; ".join(reasons)}


def _head(text: str, lines: int) -> str:
    kept = text.splitlines()
    return "\n".join(kept[:lines]) + ("\n..." if len(kept) > lines else "")


def _clip(text: str, chars: int) -> str:
    return text if len(text) <= chars else text[:chars] + "\n... (truncated)"
