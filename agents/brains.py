"""Brains decide from evidence: heuristic (offline rules), LLM (any model), auto (rules first)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from pydantic import BaseModel, ConfigDict, Field

from aise.agents.deps import Recalled
from aise.agents.heuristics import heuristic_assess, heuristic_triage
from aise.agents.prompting import render_prompt
from aise.errors import ModelOutputError
from aise.evidence import Evidence
from aise.llm import LLMClient
from aise.models import Finding
from aise.records import Assessment, Reachability, TriageVerdict, Verdict
from aise.records import Brain as BrainKind

__all__ = [
    "AssessAnswer",
    "AutoBrain",
    "Brain",
    "HeuristicBrain",
    "LLMBrain",
    "SIMILAR_HUMAN",
    "TriageAnswer",
]


SIMILAR_HUMAN = 0.85
"""Similarity above which a human's decision on other code under the same rule settles an
uncertain rule verdict (the built-in embedder scores a renamed copy of a query about 0.86)."""


class Brain(Protocol):
    """Decides one finding from its evidence; every brain shares the same typed outputs."""

    def triage(self, finding: Finding, evidence: Evidence, recalled: Sequence[Recalled]) -> TriageVerdict: ...

    def assess(self, finding: Finding, evidence: Evidence) -> Assessment: ...


class HeuristicBrain:
    """Deterministic, offline rules over the evidence."""

    def triage(self, finding: Finding, evidence: Evidence, recalled: Sequence[Recalled]) -> TriageVerdict:
        verdict = heuristic_triage(evidence, finding)
        similar = [r for r in recalled if r.human and r.rule_id == finding.rule_id and r.score >= SIMILAR_HUMAN]
        if verdict.verdict is Verdict.UNCERTAIN and similar and not evidence.taint_path_confirmed:
            # A human already judged near-identical code under the same rule: follow them.
            best = max(similar, key=lambda r: r.score)
            return verdict.model_copy(update={
                "verdict": best.verdict, "confidence": 0.7, "rule": "recalled_human_decision",
                "reason": f"a human judged similar code {best.verdict} ({best.comment or 'no comment'})",
                "evidence": (*verdict.evidence, f"recalled:{best.fingerprint[:12]}"),
            })
        return verdict

    def assess(self, finding: Finding, evidence: Evidence) -> Assessment:
        return heuristic_assess(evidence, finding)


class TriageAnswer(BaseModel):
    """What the model must return for triage (extra keys a model adds are ignored)."""

    model_config = ConfigDict(extra="ignore")
    verdict: Verdict
    confidence: float = Field(ge=0.0, le=1.0)
    reason: str
    evidence: list[str] = []


class AssessAnswer(BaseModel):
    """What the model must return for exploitability (extra keys a model adds are ignored)."""

    model_config = ConfigDict(extra="ignore")
    reachability: Reachability
    entry_points: list[str] = []
    impact: str = ""
    risk: float = Field(ge=0.0, le=10.0)
    reason: str


class LLMBrain:
    """Renders evidence and memory into a prompt file, asks for JSON; falls back on bad output."""

    def __init__(self, client: LLMClient, fallback: HeuristicBrain | None = None) -> None:
        self.client = client
        self.fallback = fallback or HeuristicBrain()

    def triage(self, finding: Finding, evidence: Evidence, recalled: Sequence[Recalled]) -> TriageVerdict:
        variables = {"finding": finding, "evidence": evidence, "recalled": list(recalled)}
        try:
            prompt = render_prompt("triage", variables, TriageAnswer)
            answer = self.client.complete_prompt("triage", prompt, TriageAnswer)
        except ModelOutputError as exc:
            return _fell_back(self.fallback.triage(finding, evidence, recalled), exc)
        return TriageVerdict(
            verdict=answer.verdict, confidence=answer.confidence, reason=answer.reason,
            evidence=tuple(answer.evidence), brain=BrainKind.LLM, rule=self.client.model_for("triage"),
        )

    def assess(self, finding: Finding, evidence: Evidence) -> Assessment:
        variables = {"finding": finding, "evidence": evidence, "recalled": []}
        try:
            prompt = render_prompt("exploitability", variables, AssessAnswer)
            answer = self.client.complete_prompt("exploitability", prompt, AssessAnswer)
        except ModelOutputError as exc:
            return _fell_back(self.fallback.assess(finding, evidence), exc)
        return Assessment(
            reachability=answer.reachability, entry_points=tuple(answer.entry_points), impact=answer.impact,
            risk=answer.risk, reason=answer.reason, brain=BrainKind.LLM,
        )


def _fell_back[T: (TriageVerdict, Assessment)](decided: T, exc: ModelOutputError) -> T:
    return decided.model_copy(update={"reason": f"{decided.reason} (model output unusable, rules decided: {exc})"})


class AutoBrain:
    """The rules settle what they are confident about; the model is asked about the rest."""

    def __init__(self, heuristic: HeuristicBrain, llm: LLMBrain, threshold: float = 0.85) -> None:
        self.heuristic, self.llm, self.threshold = heuristic, llm, threshold

    def triage(self, finding: Finding, evidence: Evidence, recalled: Sequence[Recalled]) -> TriageVerdict:
        verdict = self.heuristic.triage(finding, evidence, recalled)
        if verdict.confidence >= self.threshold and verdict.verdict is not Verdict.UNCERTAIN:
            return verdict
        return self.llm.triage(finding, evidence, recalled)

    def assess(self, finding: Finding, evidence: Evidence) -> Assessment:
        assessment = self.heuristic.assess(finding, evidence)
        if assessment.reachability is not Reachability.UNKNOWN:
            return assessment
        return self.llm.assess(finding, evidence)
