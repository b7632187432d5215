"""SARIF `fixes`: turn a unified diff into artifactChanges with whole-line replacements."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

__all__ = ["SRCROOT", "diff_to_artifact_changes"]

SRCROOT = "%SRCROOT%"
_HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


def diff_to_artifact_changes(diff: str) -> list[dict[str, Any]]:
    """SARIF artifactChanges from a unified diff: each hunk replaces its old lines with its new ones."""
    changes: dict[str, list[dict[str, Any]]] = {}
    old_path = path = None
    lines = diff.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.startswith("--- "):
            old_path = _diff_path(line[4:])
        elif line.startswith("+++ "):
            path = _diff_path(line[4:]) or old_path
        elif (match := _HUNK.match(line)) and path:
            old_start, old_len = int(match[1]), int(match[2] if match[2] is not None else 1)
            new_len = int(match[4] if match[4] is not None else 1)
            new_lines, i = _hunk_body(lines, i, old_len, new_len)
            changes.setdefault(path, []).append(_replacement(old_start, old_len, new_lines))
    return [
        {
            "artifactLocation": {"uri": quote(p, safe="/"), "uriBaseId": SRCROOT},
            "replacements": reps,
        }
        for p, reps in changes.items()
    ]


def _diff_path(raw: str) -> str | None:
    name = raw.split("\t", 1)[0].strip()
    if name == "/dev/null":
        return None
    return name[2:] if name.startswith(("a/", "b/")) else name


def _hunk_body(lines: list[str], i: int, old_left: int, new_left: int) -> tuple[list[str], int]:
    new_lines: list[str] = []
    while i < len(lines) and (old_left > 0 or new_left > 0):
        line = lines[i]
        i += 1
        tag, text = line[:1], line[1:]
        if tag == "\\":
            continue  # "\ No newline at end of file"
        if tag in (" ", ""):
            new_lines.append(text)
            old_left, new_left = old_left - 1, new_left - 1
        elif tag == "-":
            old_left -= 1
        elif tag == "+":
            new_lines.append(text)
            new_left -= 1
        else:
            break
    return new_lines, i


def _replacement(old_start: int, old_len: int, new_lines: list[str]) -> dict[str, Any]:
    if old_len == 0:  # pure insertion after line old_start
        start = end = old_start + 1
    else:
        start, end = old_start, old_start + old_len
    replacement: dict[str, Any] = {
        "deletedRegion": {"startLine": start, "startColumn": 1, "endLine": end, "endColumn": 1}
    }
    if new_lines:
        replacement["insertedContent"] = {"text": "".join(f"{text}\n" for text in new_lines)}
    return replacement
