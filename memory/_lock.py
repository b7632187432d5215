"""One writer per memory folder: a file lock across processes, a thread lock inside one."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from aise.memory.errors import MemoryBusyError

__all__ = ["WriterLock"]


class WriterLock:
    """Re-entrant in one thread; other threads and processes wait up to `timeout` seconds."""

    def __init__(self, path: Path, timeout: float) -> None:
        self.path = path
        self.timeout = timeout
        self._owner = path.with_name(path.name + ".owner")
        # thread_local=False: the OS lock belongs to this object; the RLock orders our threads.
        self._file = FileLock(str(path), timeout=timeout, thread_local=False)
        self._threads = threading.RLock()

    @contextmanager
    def hold(self) -> Iterator[None]:
        if not self._threads.acquire(timeout=self.timeout if self.timeout > 0 else -1):
            raise self._busy()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            first = not self._file.is_locked
            try:
                self._file.acquire()
            except Timeout:
                raise self._busy() from None
            try:
                if first:
                    self._owner.write_text(f"pid {os.getpid()} on {socket.gethostname()} since "
                                           f"{time.strftime('%H:%M:%S')}\n", encoding="utf-8")
                yield
            finally:
                self._file.release()
        finally:
            self._threads.release()

    def _busy(self) -> MemoryBusyError:
        try:
            holder = self._owner.read_text(encoding="utf-8").strip()
        except OSError:
            holder = "another process"
        return MemoryBusyError(
            f"memory {self.path.with_suffix('')} is being written by {holder}; waited {self.timeout:g} s",
            hint="wait for the other aise command to finish, or raise memory.lock_timeout",
        )
