"""Bring a sweep's repositories to disk: local paths as they are, URLs cloned or fetched."""

from __future__ import annotations

import base64
import os
import re
import subprocess
from pathlib import Path

from aise.errors import InputError

__all__ = ["credential_env", "head_commit", "redact_url", "sync_url"]

_USERINFO = re.compile(r"(?<=://)[^/@\s]+@")


def redact_url(text: str) -> str:
    """Drop any user:password@ part of URLs in `text` before it is logged or reported."""
    return _USERINFO.sub("***@", text)


def credential_env(token_env: str | None) -> dict[str, str]:
    """Git config passed through the environment, so a token never lands in .git/config."""
    if not token_env:
        return {}
    token = os.environ.get(token_env)
    if not token:
        raise InputError(f"environment variable {token_env} (token_env) is not set")
    basic = base64.b64encode(f"x-access-token:{token}".encode()).decode()
    return {
        "GIT_CONFIG_COUNT": "1",
        "GIT_CONFIG_KEY_0": "http.extraHeader",
        "GIT_CONFIG_VALUE_0": f"Authorization: Basic {basic}",
    }


def _git(args: list[str], cwd: Path | None, env: dict[str, str], timeout: float) -> str:
    full_env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", **env}
    try:
        done = subprocess.run(
            ["git", *args], cwd=cwd, env=full_env, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        raise InputError(f"git {args[0]} timed out after {timeout:.0f}s") from None
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        # git's reason is its `fatal:` line; the lines after it are often generic advice.
        fatal = [line for line in lines if line.startswith(("fatal:", "error:"))]
        message = redact_url((fatal or lines or ["failed"])[0])
        raise InputError(f"git {args[0]}: {message}", hint="check the repository's url, branch and token_env")
    return done.stdout.strip()


def sync_url(url: str, dest: Path, branch: str | None, token_env: str | None, timeout: float = 600) -> Path:
    """Clone `url` into `dest`, or fetch and reset an existing clone to the remote branch."""
    env = credential_env(token_env)
    if (dest / ".git").is_dir():
        _git(["fetch", "--quiet", "--prune", "origin"], dest, env, timeout)
        target = f"origin/{branch}" if branch else "origin/HEAD"
        if not branch:
            _git(["remote", "set-head", "origin", "--auto"], dest, env, timeout)
        _git(["checkout", "--quiet", "--force", "-B", branch or "aise-sweep", target], dest, env, timeout)
        _git(["clean", "-fdq", "-e", ".aise"], dest, env, timeout)
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    args = ["clone", "--quiet"] + (["--branch", branch] if branch else []) + [url, str(dest)]
    _git(args, None, env, timeout)
    return dest


def head_commit(repo: Path) -> str | None:
    """The HEAD commit, read straight from .git (far cheaper than spawning git)."""
    git_dir = repo / ".git"
    try:
        head = (git_dir / "HEAD").read_text().strip()
    except OSError:
        return None
    if not head.startswith("ref: "):
        return head or None
    ref = head[5:]
    try:
        return (git_dir / ref).read_text().strip()
    except OSError:
        pass
    try:
        for line in (git_dir / "packed-refs").read_text().splitlines():
            if line.endswith(" " + ref):
                return line.split(" ", 1)[0]
    except OSError:
        pass
    return None
