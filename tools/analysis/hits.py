"""A sink reached during analysis, with the flows that reach it, and its taint status."""

from __future__ import annotations

from dataclasses import dataclass, field

from aise.evidence import TaintStatus
from aise.tools.analysis.values import CHECKED, LOOKS_SAFE, UNSURE, Label, Step

__all__ = ["FunctionSummary", "SinkHit", "TAINT_CLASSES"]

TAINT_CLASSES = frozenset(
    {"sqli", "cmdi", "codeinj", "pathtraver", "ssrf", "xss", "redirect", "xxe", "ldapi",
     "xpathi", "deserialization", "trustbound"}
)
"""Sink classes decided by data flow; the others (hash, weakrand, cookie, cipher) by the API used."""


@dataclass
class SinkHit:
    """One sink call as the interpreter saw it inside one function."""

    sink_class: str
    path: str
    line: int
    col: int
    end_line: int
    api: str
    function: str
    labels: frozenset[Label] = frozenset()
    """Every flow reaching the checked arguments, sanitised or not."""
    tainted: frozenset[Label] = frozenset()
    """Flows not sanitised for this sink class."""
    constant: bool = False
    weak: bool | None = None
    detail: tuple[tuple[str, str], ...] = ()
    via: tuple[Step, ...] = ()
    """Call sites through which a caller's data reached this sink (interprocedural hits)."""
    sanitisers: tuple[str, ...] = field(default=())
    site: object = None
    """The call (`CallSite`) when its arguments depend on parameters: callers re-check it with theirs."""

    @property
    def key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.col, self.sink_class, self.function)

    @property
    def source_flows(self) -> frozenset[Label]:
        return frozenset(lb for lb in self.tainted if not lb.is_param)

    @property
    def certainty(self) -> str:
        """`sure`; `unmodelled` (every flow crossed an unmodelled call); `looks_safe` (...whose name
        suggests a sanitiser); `checked` (every flow passed a condition the analysis could not read)."""
        flows = self.source_flows
        if flows and all(LOOKS_SAFE in lb.cleared for lb in flows):
            return "looks_safe"
        if flows and all(UNSURE in lb.cleared for lb in flows):
            return "unmodelled"
        if flows and all(CHECKED in lb.cleared for lb in flows):
            return "checked"
        return "sure"

    @property
    def status(self) -> TaintStatus:
        if self.sink_class not in TAINT_CLASSES:
            return TaintStatus.NOT_APPLICABLE
        if self.source_flows:
            return TaintStatus.CONFIRMED
        if self.tainted:
            return TaintStatus.UNKNOWN  # only a parameter reaches it; callers decide
        if self.labels:
            return TaintStatus.SANITISED
        if self.constant:
            return TaintStatus.CONSTANT
        return TaintStatus.NO_SOURCE


@dataclass
class FunctionSummary:
    """What a function does to its parameters: returned taint and parameter-to-sink hits."""

    qual: str
    ret: object
    """The returned abstract value (labels `param:i` stand for the caller's arguments)."""
    hits: list[SinkHit] = field(default_factory=list)
    calls: set[str] = field(default_factory=set)
    complete: bool = True
    fields: dict[str, object] = field(default_factory=dict)
    """`self.<name>` values at exit (for `__init__`: the new instance's fields; for a class body: its names)."""
    dead: list[tuple[int, int]] = field(default_factory=list)
    """Line ranges the interpreter proved unreachable (constant-false branches, code after return)."""
    ret_refine: dict[int, frozenset[str]] = field(default_factory=dict)
    """For validators: parameter index -> sink classes that a True result proves the argument safe for."""
