"""Read-side queries over the three collections; plain functions of the open collections."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from aise.memory._chroma import Collections
from aise.memory._records import chunk_from, fix_from, recalled_from
from aise.memory.embeddings import CodeEmbedder
from aise.memory.models import (
    ChunkKind,
    CodeChunk,
    CodeContext,
    CodeHit,
    MatchKind,
    RecalledDecision,
    RecordedFix,
)
from aise.models import Finding

if TYPE_CHECKING:
    from chromadb.api.models.Collection import Collection

__all__ = ["context_for", "fixes_for", "recall", "similar_code"]

_NEIGHBOURS = 50
"""Candidates fetched before ranking callers and callees."""
_LINKED = 10
"""Callers and callees returned at most (each)."""
_DEFINITIONS = (ChunkKind.FUNCTION, ChunkKind.METHOD, ChunkKind.CLASS)


def _query(collection: Collection, embedder: CodeEmbedder, text: str, k: int,
           where: dict[str, Any] | None) -> list[tuple[str, str | None, dict[str, Any], float]]:
    if k <= 0 or collection.count() == 0:
        return []
    got = collection.query(query_embeddings=embedder.embed([text]), n_results=k, where=where,
                           include=["documents", "metadatas", "distances"])
    ids, docs = got["ids"][0], (got["documents"] or [[]])[0]
    metas, dists = (got["metadatas"] or [[]])[0], (got["distances"] or [[]])[0]
    # Cosine distance is 1 - cosine similarity.
    return [(i, d, dict(m or {}), 1.0 - float(x)) for i, d, m, x in zip(ids, docs, metas, dists, strict=True)]


def _get(collection: Collection, where: dict[str, Any] | None = None, limit: int | None = None,
         where_document: dict[str, Any] | None = None) -> list[tuple[str, str | None, dict[str, Any]]]:
    got = collection.get(where=where, where_document=where_document, limit=limit,
                         include=["documents", "metadatas"])
    docs = got["documents"] or [None] * len(got["ids"])
    metas = got["metadatas"] or [{}] * len(got["ids"])
    return [(i, d, dict(m or {})) for i, d, m in zip(got["ids"], docs, metas, strict=True)]


def similar_code(handle: Collections, embedder: CodeEmbedder, text: str, k: int,
                 path: str | None = None) -> list[CodeHit]:
    rows = _query(handle.code, embedder, text, k, {"path": path} if path else None)
    return [CodeHit(chunk=chunk_from(i, d, m), score=round(s, 4)) for i, d, m, s in rows]


def _enclosing(handle: Collections, finding: Finding) -> CodeChunk | None:
    line = finding.location.start_line
    rows = _get(handle.code, where={"$and": [{"path": finding.path}, {"start_line": {"$lte": line}},
                                             {"end_line": {"$gte": line}}]})
    chunks = [chunk_from(i, d, m) for i, d, m in rows]
    if not chunks:
        return None
    # The innermost definition wins (a method over its class); windows only when nothing else.
    return min(chunks, key=lambda c: (c.kind not in _DEFINITIONS, c.kind is ChunkKind.CLASS,
                                      c.end_line - c.start_line))


def _rank_near(chunks: list[CodeChunk], path: str) -> list[CodeChunk]:
    return sorted(chunks, key=lambda c: (c.path != path, c.path, c.start_line))


def context_for(handle: Collections, embedder: CodeEmbedder, finding: Finding, k: int) -> CodeContext:
    enclosing = _enclosing(handle, finding)
    callees: list[CodeChunk] = []
    callers: list[CodeChunk] = []
    if enclosing is not None and enclosing.calls:
        rows = _get(handle.code, where={"name": {"$in": list(enclosing.calls)}}, limit=_NEIGHBOURS)
        callees = [c for c in (chunk_from(*r) for r in rows) if c.id != enclosing.id]
    if enclosing is not None and enclosing.name:
        name = enclosing.name
        rows = _get(handle.code, where_document={"$contains": f"{name}("}, limit=_NEIGHBOURS)
        # The text search also finds `other_name(`; the calls list says who really calls `name`.
        callers = [c for c in (chunk_from(*r) for r in rows) if c.id != enclosing.id and name in c.calls]
    probe = enclosing.text if enclosing is not None else finding.location.snippet or finding.message
    similar = [h for h in similar_code(handle, embedder, probe, k + 1)
               if enclosing is None or h.chunk.id != enclosing.id][:k]
    return CodeContext(fingerprint=finding.fingerprint, enclosing=enclosing,
                       callers=tuple(_rank_near(callers, finding.path)[:_LINKED]),
                       callees=tuple(_rank_near(callees, finding.path)[:_LINKED]), similar=tuple(similar))


def recall(handle: Collections, embedder: CodeEmbedder, finding: Finding, k: int,
           min_score: float) -> list[RecalledDecision]:
    same = [recalled_from(d, m, 1.0, MatchKind.SAME_FINDING)
            for _i, d, m in _get(handle.decisions, where={"fingerprint": finding.fingerprint})]
    probe = finding.location.snippet or finding.message
    similar = [recalled_from(d, m, s, MatchKind.SIMILAR)
               for _i, d, m, s in _query(handle.decisions, embedder, probe, 3 * k + len(same),
                                         {"rule_id": finding.rule_id})
               if m.get("fingerprint") != finding.fingerprint and s >= min_score]
    ranked = sorted(same + similar, key=lambda r: (r.match is not MatchKind.SAME_FINDING, not r.human,
                                                   -r.score, -r.at.timestamp()))
    return ranked[:k]


def fixes_for(handle: Collections, embedder: CodeEmbedder, rule_id: str, k: int,
              like: str | None) -> list[RecordedFix]:
    where = {"rule_id": rule_id}
    if like:
        found = [fix_from(d, m, s) for _i, d, m, s in _query(handle.fixes, embedder, like, 3 * k, where)]
    else:
        found = [fix_from(d, m, 1.0) for _i, d, m in _get(handle.fixes, where=where)]
    found.sort(key=lambda f: (not f.worked, -f.score, -f.at.timestamp()))
    return found[:k]
