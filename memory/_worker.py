"""The indexing worker: a child process that reads, chunks and hashes batches while its parent
writes the previous batch to Chroma (Chroma's Rust writer holds the GIL, so threads cannot overlap).

It is started as `python -m aise.memory._worker`, not through multiprocessing, so the parent's
`__main__` is never re-imported. Protocol over stdin/stdout: one pickled request holding every
batch, then one pickled reply per batch, in order; the pipe's back-pressure bounds memory.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from aise.memory._hashing import CodeHasher
from aise.memory._indexer_core import Prepared, Work, prepare
from aise.memory.chunking import ChunkOptions

__all__ = ["WorkerGone", "prepare_in_worker"]


class WorkerGone(RuntimeError):
    """The worker process died or answered nonsense; the parent prepares the rest itself."""


def _send(stream: IO[bytes], obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(len(data).to_bytes(8, "little"))
    stream.write(data)
    stream.flush()


def _recv(stream: IO[bytes]) -> Any:
    head = stream.read(8)
    if len(head) < 8:
        raise EOFError
    size = int.from_bytes(head, "little")
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)  # our own child's output, over a private pipe


def prepare_in_worker(repo: Path, batches: list[Work], options: ChunkOptions, dims: int) -> Iterator[Prepared]:
    """Prepared batches, in order, from a child process; WorkerGone if it fails mid-way."""
    with tempfile.TemporaryFile() as errors:
        child = subprocess.Popen([sys.executable, "-m", "aise.memory._worker"], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=errors)
        if child.stdin is None or child.stdout is None:
            raise WorkerGone("indexing worker has no pipes")
        try:
            _send(child.stdin, (str(repo), batches, options, dims))
            child.stdin.close()
            for _ in batches:
                try:
                    status, payload = _recv(child.stdout)
                except (EOFError, pickle.UnpicklingError) as exc:
                    errors.seek(0)
                    tail = errors.read()[-2000:].decode("utf-8", "replace")
                    raise WorkerGone(f"indexing worker exited early ({exc.__class__.__name__}): {tail}") from None
                if status != "ok":
                    raise WorkerGone(f"indexing worker failed: {payload}")
                yield payload
        finally:
            if child.poll() is None:
                child.kill()
            child.wait()


def _serve() -> None:
    repo, batches, options, dims = _recv(sys.stdin.buffer)
    hasher = CodeHasher(dims)
    out = sys.stdout.buffer
    for batch in batches:
        try:
            reply: tuple[str, Any] = ("ok", prepare(Path(repo), batch, options, hasher.embed))
        except Exception as exc:  # reported to the parent, which redoes the work and raises there
            reply = ("error", f"{exc.__class__.__name__}: {exc}")
        _send(out, reply)
        if reply[0] != "ok":
            return


if __name__ == "__main__":
    _serve()
