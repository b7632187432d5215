"""Helpers for the adversarial tests: hostile repositories built for real, CLI error checks."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from pathlib import Path

GIT_IDENTITY = ("-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false")

SHELL_SINK = "import os\n\n\ndef run(arg):\n    os.system(arg)\n"
"""One finding for bandit (B605) and semgrep in any file that holds it."""


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *GIT_IDENTITY, *args], cwd=repo, check=True, capture_output=True, text=True
    )
    return done.stdout


def write_tree(root: Path, files: Mapping[str, str | bytes]) -> None:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def init_repo(root: Path, files: Mapping[str, str | bytes], *, commit: bool = True) -> Path:
    """A real git repository at `root` holding `files`, committed unless `commit=False`."""
    root.mkdir(parents=True, exist_ok=True)
    write_tree(root, files)
    git(root, "init", "-q", "-b", "main")
    if commit:
        git(root, "add", "-A")
        git(root, "commit", "-qm", "init")
    return root


def one_line_error(err: str) -> str:
    """The error line of a CLI failure; fails unless it is `aise: error:` + a hint, no traceback."""
    lines = [line for line in err.splitlines() if line.strip()]
    assert "Traceback" not in err, err
    assert lines and lines[0].startswith("aise: error: "), err
    assert len(lines) == 2 and lines[1].startswith("  hint: "), err
    return lines[0]


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _twenty_thousand_lines() -> str:
    lines = ["from flask import Flask", "", "app = Flask(__name__)", ""]
    for i in range(5000):
        lines += [f"@app.route('/r{i}')", f"def r{i}():", f"    return str({i})", ""]
    return "\n".join(lines) + "\n"


WEIRD_NAMES = ("sp ace/my file.py", "ünï©ødé.py", "new\nline.py", "-rf.py", "--help.py")
"""File names that break naive tools: spaces, unicode, a newline, and leading dashes (options!)."""

HOSTILE_FILES: dict[str, str | bytes] = {
    "blob.bin": bytes(range(256)) * 256,
    "nul.py": b"import os\nx = 1\x00\x00\n\ndef run(arg):\n    os.system(arg)\n",
    "invalid_utf8.py": b"# \xff\xfe not utf-8\nimport os\n\n\ndef run(arg):\n    os.system(arg)\n",
    "latin1.py": "# -*- coding: latin-1 -*-\nNAME = 'caf\xe9'\nimport pickle\n\n\ndef load(d):\n"
    "    return pickle.loads(d)\n".encode("latin-1"),
    "syntax_error.py": "def broken(:\n    pass\n\nimport os\nos.system(input())\n",
    "python2.py": "print 'hello'\nexec 'x = 1'\nimport os\nos.system(raw_input())\n",
    # Parses, but a thousand-deep BinOp chain breaks any recursive AST visitor.
    "deep_chain.py": "X = " + "1 + " * 1500 + "1\n",
    # Does not parse: ast.parse raises RecursionError, not SyntaxError.
    "deeper_chain.py": "X = " + "1+" * 5000 + "1\n",
    # Does not parse either: the tokenizer allows 200 nested parentheses.
    "deep_parens.py": "X = " + "(" * 3000 + "1" + ")" * 3000 + "\n",
    "twenty_k_lines.py": _twenty_thousand_lines(),
    **{name: SHELL_SINK for name in WEIRD_NAMES},
}
DEEP_FILES = ("deep_chain.py", "deeper_chain.py", "deep_parens.py")


def build_hostile_repo(root: Path, outside: Path, *, analysis_crashers: bool = True) -> Path:
    """A committed repository of hostile content, with symlinks out of it (to a file,
    /dev/zero, /etc, a folder of vulnerable code) and loops, plus an untracked 50 MB file.

    `analysis_crashers=False` leaves out what crashes aise's analysis today (deeply nested
    code, symlink loops named `*.py`): known bugs, reported to the analysis owner."""
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "secret.py").write_text("PASSWORD = 'outside-the-repo-do-not-read'\n" + SHELL_SINK)
    files = {k: v for k, v in HOSTILE_FILES.items() if analysis_crashers or k not in DEEP_FILES}
    repo = init_repo(root, files)
    links = {
        "outside_file.py": outside / "secret.py",
        "outside_dir": outside,
        "zero.py": Path("/dev/zero"),
        "etc": Path("/etc"),
        "passwd.py": Path("/etc/passwd"),
        "self": root,
        "loop_a": root / "loop_b",
        "loop_b": root / "loop_a",
    }
    if analysis_crashers:
        links |= {"loop_a.py": root / "loop_b.py", "loop_b.py": root / "loop_a.py"}
    for name, target in links.items():
        (root / name).symlink_to(target)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "symlinks")
    # Untracked, yet listed by the scan (git ls-files --others): 50 MB of real code.
    with (root / "huge.py").open("w") as handle:
        chunk = "import os\nos.system(input())\n" * 10_000
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(chunk)
    return repo
