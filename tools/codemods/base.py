"""The codemod model (after codemodder): metadata, the context a fix sees, and what it returns."""

from __future__ import annotations

from abc import ABC, abstractmethod
from fnmatch import fnmatchcase
from pathlib import Path
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from aise.evidence import ContextFlag, Evidence
from aise.models import Finding

__all__ = [
    "Codemod",
    "CodemodMetadata",
    "CodemodResult",
    "FileEdit",
    "FixContext",
    "Handoff",
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class CodemodMetadata(_Frozen):
    """What a codemod is and which findings it claims."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.:-]*$")
    """Stable id, e.g. `aise:sqli-parameterize`; recorded as the fixer of an attempt."""
    description: str
    """One line: what the fix does (shown by `aise codemods list`)."""
    cwes: frozenset[int] = frozenset()
    """CWEs this codemod fixes; a finding with any of them is a candidate."""
    rules: tuple[str, ...] = ()
    """Glob patterns over `scanner:rule` ids (`bandit:B608`, `semgrep:*sql*`)."""
    leaves: tuple[str, ...] = ()
    """Informational rules the fixed code is expected to trigger (`bandit:B603` for a list-form
    subprocess call); verification does not count them as new findings, and says so."""


class FileEdit(_Frozen):
    """A whole-file rewrite of a file other than the finding's, e.g. requirements.txt."""

    path: str
    """Repository-relative POSIX path."""
    content: str
    reason: str


class CodemodResult(_Frozen):
    """A successful transform: the finding's file rewritten, plus anything else it needs."""

    source: str
    """New text of the finding's file."""
    summary: str
    """What changed and why, for the commit message and the report."""
    edits: tuple[FileEdit, ...] = ()
    notes: tuple[str, ...] = ()
    """Things a human must still do (rotate a secret, migrate stored hashes); go to the dossier."""
    annotated: bool = False
    """The finding is resolved by annotation (usedforsecurity=False), not by a behaviour change."""


class Handoff(_Frozen):
    """The codemod recognises the pattern but no automatic fix is safe; a human must decide."""

    reason: str
    notes: tuple[str, ...] = ()


class FixContext(_Frozen):
    """What a codemod may consult besides the file: the worktree and the gathered evidence."""

    root: Path
    """Root of the worktree being patched (read other files from here, never the user's tree)."""
    evidence: Evidence | None = None
    attempt: int = Field(1, ge=1)
    failures: tuple[str, ...] = ()
    """Why earlier attempts on this finding failed verification, oldest first."""

    def read(self, rel: str) -> str | None:
        """Text of a repository file, or None when it does not exist or is not text."""
        path = self.root / rel
        try:
            return path.read_text(encoding="utf-8")
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError, UnicodeDecodeError):
            return None

    def has_flag(self, flag: ContextFlag) -> bool:
        return self.evidence is not None and flag in self.evidence.flags


class Codemod(ABC):
    """A deterministic fixer; subclasses set `metadata` and implement `transform`."""

    metadata: ClassVar[CodemodMetadata]

    @property
    def id(self) -> str:
        return self.metadata.id

    def handles(self, finding: Finding) -> bool:
        """True when the finding's rule or CWE is one this codemod claims."""
        if set(finding.cwe) & self.metadata.cwes:
            return True
        return any(fnmatchcase(rule, pattern) for rule in finding.rule_ids for pattern in self.metadata.rules)

    @abstractmethod
    def transform(self, source: str, finding: Finding, ctx: FixContext) -> CodemodResult | Handoff | None:
        """Rewrite `source` to fix `finding`; None when the pattern is not there."""
