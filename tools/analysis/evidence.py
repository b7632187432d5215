"""`gather_evidence`: map a finding from any scanner onto the analysis at its line."""

from __future__ import annotations

import ast
import re

from aise.evidence import ContextFlag, Evidence, SinkClass, TaintStatus
from aise.models import Finding, FlowStep, Location
from aise.tools.analysis.callgraph import entry_points_reaching
from aise.tools.analysis.categories import sink_class_of
from aise.tools.analysis.context import is_placeholder_secret, path_flags, usage_flags
from aise.tools.analysis.hits import TAINT_CLASSES, SinkHit
from aise.tools.analysis.project import Project

__all__ = ["gather_evidence", "select_hits"]

_RANK = {TaintStatus.CONFIRMED: 0, TaintStatus.UNKNOWN: 1, TaintStatus.SANITISED: 2,
         TaintStatus.NO_SOURCE: 3, TaintStatus.CONSTANT: 4}
_MAX_FUNCTION_CHARS = 6000
_STRING = re.compile(r"""(['"])(.*?)\1""")


def _compatible(hit: SinkHit, klass: SinkClass) -> bool:
    if klass in (SinkClass.HASH, SinkClass.CIPHER):
        return hit.sink_class in ("hash", "cipher")
    return hit.sink_class == klass.value


def _enclosing(project: Project, path: str, line: int) -> ast.AST | None:
    info = project.by_path.get(path)
    best: ast.AST | None = None
    if info is None:
        return None
    for unit in project.units_in(path):
        node = unit.node
        if unit.path != path or isinstance(node, ast.Module):
            continue
        start, end = getattr(node, "lineno", 0), getattr(node, "end_lineno", 0)
        if start <= line <= end and (best is None or start >= getattr(best, "lineno", 0)):
            best = node
    return best


def select_hits(project: Project, finding: Finding, klass: SinkClass) -> list[SinkHit]:
    """Hits of the finding's class on its lines; else in its function; else in its file."""
    hits = [h for h in project.hits_in(finding.path) if _compatible(h, klass)]
    loc = finding.location
    exact = [h for h in hits if loc.start_line <= h.line <= loc.end_line or h.line <= loc.start_line <= h.end_line]
    if exact:
        return exact
    node = _enclosing(project, finding.path, loc.start_line)
    if node is not None:
        start, end = node.lineno, getattr(node, "end_lineno", node.lineno)  # type: ignore[attr-defined]
        return [h for h in hits if start <= h.line <= end]
    return hits


def _status(hits: list[SinkHit]) -> TaintStatus:
    if not hits:
        return TaintStatus.UNKNOWN
    return min((h.status for h in _decided(hits)), key=lambda s: _RANK.get(s, 9))


def _decided(hits: list[SinkHit]) -> list[SinkHit]:
    """A sink fed by a parameter is decided by its callers' flows, when the repository has callers."""
    callers = {(h.path, h.line) for h in hits if h.via}
    return [h for h in hits if h.via or h.status is not TaintStatus.UNKNOWN or (h.path, h.line) not in callers]


def _path_of(hit: SinkHit) -> tuple[FlowStep, ...]:
    flows = sorted(hit.source_flows or hit.tainted, key=lambda lb: len(lb.trail))
    if not flows:
        return ()
    steps = [FlowStep(location=Location(path=s.path, start_line=s.line, end_line=s.line), message=s.message)
             for s in flows[0].trail]
    sink = FlowStep(location=Location(path=hit.path, start_line=hit.line, end_line=hit.end_line),
                    message=f"sink: {hit.api} ({hit.sink_class})")
    if not steps or steps[-1].location.start_line != hit.line or steps[-1].location.path != hit.path:
        steps.append(sink)
    return tuple(steps)


def _facts(hits: list[SinkHit]) -> tuple[tuple[str, str], ...]:
    weak = [h.weak for h in hits if h.weak is not None]
    facts: dict[str, str] = {}
    if weak:
        facts["weak"] = "true" if any(weak) else "false"
    unknown = any(h.weak is None and h.sink_class not in TAINT_CLASSES for h in hits)
    if unknown:
        facts["weak"] = facts.get("weak", "unknown") if any(weak) else "unknown"
    for hit in hits:
        for key, value in hit.detail:
            facts.setdefault(key, value)
        facts.setdefault("api", hit.api)
    return tuple(sorted(facts.items()))


