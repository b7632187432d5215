"""RepoMemory: a repository's code, decisions and fixes in Chroma, shared by every agent."""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Self

from aise.config import LLMSettings, MemorySettings
from aise.memory import _queries
from aise.memory._chroma import CODE, DECISIONS, FIXES, Collections, default_namespace, drop, forget
from aise.memory._files import Listing, ensure_excluded, list_files
from aise.memory._indexer import IndexJob, Progress, run_index
from aise.memory._journal import Journal
from aise.memory._lock import WriterLock
from aise.memory._manifest import Manifest
from aise.memory._opener import Opener
from aise.memory._records import decision_row, fix_row
from aise.memory.chunking import ChunkOptions
from aise.memory.embeddings import CodeEmbedder, HashingEmbedder, embedder_label, make_embedder
from aise.memory.models import (
    CodeContext,
    CodeHit,
    IndexStats,
    MemoryStats,
    RecalledDecision,
    RecordedFix,
)
from aise.models import Finding
from aise.records import FixAttempt, FixOutcome, HumanDecision, TriageVerdict

__all__ = ["RepoMemory"]

_WORKED = (FixOutcome.VERIFIED, FixOutcome.ANNOTATED)


def _under(repo: Path, path: str) -> Path:
    p = Path(path).expanduser()
    return p if p.is_absolute() else repo / p


