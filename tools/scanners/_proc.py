"""Run one scanner subprocess with a hard timeout that kills its whole process group."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from aise.errors import ScannerError

__all__ = ["ToolOutput", "kill_running", "run_tool", "tool_env"]

_STDERR_TAIL = 400
_RUNNING: set[subprocess.Popen[bytes]] = set()
"""Tool processes alive right now, so a Ctrl-C in the main thread can stop them all."""
_RUNNING_LOCK = threading.Lock()


@dataclass(frozen=True)
class ToolOutput:
    returncode: int
    stdout: str
    stderr: str

    def stderr_tail(self) -> str:
        text = " ".join(self.stderr.split())
        return text[-_STDERR_TAIL:] if text else "(no output on stderr)"


def tool_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The parent's environment plus settings that keep tools offline and quiet."""
    env = dict(os.environ)
    env.update(
        {"SEMGREP_ENABLE_VERSION_CHECK": "0", "SEMGREP_SEND_METRICS": "off", "PYTHONUTF8": "1"}
    )
    env.update(extra or {})
    return env


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass  # already gone


def run_tool(
    scanner: str,
    cmd: Sequence[str],
    *,
    cwd: Path,
    timeout: float,
    stdin: bytes | None = None,
    env: Mapping[str, str] | None = None,
) -> ToolOutput:
    """Run `cmd`; raise ScannerError if it cannot start or outlives `timeout` seconds."""
    try:
        proc = subprocess.Popen(
            list(cmd),
            cwd=cwd,
            env=dict(env) if env is not None else tool_env(),
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,  # its own process group, so a timeout kills the workers too
        )
    except OSError as exc:
        raise ScannerError(scanner, f"cannot start {cmd[0]}: {exc.strerror or exc}") from None
    with _RUNNING_LOCK:
        _RUNNING.add(proc)
    try:
        return _wait(scanner, proc, stdin, timeout)
    finally:
        with _RUNNING_LOCK:
            _RUNNING.discard(proc)


def kill_running() -> None:
    """Kill every tool process still running (their whole groups); for Ctrl-C and shutdown."""
    with _RUNNING_LOCK:
        procs = list(_RUNNING)
    for proc in procs:
        _kill_group(proc)


def _wait(
    scanner: str, proc: subprocess.Popen[bytes], stdin: bytes | None, timeout: float
) -> ToolOutput:
    try:
        out, err = proc.communicate(stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        proc.communicate()
        raise ScannerError(
            scanner,
            f"timed out after {timeout:g} s",
            hint="raise scan.timeout or exclude large folders",
        ) from None
    except BaseException:
        _kill_group(proc)  # Ctrl-C or a crash here must not leave the tool running
        proc.wait()
        raise
    return ToolOutput(
        proc.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
    )
