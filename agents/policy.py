"""The organisation's risk appetite: what agents may decide alone, each decision with its rule."""

from __future__ import annotations

import re
from functools import cache

from aise.config import PolicySettings
from aise.models import Finding, Severity
from aise.records import Assessment, FindingRecord, HumanAction, PolicyDecision, Reachability

__all__ = ["Policy", "glob_match"]


@cache
def _glob_regex(pattern: str) -> re.Pattern[str]:
    """`**` spans folders, `*` and `?` stay within one path segment."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out) + r"\Z")


def glob_match(path: str, pattern: str) -> bool:
    """Match a repository-relative POSIX path; a pattern without `/` also matches any basename."""
    path = path.removeprefix("./")
    if _glob_regex(pattern).match(path):
        return True
    return "/" not in pattern and bool(_glob_regex(pattern).match(path.rsplit("/", 1)[-1]))


def _rule_match(finding: Finding, pattern: str) -> bool:
    names = {finding.rule_id, *finding.rule_ids, *(r.split(":", 1)[-1] for r in finding.rule_ids)}
    return any(_glob_regex(pattern).match(name) for name in names)


def _decision(rule: str, outcome: str, reason: str) -> PolicyDecision:
    return PolicyDecision(rule=f"policy.{rule}", outcome=outcome, reason=reason)


class Policy:
    """Applies `PolicySettings`; every method returns the PolicyDecision that explains itself."""

    def __init__(self, settings: PolicySettings) -> None:
        self.settings = settings

    def ignored(self, finding: Finding) -> PolicyDecision | None:
        """The first ignore rule matching the finding's path and rule, if any."""
        for index, rule in enumerate(self.settings.ignore):
            if rule.path is not None and not glob_match(finding.path, rule.path):
                continue
            if rule.rule is not None and not _rule_match(finding, rule.rule):
                continue
            what = " and ".join(
                f"{k} {v!r}" for k, v in (("path", rule.path), ("rule", rule.rule)) if v is not None
            )
            return _decision(f"ignore[{index}]", "ignored", f"ignored by policy ({what}): {rule.reason}")
        return None

    def accept_risk(self, finding: Finding, assessment: Assessment) -> PolicyDecision | None:
        """A true positive unreachable from every entry point, below the configured severity."""
        limit = self.settings.accept_unreachable_below
        if assessment.reachability is not Reachability.NOT_EXPLOITABLE or assessment.entry_points:
            return None
        if finding.severity.at_least(limit):
            return None
        return _decision(
            "accept_unreachable_below",
            "accepted_risk",
            f"not exploitable from any entry point and severity {finding.severity} is below {limit}",
        )

    def fix_gate(self, record: FindingRecord) -> PolicyDecision:
        """May the fixer work on this finding without asking? outcome `fix` or `ask`."""
        finding = record.finding
        if record.decisions and record.decisions[-1].action is HumanAction.APPROVE_FIX:
            return _decision("human_approval", "fix", "a human approved fixing this finding")
        if finding.severity not in self.settings.auto_fix_severities:
            allowed = ", ".join(s.value for s in self.settings.auto_fix_severities) or "none"
            return _decision(
                "auto_fix_severities", "ask", f"severity {finding.severity} is not fixed automatically (allowed: {allowed})"
            )
        cwes = self.settings.auto_fix_cwes
        if cwes and not set(finding.cwe) & set(cwes):
            return _decision("auto_fix_cwes", "ask", f"CWE {list(finding.cwe) or '?'} is not in {cwes}")
        return _decision("auto_fix_severities", "fix", f"severity {finding.severity} is fixed automatically")

    def approval(self, record: FindingRecord, touched: tuple[str, ...], outside_function: bool) -> PolicyDecision | None:
        """A verified fix that still needs a human's approval, or None."""
        if record.decisions and record.decisions[-1].action is HumanAction.APPROVE_FIX:
            return None
        for path in (record.finding.path, *touched):
            for pattern in self.settings.approval_paths:
                if glob_match(path, pattern):
                    return _decision("approval_paths", "ask", f"the fix touches {path} (matches {pattern!r})")
        if outside_function and self.settings.approval_outside_function:
            return _decision("approval_outside_function", "ask", "the fix changes code outside the finding's function")
        return None

    def attempts_for(self, finding: Finding) -> int:
        """Fix attempts per finding; a critical one gets one more try."""
        extra = 1 if finding.severity is Severity.CRITICAL else 0
        return self.settings.max_attempts + extra
