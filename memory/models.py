"""The typed values memory returns: code chunks, recalled decisions and fixes, index statistics."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from aise.records import FixOutcome, HumanAction, Verdict

__all__ = [
    "ChunkKind",
    "CodeChunk",
    "CodeContext",
    "CodeHit",
    "IndexStats",
    "MatchKind",
    "MemoryStats",
    "RecalledDecision",
    "RecordedFix",
    "SkipReason",
    "SkippedFile",
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class ChunkKind(StrEnum):
    FUNCTION = "function"
    METHOD = "method"
    CLASS = "class"
    MODULE = "module"
    """Python code outside any function or class, in line windows."""
    WINDOW = "window"
    """A line window of a file that is not Python (or did not parse)."""


class SkipReason(StrEnum):
    VENDORED = "vendored"
    BINARY = "binary"
    MINIFIED = "minified"
    GENERATED = "generated"
    TOO_LARGE = "too_large"
    UNREADABLE = "unreadable"


class MatchKind(StrEnum):
    SAME_FINDING = "same_fingerprint"
    SIMILAR = "similar"


class CodeChunk(_Frozen):
    """One indexed piece of code: a function, method, class header or line window."""

    id: str
    path: str
    symbol: str | None = None
    """Qualified name (`Class.method`) for Python definitions."""
    kind: ChunkKind
    start_line: int = Field(ge=1)
    end_line: int = Field(ge=1)
    text: str
    lang: str = "text"
    decorators: tuple[str, ...] = ()
    """Decorator lines without the `@`, e.g. `app.route("/login", methods=["POST"])`."""
    calls: tuple[str, ...] = ()
    """Names this code calls (last component: `cursor.execute(...)` gives `execute`)."""
    docstring: str = ""
    """First line of the docstring."""
    note: str = ""
    """Why the chunking is degraded, e.g. a Python file that did not parse."""

    @property
    def name(self) -> str | None:
        return self.symbol.rsplit(".", 1)[-1] if self.symbol else None


class CodeHit(_Frozen):
    chunk: CodeChunk
    score: float
    """Cosine similarity to the query, 1.0 for identical vectors."""


class CodeContext(_Frozen):
    """The code around a finding: its function, what it calls, who calls it, and look-alikes."""

    fingerprint: str
    enclosing: CodeChunk | None = None
    callers: tuple[CodeChunk, ...] = ()
    callees: tuple[CodeChunk, ...] = ()
    similar: tuple[CodeHit, ...] = ()


class RecalledDecision(_Frozen):
    """A past triage verdict or human decision, recalled for a finding at hand."""

    fingerprint: str
    rule_id: str
    path: str
    verdict: Verdict
    human: bool
    score: float = 1.0
    """Similarity of the snippets, 1.0 for the same fingerprint."""
    match: MatchKind
    comment: str = ""
    """The human's comment, or the machine verdict's reason."""
    brain: str
    action: HumanAction | None = None
    confidence: float = 1.0
    snippet: str = ""
    at: datetime


class RecordedFix(_Frozen):
    """A fix attempt recorded for a rule, and whether it worked."""

    fingerprint: str
    rule_id: str
    path: str
    fixer: str
    worked: bool
    outcome: FixOutcome
    summary: str = ""
    diff: str = ""
    reason: str = ""
    number: int = 1
    at: datetime
    score: float = 1.0
    """Similarity to the `like` text when one was given, else 1.0."""


class SkippedFile(_Frozen):
    path: str
    """A file, or a folder (ending in `/`) skipped as a whole."""
    reason: SkipReason
    detail: str = ""


class IndexStats(_Frozen):
    """What one `index()` did."""

    files: int
    """Files in the repository after skipping vendored folders."""
    embedded_files: int
    """New or changed files read and embedded in this run."""
    unchanged_files: int
    removed_files: int
    chunks_added: int
    chunks_removed: int
    chunks_total: int
    seconds: float
    skipped: tuple[SkippedFile, ...] = ()
    notes: tuple[str, ...] = ()
    """Degraded chunking, e.g. Python that did not parse and fell back to line windows."""
    warnings: tuple[str, ...] = ()
    """Recoveries: a corrupt memory moved aside and rebuilt, an embedder change."""
    rebuilt: bool = False


class MemoryStats(_Frozen):
    location: str
    """The Chroma folder, or the server URL."""
    embedder: str
    dimensions: int | None = None
    files: int
    chunks: int
    decisions: int
    fixes: int
    skipped: dict[str, int] = {}
    """Skipped files by reason."""
    indexed_at: datetime | None = None
    warnings: tuple[str, ...] = ()