class RepoMemory:
    """The memory of one repository. Writes take a per-folder lock and are idempotent upserts
    (a LangGraph node that re-runs writes the same ids); reads never lock."""

    def __init__(self, repo: Path, settings: MemorySettings | None = None, *, llm: LLMSettings | None = None,
                 embedder: CodeEmbedder | None = None) -> None:
        self.repo = repo.resolve()
        self.settings = settings or MemorySettings()
        self.folder = _under(self.repo, self.settings.path)
        self._llm = llm
        self._embedder = embedder
        self._journal = Journal(_under(self.repo, self.settings.decisions_path))
        self._lock = WriterLock(self.folder.with_name(self.folder.name + ".lock"), self.settings.lock_timeout)
        self._opener: Opener | None = None
        self._excluded = False

    # -- lifecycle -------------------------------------------------------------------------------

    @property
    def embedder(self) -> CodeEmbedder:
        if self._embedder is None:
            self._embedder = make_embedder(self.settings, self._llm)
        return self._embedder

    @property
    def _open(self) -> Opener:
        if self._opener is None:
            url = self.settings.url
            namespace = (self.settings.namespace or default_namespace(self.repo)) if url else ""
            manifest = (self.folder / "aise-manifest.json" if url is None
                        else self.folder.with_name(f"{self.folder.name}-{namespace}.manifest.json"))
            self._opener = Opener(self.settings, self.folder, manifest, namespace, self._journal, self._lock,
                                  self.embedder)
        return self._opener

    def _read(self) -> Collections | None:
        return self._open.open(write=False)

    def _write(self) -> Collections:
        if not self._excluded:  # before anything is created: `.aise/` must never show in `git status`
            ensure_excluded(self.repo, self._own_paths())
            self._excluded = True
        handle = self._open.open(write=True)
        if handle is None:  # open(write=True) always creates
            raise RuntimeError("memory could not be created")
        return handle

    @property
    def warnings(self) -> tuple[str, ...]:
        """Recoveries so far: a corrupt store moved aside and rebuilt, an embedder change."""
        return tuple(self._opener.warnings) if self._opener else ()

    def close(self) -> None:
        if self._opener is not None:
            self._opener.reset()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _own_paths(self) -> list[tuple[Path, bool]]:
        """(top-level path inside the repository, is a folder) holding aise state: never indexed,
        and kept out of `git status`. Normally just `.aise/`."""
        out = set()
        for path, is_dir in ((self.folder, True), (self._journal.path, False), (self._lock.path, False)):
            try:
                rel = path.resolve().relative_to(self.repo)
            except ValueError:
                continue  # outside the repository
            if rel.parts:
                out.add((self.repo / rel.parts[0], is_dir or len(rel.parts) > 1))
        return sorted(out)

    # -- indexing --------------------------------------------------------------------------------

    def index(self, progress: Progress | None = None) -> IndexStats:
        """Bring the code collection up to date; only new and changed files are embedded."""
        started = time.perf_counter()
        with self._lock.hold():
            own = tuple(p.relative_to(self.repo).as_posix() for p, _ in self._own_paths())
            handle = self._write()
            opener = self._open
            manifest = opener.manifest()
            manifest.collection_id = str(handle.code.id)
            listing = list_files(self.repo, exclude=own)
            options = ChunkOptions(self.settings.window_lines, self.settings.window_overlap,
                                   self.settings.max_file_bytes)
            job = IndexJob(self.repo, handle.code, self.embedder.embed, options, opener.manifest_path,
                           handle.client.get_max_batch_size(),
                           self.embedder.dimensions if isinstance(self.embedder, HashingEmbedder) else None)
            stats = run_index(job, listing, manifest, progress)
            if handle.code.count() != manifest.chunk_count:
                stats = self._reconcile(job, manifest, stats, listing, progress)
        return stats.model_copy(update={"seconds": time.perf_counter() - started, "warnings": self.warnings,
                                        "rebuilt": opener.rebuilt})

    @staticmethod
    def _reconcile(job: IndexJob, manifest: Manifest, stats: IndexStats, listing: Listing,
                   progress: Progress | None) -> IndexStats:
        """Chroma and the manifest disagree (an interrupted run, a shared server): make Chroma match."""
        expected = {i for path in manifest.files for i in manifest.ids_of(path)}
        present = set(job.code.get(include=[])["ids"])
        extra = sorted(present - expected)
        for start in range(0, len(extra), job.max_batch):
            job.code.delete(ids=extra[start : start + job.max_batch])
        missing = {i.rsplit("@", 1)[0] for i in expected - present}
        for path in missing:
            manifest.files.pop(path, None)
        if not missing:
            return stats.model_copy(update={"chunks_removed": stats.chunks_removed + len(extra)})
        again = run_index(job, listing, manifest, progress)
        return again.model_copy(update={"chunks_removed": again.chunks_removed + len(extra) + stats.chunks_removed,
                                        "chunks_added": again.chunks_added + stats.chunks_added})

    def rebuild(self, progress: Progress | None = None) -> IndexStats:
        """Drop every vector and index from scratch; decisions and fixes come back from the journal."""
        with self._lock.hold():
            opener = self._open
            opener.reset()
            if self.settings.url is None:
                forget(self.folder)
                if self.folder.exists():
                    shutil.rmtree(self.folder)
            else:
                drop(self.folder, self.settings.url, opener.namespace, (CODE, DECISIONS, FIXES))
                opener.manifest_path.unlink(missing_ok=True)
            stats = self.index(progress)
        return stats.model_copy(update={"rebuilt": True})

    # -- queries ---------------------------------------------------------------------------------

    def similar_code(self, text: str, k: int = 5, *, path: str | None = None) -> list[CodeHit]:
        """The k chunks most like `text` (code or words), optionally within one file."""
        handle = self._read()
        return _queries.similar_code(handle, self.embedder, text, k, path) if handle else []

    def context_for(self, finding: Finding, k: int = 3) -> CodeContext:
        """The function around a finding, its callers and callees by name (up to 10 each), and the
        k most similar chunks elsewhere."""
        handle = self._read()
        if handle is None:
            return CodeContext(fingerprint=finding.fingerprint)
        return _queries.context_for(handle, self.embedder, finding, k)

    def recall_decisions(self, finding: Finding, k: int = 3, *, min_score: float = 0.5) -> list[RecalledDecision]:
        """Past decisions: the same fingerprint first, then similar snippets under the same rule;
        within each, human decisions first."""
        handle = self._read()
        return _queries.recall(handle, self.embedder, finding, k, min_score) if handle else []

    def recall(self, finding: Finding, k: int = 5) -> list[RecalledDecision]:
        """`recall_decisions` under the name the agents' MemoryPort uses."""
        return self.recall_decisions(finding, k)

    def fixes_for(self, rule_id: str, k: int = 5, *, like: str | None = None) -> list[RecordedFix]:
        """Fixes recorded for a rule, those that worked first; ranked by similarity to `like` if given."""
        handle = self._read()
        return _queries.fixes_for(handle, self.embedder, rule_id, k, like) if handle else []

    # -- writes ----------------------------------------------------------------------------------

    def record_decision(self, finding: Finding, decision: TriageVerdict | HumanDecision) -> None:
        """Remember a verdict or a human decision (the journal first, so a rebuild keeps it)."""
        self._record(decision_row(finding, decision), DECISIONS)

    def record_fix(self, finding: Finding, attempt: FixAttempt, worked: bool | None = None) -> None:
        """Remember a fix attempt; `worked` defaults to a verified (or annotated) outcome."""
        ok = attempt.outcome in _WORKED if worked is None else worked
        self._record(fix_row(finding, attempt, ok), FIXES)

    def _record(self, row, collection: str) -> None:
        with self._lock.hold():
            self._journal.add(row)
            handle = self._write()
            target = handle.decisions if collection == DECISIONS else handle.fixes
            target.upsert(ids=[row.doc_id], documents=[row.document], metadatas=[row.metadata],
                          embeddings=self.embedder.embed([row.document]))

    # -- statistics ------------------------------------------------------------------------------

    def stats(self) -> MemoryStats:
        handle = self._read()
        opener = self._open
        manifest = opener.manifest() if handle else None
        skipped: dict[str, int] = {}
        for entry in (manifest.files.values() if manifest else ()):
            if entry.skip:
                skipped[entry.skip] = skipped.get(entry.skip, 0) + 1
        config = self.embedder.get_config()
        return MemoryStats(
            location=opener.location, embedder=embedder_label(self.embedder),
            dimensions=config.get("dimensions"), files=len(manifest.files) if manifest else 0,
            chunks=handle.code.count() if handle else 0, decisions=handle.decisions.count() if handle else 0,
            fixes=handle.fixes.count() if handle else 0, skipped=skipped,
            indexed_at=manifest.indexed_at if manifest and manifest.indexed_at else None,
            warnings=self.warnings,
        )
