"""Converting between aise records and Chroma rows (id, document, metadata), both ways."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from aise.memory._journal import JournalRow
from aise.memory.chunking import describe, language
from aise.memory.models import ChunkKind, CodeChunk, MatchKind, RecalledDecision, RecordedFix
from aise.models import Finding
from aise.records import FixAttempt, FixOutcome, HumanAction, HumanDecision, TriageVerdict, Verdict

__all__ = ["chunk_from", "decision_row", "fix_from", "fix_row", "recalled_from"]

_HUMAN_VERDICT = {
    HumanAction.FALSE_POSITIVE: Verdict.FALSE_POSITIVE,
    HumanAction.ACCEPT_RISK: Verdict.TRUE_POSITIVE,
    HumanAction.APPROVE_FIX: Verdict.TRUE_POSITIVE,
    HumanAction.REJECT: Verdict.UNCERTAIN,  # a rejected fix says "look again", not "safe"
}
_MAX_TEXT = 4000


def _content_id(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def _snippet(finding: Finding) -> str:
    return finding.location.snippet or finding.message


def chunk_from(chunk_id: str, document: str | None, meta: dict[str, Any]) -> CodeChunk:
    kind, text, path = ChunkKind(meta["kind"]), document or "", str(meta["path"])
    decorators, calls, docstring = describe(text, kind)
    return CodeChunk(
        id=chunk_id, path=path, symbol=meta.get("symbol"), kind=kind, start_line=int(meta["start_line"]),
        end_line=int(meta["end_line"]), text=text, lang=language(path), decorators=decorators, calls=calls,
        docstring=docstring, note=str(meta.get("note", "")),
    )


def decision_row(finding: Finding, decision: TriageVerdict | HumanDecision) -> JournalRow:
    """One decision as a journal row; its Chroma id keeps the latest decision per finding and brain."""
    payload = decision.model_dump_json()
    meta: dict[str, Any] = {"fingerprint": finding.fingerprint, "rule_id": finding.rule_id,
                            "path": finding.path, "payload": payload}
    if isinstance(decision, HumanDecision):
        at = decision.at.astimezone(UTC).isoformat()
        meta.update(human=True, brain="human", action=decision.action.value,
                    verdict=_HUMAN_VERDICT[decision.action].value, confidence=1.0,
                    comment=decision.comment[:_MAX_TEXT], who=decision.who)
    else:
        at = datetime.now(UTC).isoformat()
        meta.update(human=decision.brain.value == "human", brain=decision.brain.value,
                    verdict=decision.verdict.value, confidence=decision.confidence,
                    comment=decision.reason[:_MAX_TEXT])
    meta["at"] = at
    doc_id = f"{finding.fingerprint}:{meta['brain']}"
    return JournalRow("decisions", _content_id(doc_id, payload), doc_id, _snippet(finding), meta, at)


def recalled_from(document: str | None, meta: dict[str, Any], score: float, match: MatchKind) -> RecalledDecision:
    action = meta.get("action")
    return RecalledDecision(
        fingerprint=str(meta["fingerprint"]), rule_id=str(meta["rule_id"]), path=str(meta["path"]),
        verdict=Verdict(meta["verdict"]), human=bool(meta["human"]), score=round(score, 4), match=match,
        comment=str(meta.get("comment", "")), brain=str(meta["brain"]),
        action=HumanAction(action) if action else None, confidence=float(meta.get("confidence", 1.0)),
        snippet=document or "", at=datetime.fromisoformat(str(meta["at"])),
    )


def fix_row(finding: Finding, attempt: FixAttempt, worked: bool) -> JournalRow:
    payload = attempt.model_dump_json()
    doc_id = f"{finding.fingerprint}:{attempt.number}:{attempt.fixer}"
    at = attempt.at.astimezone(UTC).isoformat()
    meta: dict[str, Any] = {
        "fingerprint": finding.fingerprint, "rule_id": finding.rule_id, "path": finding.path,
        "fixer": attempt.fixer, "worked": worked, "outcome": attempt.outcome.value, "number": attempt.number,
        "summary": attempt.summary[:_MAX_TEXT], "reason": attempt.reason[:_MAX_TEXT], "at": at,
        "snippet_chars": len(_snippet(finding)),
    }
    # The document is what similarity search compares: the vulnerable code, then the patch.
    document = f"{_snippet(finding)}\n{attempt.diff}"
    return JournalRow("fixes", _content_id(doc_id, payload, str(worked)), doc_id, document, meta, at)


def fix_from(document: str | None, meta: dict[str, Any], score: float) -> RecordedFix:
    diff = (document or "")[int(meta.get("snippet_chars", 0)) + 1 :]
    return RecordedFix(
        fingerprint=str(meta["fingerprint"]), rule_id=str(meta["rule_id"]), path=str(meta["path"]),
        fixer=str(meta["fixer"]), worked=bool(meta["worked"]), outcome=FixOutcome(meta["outcome"]),
        summary=str(meta.get("summary", "")), diff=diff, reason=str(meta.get("reason", "")),
        number=int(meta.get("number", 1)), at=datetime.fromisoformat(str(meta["at"])), score=round(score, 4),
    )
