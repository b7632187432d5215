"""Search/replace edits anchored on exact text: checked against the repository, applied all or nothing.

An edit names an existing file, a `search` text that must occur exactly once in it, and the
`replace` text. Blocks on one file apply in order, each to the text the earlier ones left.
Every problem is reported with the block's number and a reason a model can act on; nothing
is written unless every block is valid. Paths must stay inside the repository (no absolute
paths, `..`, `.git`, or symlinks), and files that decide how a fix is verified (test code
unless the finding is in test code, test and CI configuration) are refused. New files are
refused too: a new `conftest.py` or `sitecustomize.py` would run inside verification, and a
fix that needs a new module is not a minimal one.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

from aise.evidence import ContextFlag
from aise.tools.analysis.context import path_flags

__all__ = [
    "EditLimits",
    "EditProblem",
    "PatchPlan",
    "PathPolicy",
    "SearchReplace",
    "changed_lines",
    "check_path",
    "plan_edits",
    "write_plan",
]

_PLACEHOLDER = re.compile(r"\[REDACTED:[a-z0-9-]+\]")
"""What `aise.redact.Redactor` put where a secret was; the model saw this, never the secret."""
_SUPPRESSION = re.compile(r"#[^\n]*\b(?:nosec|nosemgrep|noqa|pragma:\s*allowlist|lgtm|NOSONAR)\b", re.IGNORECASE)
_CONFIG_FILES = frozenset({"conftest.py", "pytest.ini", "tox.ini", "noxfile.py", "setup.cfg", "pyproject.toml",
                           ".coveragerc", "sitecustomize.py", "usercustomize.py", ".gitlab-ci.yml",
                           ".pre-commit-config.yaml", "makefile", ".gitattributes", ".gitmodules"})
"""Files that configure how tests run or how code is checked: a fix must not change its own verification."""
_CONFIG_DIRS = frozenset({".git", ".github", ".circleci", ".aise"})


class _Refusal(NamedTuple):
    reason: str


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class SearchReplace(BaseModel):
    """One edit: replace the single exact occurrence of `search` in `path` by `replace`."""

    model_config = ConfigDict(frozen=True, extra="ignore", use_attribute_docstrings=True)

    path: str
    """Repository-relative POSIX path of an existing file."""
    search: str
    """Exact text copied from the file, indentation included; it must occur exactly once."""
    replace: str
    """The new text for that span (repeat unchanged anchor lines)."""


class EditLimits(_Frozen):
    """Bounds on one patch, so a reply cannot rewrite the repository."""

    max_edits: int = 12
    max_files: int = 3
    max_search_chars: int = 6_000
    max_replace_chars: int = 12_000
    max_changed_lines: int = 300
    """Added plus removed lines over the whole patch."""
    max_file_bytes: int = 1_000_000


class PathPolicy(_Frozen):
    """Which files a patch may touch besides the rule that they exist inside the repository."""

    allow_tests: bool = False
    """True when the finding itself is in test code; tests are otherwise off limits."""

    @classmethod
    def for_finding(cls, finding_path: str) -> PathPolicy:
        return cls(allow_tests=ContextFlag.TEST_CODE in path_flags(finding_path))

    def refuse(self, rel: str) -> str | None:
        """Why `rel` may not be edited, or None."""
        parts = [p.lower() for p in PurePosixPath(rel).parts]
        if set(parts[:-1]) & _CONFIG_DIRS or parts[-1] in _CONFIG_FILES:
            return "it configures how tests and checks run; a fix may not change its own verification"
        if ContextFlag.TEST_CODE in path_flags(rel) and not self.allow_tests:
            return "it is test code; a fix changes the code under test, never the tests"
        return None


class EditProblem(_Frozen):
    """Why one block cannot be applied."""

    index: int
    """1-based position of the block in the reply (0 for the reply as a whole)."""
    path: str = ""
    reason: str

    def __str__(self) -> str:
        where = f"edit {self.index}" + (f" ({self.path})" if self.path else "") if self.index else "the edits"
        return f"{where}: {self.reason}"


class PatchPlan(_Frozen):
    """New file texts, computed and checked but not yet written."""

    originals: dict[str, str]
    updated: dict[str, str]
    """Path -> new text, only for files whose text changes."""

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(sorted(self.updated))

    @property
    def changed_lines(self) -> int:
        return sum(changed_lines(self.originals[p], self.updated[p]) for p in self.updated)


def changed_lines(old: str, new: str) -> int:
    """Added plus removed lines between two texts (the size of a unified diff's body)."""
    diff = difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0)
    return sum(1 for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---")))


def plan_edits(
    root: Path, edits: Sequence[SearchReplace], *, policy: PathPolicy | None = None, limits: EditLimits | None = None
) -> PatchPlan | tuple[EditProblem, ...]:
    """Apply `edits` in memory; the plan, or every problem found (then nothing may be written)."""
    policy, limits = policy or PathPolicy(), limits or EditLimits()
    if not edits:
        return (EditProblem(index=0, reason="no edit was given"),)
    if len(edits) > limits.max_edits:
        return (EditProblem(index=0, reason=f"{len(edits)} blocks; at most {limits.max_edits} are allowed"),)
    problems: list[EditProblem] = []
    originals: dict[str, str] = {}
    texts: dict[str, str] = {}
    for index, edit in enumerate(edits, start=1):
        rel = _normalise(edit.path)
        why = check_path(root, rel, policy) if rel is not None else "the path is empty or not a relative path"
        if why is None and rel not in originals:
            read = _read(root / rel, limits.max_file_bytes)
            if isinstance(read, _Refusal):
                why = read.reason
            else:
                originals[rel] = texts[rel] = read
        if why is None:
            assert rel is not None
            result = _apply(texts[rel], edit, limits)
            if isinstance(result, str):
                texts[rel] = result
                continue
            why = result.reason
        problems.append(EditProblem(index=index, path=edit.path, reason=why))
    if problems:
        return tuple(problems)
    if len(originals) > limits.max_files:
        return (EditProblem(index=0, reason=f"{len(originals)} files; at most {limits.max_files} may change"),)
    plan = PatchPlan(originals=originals, updated={p: t for p, t in texts.items() if t != originals[p]})
    if not plan.updated:
        return (EditProblem(index=0, reason="the edits leave every file unchanged"),)
    if plan.changed_lines > limits.max_changed_lines:
        return (EditProblem(index=0, reason=f"the patch changes {plan.changed_lines} lines; at most "
                                            f"{limits.max_changed_lines} are allowed: keep the fix minimal"),)
    return plan


def write_plan(root: Path, plan: PatchPlan) -> tuple[str, ...]:
    """Write a plan's files; refuses when a file no longer holds the text the plan was made from."""
    for rel in plan.updated:
        current = (root / rel).read_bytes().decode("utf-8")
        if current != plan.originals[rel]:
            raise ValueError(f"{rel} changed since the patch was planned")
    for rel, text in plan.updated.items():
        (root / rel).write_bytes(text.encode("utf-8"))  # bytes: keep the file's own line endings
    return plan.paths


def check_path(root: Path, rel: str, policy: PathPolicy) -> str | None:
    """Why `rel` cannot be edited under `root`, or None."""
    refused = policy.refuse(rel)
    if refused is not None:
        return f"refused: {refused}"
    base = root.resolve()
    target = base
    for part in PurePosixPath(rel).parts:
        target = target / part
        if target.is_symlink():
            return "refused: the path goes through a symbolic link"
    if not target.resolve().is_relative_to(base):
        return "refused: the path leaves the repository"
    if not target.exists():
        return "no such file: edits may only change existing files (creating files is not allowed)"
    if not target.is_file():
        return "not a regular file"
    return None


def _normalise(path: str) -> str | None:
    """A clean relative POSIX path, or None for absolute, parent-relative or empty ones."""
    text = path.strip().replace("\\", "/")
    if not text or "\x00" in text or text.startswith(("/", "~")) or re.match(r"^[A-Za-z]:", text):
        return None
    parts = [p for p in PurePosixPath(text).parts if p != "."]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)


