"""Incremental indexing: embed only new and changed files (by git blob sha), drop deleted ones."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from aise.memory._files import Listing
from aise.memory._indexer_core import Embed, Prepared, Work, prepare
from aise.memory._manifest import FileEntry, Manifest
from aise.memory._worker import WorkerGone, prepare_in_worker
from aise.memory.chunking import ChunkOptions, path_skip_reason
from aise.memory.models import IndexStats, SkippedFile, SkipReason

if TYPE_CHECKING:
    from chromadb.api.models.Collection import Collection

__all__ = ["IndexJob", "Plan", "Progress", "plan", "run_index", "write"]

Progress = Callable[[int, int], None]
"""Called as `progress(files_done, files_to_embed)` after each batch."""

BATCH_CHUNKS = 4096
"""Chunks embedded and written per Chroma call (Chroma's own limit is about 5,400)."""
_SAVE_EVERY = 15.0
"""Seconds between manifest saves during a long first index (an interrupted run resumes there)."""


@dataclass(slots=True)
class Plan:
    work: Work
    removed: list[str]
    unchanged: int
    marked: int
    """New files skipped by name alone, recorded in the manifest without reading them."""


def plan(repo: Path, listing: Listing, manifest: Manifest) -> Plan:
    """What to read, what to drop: only git shas and stats, no file reads."""
    work: Work = []
    unchanged = marked = 0
    for path, sha in listing.files.items():
        old = manifest.files.get(path)
        if old is not None and sha is not None and old.sha == sha:
            unchanged += 1
        elif old is not None and sha is None and _same_stat(repo / path, old):
            unchanged += 1
        elif sha is not None and path_skip_reason(path) is not None:
            # Skipped by name (binary, minified...): no need to read it to know.
            reason = path_skip_reason(path)
            manifest.files[path] = FileEntry(sha, 0, reason.value if reason else None)
            if old is not None and old.chunks:
                work.append((path, sha, old))  # its old chunks must go
            else:
                marked += 1
        else:
            work.append((path, sha, old))
    removed = [p for p in manifest.files if p not in listing.files]
    return Plan(work, removed, unchanged, marked)


def _same_stat(full: Path, old: FileEntry) -> bool:
    try:
        st = os.stat(full)
    except OSError:
        return False
    return st.st_mtime_ns == old.mtime_ns and st.st_size == old.size


def _batches(work: Work, repo: Path) -> Iterator[Work]:
    # Group by an estimate of chunk count (about one chunk per 12 lines, ~40 bytes a line).
    batch: Work = []
    budget = 0
    for item in work:
        batch.append(item)
        try:
            budget += max(1, (repo / item[0]).stat().st_size // 480)
        except OSError:
            budget += 1
        if budget >= BATCH_CHUNKS * 0.8:
            yield batch
            batch, budget = [], 0
    if batch:
        yield batch


def write(code: Collection, prepared: Prepared, max_batch: int) -> None:
    """Upsert the new chunks, then delete the stale ones: a crash in between leaves extra chunks
    that the next run removes, never missing ones."""
    for start in range(0, len(prepared.ids), max_batch):
        end = start + max_batch
        code.upsert(ids=prepared.ids[start:end], embeddings=prepared.embeddings[start:end],
                    documents=prepared.documents[start:end], metadatas=prepared.metadatas[start:end])
    for start in range(0, len(prepared.stale), max_batch):
        code.delete(ids=prepared.stale[start : start + max_batch])


@dataclass(frozen=True, slots=True)
class IndexJob:
    repo: Path
    code: Collection
    embed: Embed
    options: ChunkOptions
    manifest_path: Path
    max_batch: int
    hasher_dims: int | None = None
    """Set for the built-in embedder: chunking and hashing then run in a worker process,
    overlapping Chroma's writes in this one (Chroma holds the GIL while it writes)."""


def _prepared(job: IndexJob, batches: list[Work]) -> Iterator[tuple[Work, Prepared]]:
    """Batches ready for Chroma, in order; prepared in a worker process when that pays off."""
    if job.hasher_dims is None or len(batches) < 3:
        for batch in batches:
            yield batch, prepare(job.repo, batch, job.options, job.embed)
        return
    # The first batch is prepared here while the worker starts; it takes all the others.
    yield batches[0], prepare(job.repo, batches[0], job.options, job.embed)
    done = 1
    try:
        for prepared in prepare_in_worker(job.repo, batches[1:], job.options, job.hasher_dims):
            yield batches[done], prepared
            done += 1
    except WorkerGone:
        pass  # slower, not wrong: finish in this process (a real bug in chunking raises here too)
    for batch in batches[done:]:
        yield batch, prepare(job.repo, batch, job.options, job.embed)


def run_index(job: IndexJob, listing: Listing, manifest: Manifest, progress: Progress | None) -> IndexStats:
    started = time.perf_counter()
    planned = plan(job.repo, listing, manifest)
    work, removed, unchanged = planned.work, planned.removed, planned.unchanged + planned.marked
    stale = [i for p in removed for i in manifest.ids_of(p)]
    for start in range(0, len(stale), job.max_batch):
        job.code.delete(ids=stale[start : start + job.max_batch])
    for path in removed:
        manifest.files.pop(path, None)
        manifest.notes.pop(path, None)
    added = embedded = 0
    removed_chunks = len(stale)
    done, last_save = 0, time.monotonic()
    if progress is not None:
        progress(0, len(work))
    for batch, prepared in _prepared(job, list(_batches(work, job.repo))):
        write(job.code, prepared, job.max_batch)
        for path, _sha, _old in batch:
            if path not in prepared.entries:
                manifest.files.pop(path, None)  # vanished between listing and reading
                manifest.notes.pop(path, None)
        manifest.files.update(prepared.entries)
        for path in prepared.entries:
            manifest.notes.pop(path, None)
        manifest.notes.update(prepared.notes)
        added += len(prepared.ids)
        removed_chunks += len(prepared.stale)
        embedded += prepared.files - prepared.unchanged
        unchanged += prepared.unchanged
        done += len(batch)
        if time.monotonic() - last_save > _SAVE_EVERY:
            manifest.save(job.manifest_path)
            last_save = time.monotonic()
        if progress is not None:
            progress(done, len(work))
    if work or removed or planned.marked:
        manifest.save(job.manifest_path)
    return IndexStats(
        files=len(listing.files), embedded_files=embedded, unchanged_files=unchanged,
        removed_files=len(removed), chunks_added=added, chunks_removed=removed_chunks,
        chunks_total=manifest.chunk_count, seconds=time.perf_counter() - started,
        skipped=_skipped(listing, manifest), notes=tuple(manifest.notes[p] for p in sorted(manifest.notes)),
    )


def _skipped(listing: Listing, manifest: Manifest) -> tuple[SkippedFile, ...]:
    out = [SkippedFile(path=root, reason=SkipReason.VENDORED) for root in sorted(listing.vendored)]
    out.extend(SkippedFile(path=p, reason=SkipReason(e.skip)) for p, e in sorted(manifest.files.items()) if e.skip)
    return tuple(out)