def gather_evidence(project: Project, finding: Finding) -> Evidence:
    """Everything the analysis knows about one finding; never raises on odd input."""
    klass = sink_class_of(finding)
    flags = set(path_flags(finding.path))
    base = {"fingerprint": finding.fingerprint, "sink_class": klass, "snippet": finding.location.snippet}
    info = project.by_path.get(finding.path)
    if ContextFlag.NON_PYTHON in flags or info is None:
        if klass is SinkClass.SECRETS and _placeholder(finding.location.snippet):
            flags.add(ContextFlag.PLACEHOLDER_SECRET)
        return Evidence(**base, taint=TaintStatus.UNKNOWN, flags=frozenset(flags))
    if info.tree is None:
        flags.add(ContextFlag.UNPARSABLE)
        return Evidence(**base, taint=TaintStatus.UNKNOWN, flags=frozenset(flags))
    hits = select_hits(project, finding, klass)
    node = _enclosing(project, finding.path, finding.location.start_line)
    function_text = (ast.get_source_segment(info.source, node) or "") if node is not None else ""
    if klass.value in TAINT_CLASSES:
        taint = _status(hits)
        taint, note = _line_judgement(project, finding, klass.value, hits, taint, info.source)
        if note:
            flags.add(note)
    elif klass is SinkClass.SECRETS:
        taint = TaintStatus.NOT_APPLICABLE
        real = [s for s in project.secrets_in(finding.path)
                if s.line <= finding.location.end_line and finding.location.start_line <= s.end_line]
        if not real:
            flags.add(ContextFlag.PLACEHOLDER_SECRET)
    else:
        taint = TaintStatus.NOT_APPLICABLE
    if klass in (SinkClass.HASH, SinkClass.CIPHER, SinkClass.WEAKRAND):
        flags |= usage_flags(finding.location.snippet, function_text)
    if _dead(project, finding, hits):
        flags.add(ContextFlag.UNREACHABLE)
    facts = _facts(hits)
    if dict(facts).get("weak") == "false":
        flags.add(ContextFlag.SAFE_API)
    if dict(facts).get("usedforsecurity") == "false":
        flags.add(ContextFlag.NOT_SECURITY_USE)
    if hits and all(h.constant for h in hits) and klass.value in TAINT_CLASSES:
        flags.add(ContextFlag.CONSTANT_ARGS)
    best = min(_decided(hits), key=lambda h: _RANK.get(h.status, 9)) if hits else None
    if best is not None and best.status is TaintStatus.CONFIRMED:
        kinds = sorted({lb.origin[4:] for lb in best.source_flows})
        facts = tuple(sorted(dict(facts, certainty=best.certainty, sources=",".join(kinds)).items()))
    entries = tuple(entry_points_reaching(project, best.function)) if best is not None else ()
    chain = tuple(f"{s.path}:{s.line} {s.message}" for s in best.via) if best is not None else ()
    sanitisers = tuple(sorted({h.api for h in hits if h.status is TaintStatus.SANITISED}))
    notes = tuple(f"{h.api} at line {h.line}: {h.status.value}" for h in hits[:6])
    return Evidence(
        **base, taint=taint, taint_path=_path_of(best) if best is not None else (),
        sanitisers=sanitisers, entry_points=entries, call_chain=chain, flags=frozenset(flags),
        enclosing_function=function_text[:_MAX_FUNCTION_CHARS], notes=notes, facts=facts,
    )


def _line_judgement(project: Project, finding: Finding, klass: str, hits: list[SinkHit], taint: TaintStatus,
                    source: str) -> tuple[TaintStatus, ContextFlag | None]:
    """When no modelled sink of the class is on the finding's lines, judge the line itself.

    An import is not a flaw: only a dangerous use of the module in the file is. On a call the
    sink tables do not know, what matters is whether attacker data reaches its arguments.
    """
    loc = finding.location
    if any(loc.start_line <= h.line <= loc.end_line for h in hits):
        return taint, None
    lines = source.splitlines()
    text = lines[loc.start_line - 1].strip() if 0 < loc.start_line <= len(lines) else ""
    if text.startswith(("import ", "from ")):
        file_hits = [h for h in project.hits_in(finding.path) if h.sink_class == klass]
        return (_status(file_hits) if file_hits else TaintStatus.NO_SOURCE), ContextFlag.IMPORT_ONLY
    flows: frozenset = frozenset()
    calls = project.call_flows.get(finding.path, {})
    seen_call = False
    for number in range(loc.start_line, loc.end_line + 1):
        if number in calls:
            seen_call = True
            flows |= calls[number]
    if any(klass not in lb.cleared for lb in flows):
        # Attacker data (or a caller's) reaches a call here that the sink tables do not know.
        return (taint if taint is TaintStatus.CONFIRMED else TaintStatus.UNKNOWN), None
    if hits:
        return taint, None
    if seen_call and flows:
        return TaintStatus.SANITISED, ContextFlag.UNMODELLED_SINK
    if _has_call(source, loc.start_line, loc.end_line):
        return TaintStatus.NO_SOURCE, ContextFlag.UNMODELLED_SINK
    return taint, None


def _has_call(source: str, start: int, end: int) -> bool:
    lines = source.splitlines()[start - 1:end]
    return any("(" in line for line in lines)


def _dead(project: Project, finding: Finding, hits: list[SinkHit]) -> bool:
    """The finding's line lies in code the interpreter proved unreachable, and no live sink is there."""
    loc = finding.location
    spans = project.dead.get(finding.path, ())
    if not any(start <= loc.start_line <= end for start, end in spans):
        return False
    return not any(loc.start_line <= h.line <= loc.end_line for h in hits)


def _placeholder(snippet: str) -> bool:
    values = [m.group(2) for m in _STRING.finditer(snippet)]
    return bool(values) and all(is_placeholder_secret(v) for v in values)