def _read(path: Path, max_bytes: int) -> str | _Refusal:
    data = path.read_bytes()
    if len(data) > max_bytes:
        return _Refusal(f"the file is larger than {max_bytes} bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _Refusal("not a UTF-8 text file")


def _apply(text: str, edit: SearchReplace, limits: EditLimits) -> str | _Refusal:
    """The text with the edit applied, or why not."""
    search, replace = edit.search, edit.replace
    if not search.strip():
        return _Refusal("the search text is empty: anchor the edit on existing lines and repeat them in the "
                        "replacement")
    if len(search) > limits.max_search_chars or len(replace) > limits.max_replace_chars:
        return _Refusal(f"the block is too long (search <= {limits.max_search_chars}, replace <= "
                        f"{limits.max_replace_chars} characters): use smaller blocks around the change")
    if search == replace:
        return _Refusal("the replacement equals the search text, so the block changes nothing")
    added = set(_SUPPRESSION.findall(replace)) - set(_SUPPRESSION.findall(search))
    if added:
        return _Refusal("the replacement adds a scanner suppression comment; fix the code instead of silencing "
                        "the check")
    if "\r\n" in text and "\r" not in search:
        search, replace = search.replace("\n", "\r\n"), replace.replace("\n", "\r\n")
    spans = _find(text, search)
    if len(spans) != 1:
        return _Refusal(_not_unique(text, search, spans))
    start, end, secrets = spans[0]
    restored = _restore(replace, secrets)
    if isinstance(restored, _Refusal):
        return restored
    return text[:start] + restored + text[end:]


def _find(text: str, search: str) -> list[tuple[int, int, list[tuple[str, str]]]]:
    """Occurrences (start, end, [(placeholder, secret)...]), overlapping ones included, at most 5."""
    pieces = _PLACEHOLDER.split(search)
    labels = _PLACEHOLDER.findall(search)
    if not labels:
        found, at = [], text.find(search)
        while at >= 0 and len(found) < 5:
            found.append((at, at + len(search), []))
            at = text.find(search, at + 1)
        return found
    # A redacted secret in the anchor matches whatever the file holds on that line.
    pattern = "".join(re.escape(p) + (("([^\n]+?)" if pieces[i + 1] else "([^\n]+)") if i < len(labels) else "")
                      for i, p in enumerate(pieces))
    compiled = re.compile(pattern)
    hits: list[tuple[int, int, list[tuple[str, str]]]] = []
    pos = 0
    while len(hits) < 5 and (match := compiled.search(text, pos)) is not None:
        hits.append((match.start(), match.end(), list(zip(labels, match.groups(), strict=True))))
        pos = match.start() + 1
    return hits


def _restore(replace: str, secrets: list[tuple[str, str]]) -> str | _Refusal:
    """Put back the secrets the anchor matched where the replacement repeats their placeholders."""
    pool = list(secrets)
    out: list[str] = []
    last = 0
    for match in _PLACEHOLDER.finditer(replace):
        i = next((n for n, (label, _) in enumerate(pool) if label == match.group()), None)
        if i is None:
            return _Refusal(f"the replacement contains {match.group()} that its search text does not: never write "
                            "a redaction placeholder into code; read the value from the environment or configuration")
        out += [replace[last:match.start()], pool.pop(i)[1]]
        last = match.end()
    return "".join([*out, replace[last:]])


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _not_unique(text: str, search: str, spans: list[tuple[int, int, list[tuple[str, str]]]]) -> str:
    if spans:
        lines = ", ".join(str(_line(text, s)) for s, _, _ in spans)
        return (f"the search text occurs {len(spans)}{'+' if len(spans) >= 5 else ''} times (at lines {lines}); "
                "include more surrounding lines so that it matches exactly once")
    hint = _near_miss(text, search)
    return "the search text was not found in the file" + (f"; {hint}" if hint else
                                                            ": copy it exactly from the code shown")


def _near_miss(text: str, search: str) -> str:
    """A hint when the anchor matches once whitespace is ignored, or when only its first line does."""
    want = [ln.strip() for ln in search.strip("\n").splitlines()]
    have = [ln.strip() for ln in text.splitlines()]
    starts = [i for i in range(len(have) - len(want) + 1) if have[i:i + len(want)] == want]
    if starts:
        return (f"it matches line {starts[0] + 1} only if indentation and trailing spaces are ignored: "
                "copy the whitespace exactly")
    first = want[0] if want else ""
    at = [i + 1 for i, ln in enumerate(have) if first and ln == first]
    if at:
        return f"its first line is at line {at[0]}, but the lines after it differ from the file"
    return ""
