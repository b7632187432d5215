"""aise-flow: aise's own Python taint analysis, run as a scanner.

It reports each confirmed flow from attacker-controlled input (request data, view
parameters, argv, stdin) into a sink (SQL, shell, eval, pickle, file paths, URLs,
redirects, HTML responses, XML parsers, LDAP and XPath queries, session state), with the
code flow from source to sink, and weak hash, cipher, random and cookie use in a security
context. Interprocedural: helpers in the repository's other modules are summarised. Offline
and deterministic; no external tool is needed.
"""

from __future__ import annotations

import ast
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from aise.evidence import ContextFlag, TaintStatus
from aise.models import Confidence, FlowStep, Location, RawResult, Severity
from aise.tools.analysis.categories import CATEGORY_CWE
from aise.tools.analysis.context import usage_flags
from aise.tools.analysis.hits import TAINT_CLASSES, SinkHit
from aise.tools.analysis.index import load_project
from aise.tools.analysis.project import Project
from aise.tools.scanners.base import ScannerId

__all__ = ["AiseFlowScanner", "flow_results"]

_CWE = {**CATEGORY_CWE, "cipher": 327, "hash": 328}
_SEVERITY = {
    "cmdi": Severity.CRITICAL,
    "codeinj": Severity.CRITICAL,
    "deserialization": Severity.HIGH,
    "sqli": Severity.HIGH,
    "xxe": Severity.HIGH,
    "pathtraver": Severity.HIGH,
    "ssrf": Severity.HIGH,
    "ldapi": Severity.HIGH,
    "xpathi": Severity.MEDIUM,
    "xss": Severity.MEDIUM,
    "redirect": Severity.MEDIUM,
    "trustbound": Severity.MEDIUM,
    "hash": Severity.MEDIUM,
    "cipher": Severity.MEDIUM,
    "weakrand": Severity.MEDIUM,
    "securecookie": Severity.LOW,
}
_TITLES = {
    "cmdi": "OS command injection",
    "codeinj": "code injection",
    "deserialization": "unsafe deserialisation",
    "sqli": "SQL injection",
    "xxe": "XML external entities",
    "pathtraver": "path traversal",
    "ssrf": "server-side request forgery",
    "ldapi": "LDAP injection",
    "xpathi": "XPath injection",
    "xss": "cross-site scripting",
    "redirect": "open redirect",
    "trustbound": "trust boundary violation",
    "hash": "weak hash",
    "cipher": "weak cipher",
    "weakrand": "weak random",
    "securecookie": "cookie without Secure flag",
}


class AiseFlowScanner:
    id: ClassVar[str] = ScannerId.AISE_FLOW
    description: ClassVar[str] = "aise-flow: interprocedural Python taint analysis (offline)"

    def available(self) -> bool:
        return True

    def scan(self, repo: Path, paths: Sequence[Path] | None, *, timeout: float) -> list[RawResult]:
        project = load_project(repo)
        wanted = (
            {Path(p).as_posix().removeprefix("./") for p in paths} if paths is not None else None
        )
        return flow_results(project, wanted)


def _function_text(project: Project, hit: SinkHit) -> str:
    unit = project.units.get(hit.function)
    info = project.by_path.get(unit.path) if unit is not None else None
    if unit is None or info is None or isinstance(unit.node, ast.Module):
        return ""
    return ast.get_source_segment(info.source, unit.node) or ""


def _reportable(project: Project, hit: SinkHit) -> bool:
    if hit.sink_class in TAINT_CLASSES:
        if hit.status is not TaintStatus.CONFIRMED:
            return False
        return hit.sink_class != "xxe" or hit.weak is True
    if hit.weak is not True:
        return False
    if hit.sink_class in ("hash", "cipher", "weakrand"):
        if dict(hit.detail).get("usedforsecurity") == "false":
            return False
        info = project.by_path.get(hit.path)
        line = (
            info.source.splitlines()[hit.line - 1]
            if info and hit.line <= len(info.source.splitlines())
            else ""
        )
        return ContextFlag.NOT_SECURITY_USE not in usage_flags(line, _function_text(project, hit))
    return True


def _flow(hit: SinkHit) -> tuple[FlowStep, ...]:
    flows = sorted(hit.source_flows, key=lambda lb: len(lb.trail))
    steps = [
        FlowStep(
            location=Location(path=s.path, start_line=s.line, end_line=s.line), message=s.message
        )
        for s in (flows[0].trail if flows else ())
    ]
    if not steps or steps[-1].location.start_line != hit.line:
        steps.append(
            FlowStep(
                location=Location(path=hit.path, start_line=hit.line, end_line=hit.end_line),
                message=f"sink: {hit.api}",
            )
        )
    return tuple(steps)


def flow_results(project: Project, paths: set[str] | None = None) -> list[RawResult]:
    """One RawResult per reportable sink (path, line, class) in `paths` (all when None)."""
    best: dict[tuple[str, int, str], SinkHit] = {}
    for path, hits in project.hits.items():
        if paths is not None and path not in paths:
            continue
        for hit in hits:
            if not _reportable(project, hit):
                continue
            key = (hit.path, hit.line, hit.sink_class)
            if key not in best or len(hit.via) < len(best[key].via):
                best[key] = hit
    out: list[RawResult] = _secret_results(project, paths)
    for (_path, _line, klass), hit in sorted(best.items()):
        taint = klass in TAINT_CLASSES
        detail = ", ".join(f"{k}={v}" for k, v in hit.detail)
        message = (
            f"{_TITLES.get(klass, klass)}: attacker-controlled data reaches {hit.api}"
            if taint
            else f"{_TITLES.get(klass, klass)}: {hit.api}" + (f" ({detail})" if detail else "")
        )
        out.append(
            RawResult(
                scanner=ScannerId.AISE_FLOW,
                rule_id=f"{klass}-{'taint' if taint else 'misuse'}",
                rule_name=_TITLES.get(klass, klass),
                message=message,
                path=hit.path,
                start_line=hit.line,
                end_line=hit.end_line,
                start_col=hit.col + 1,
                severity=_SEVERITY.get(klass, Severity.MEDIUM),
                confidence=Confidence.HIGH,
                cwe=(_CWE[klass],) if klass in _CWE else (),
                code_flow=_flow(hit) if taint else (),
            )
        )
    return out


def _secret_results(project: Project, paths: set[str] | None) -> list[RawResult]:
    out: list[RawResult] = []
    for path, info in sorted(project.by_path.items()):
        if info.tree is None or (paths is not None and path not in paths):
            continue
        for secret in project.secrets_in(path):
            out.append(
                RawResult(
                    scanner=ScannerId.AISE_FLOW,
                    rule_id="secrets-literal",
                    rule_name="hard-coded credential",
                    message=f"hard-coded credential in `{secret.name}`",
                    path=path,
                    start_line=secret.line,
                    end_line=secret.end_line,
                    severity=Severity.HIGH,
                    confidence=Confidence.MEDIUM,
                    cwe=(798,),
                )
            )
    return out
