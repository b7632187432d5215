"""Git for fixes: a worktree per run on `aise/<run-id>`, one commit per fix, patches, apply.

The user's checkout, index and branch are never touched, except by `apply_run`, which
runs only on request and refuses a dirty working tree. Every operation is idempotent,
because a resumed LangGraph node runs again from its first line.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Sequence
from pathlib import Path

import git
from pydantic import BaseModel, ConfigDict

from aise.errors import AiseError, InputError
from aise.models import Finding

__all__ = [
    "TRAILER",
    "ApplyResult",
    "Worktree",
    "apply_run",
    "changed_paths",
    "commit_fix",
    "create_worktree",
    "ensure_excluded",
    "export_patch",
    "find_fix_commit",
    "fix_commit_message",
    "remove_worktree",
    "reset_worktree",
]

TRAILER = "Aise-Finding"
_RUN_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
_FALLBACK_IDENTITY = ("aise", "aise@localhost")
_CWE_TITLES = {
    89: "SQL injection", 78: "OS command injection", 77: "command injection", 94: "code injection",
    95: "code injection (eval)", 502: "unsafe deserialisation", 22: "path traversal", 23: "path traversal",
    79: "cross-site scripting", 1336: "template injection", 601: "open redirect", 611: "XML external entities",
    776: "XML entity expansion", 918: "server-side request forgery", 916: "weak password hash",
    328: "weak hash", 327: "weak cryptography", 330: "predictable random value", 338: "predictable random value",
    295: "disabled TLS certificate verification", 798: "hard-coded credential", 259: "hard-coded password",
    614: "cookie without the Secure flag", 1004: "cookie without the HttpOnly flag", 489: "debug mode enabled",
    215: "debug information exposure", 377: "insecure temporary file", 90: "LDAP injection", 643: "XPath injection",
}
"""Names for commit subjects, in the order of preference within a finding's CWE list."""


class Worktree(BaseModel):
    """A run's worktree: where fixes are written, verified and committed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    repo: Path
    """The user's repository (its main working tree)."""
    path: Path
    branch: str
    run_id: str
    base: str
    """The commit the branch started from (the user's HEAD at creation)."""


class ApplyResult(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    strategy: str
    commits: tuple[str, ...]
    """Commits brought onto the user's branch (the merge commit, or each cherry-picked one)."""
    head: str


_NO_REPO_CODE = {
    # The repository under analysis is untrusted: none of its hooks or fsmonitor commands
    # may run when aise creates worktrees, commits or checks out.
    "GIT_CONFIG_COUNT": "2",
    "GIT_CONFIG_KEY_0": "core.hooksPath",
    "GIT_CONFIG_VALUE_0": "/dev/null",
    "GIT_CONFIG_KEY_1": "core.fsmonitor",
    "GIT_CONFIG_VALUE_1": "false",
}


def _open(path: Path) -> git.Repo:
    try:
        repo = git.Repo(path)
        repo.git.update_environment(**_NO_REPO_CODE)
        return repo
    except (git.InvalidGitRepositoryError, git.NoSuchPathError):
        raise InputError(f"{path}: not a git repository", hint="aise fixes on a branch; run `git init`") from None


def _check_run_id(run_id: str) -> None:
    if not _RUN_ID.match(run_id) or ".." in run_id or run_id.endswith((".lock", ".")):
        raise InputError(f"run id {run_id!r} is not usable as a branch name")


def ensure_excluded(repo: Path, pattern: str = ".aise/") -> None:
    """Add `pattern` to the repository's `info/exclude` so aise's files never show as untracked."""
    exclude = Path(_open(repo).common_dir) / "info" / "exclude"
    text = exclude.read_text(encoding="utf-8") if exclude.is_file() else ""
    if pattern in text.splitlines():
        return
    exclude.parent.mkdir(parents=True, exist_ok=True)
    prefix = "" if not text or text.endswith("\n") else "\n"
    exclude.write_text(f"{text}{prefix}{pattern}\n", encoding="utf-8")


def create_worktree(repo: Path, run_id: str, state_dir: str = ".aise") -> Worktree:
    """The run's worktree at `<repo>/<state_dir>/worktrees/<run_id>` on `aise/<run_id>`; reused if present."""
    _check_run_id(run_id)
    repo = repo.resolve()
    user = _open(repo)
    if not user.head.is_valid():
        raise InputError(f"{repo}: the repository has no commit yet", hint="commit once, then run aise")
    ensure_excluded(repo, f"{state_dir.strip('/')}/")
    path = repo / state_dir / "worktrees" / run_id
    branch = f"aise/{run_id}"
    base_file = path.with_name(f"{run_id}.base")
    if path.is_dir() and _registered(user, path):
        return Worktree(repo=repo, path=path, branch=branch, run_id=run_id, base=_read_base(base_file, user, branch))
    user.git.worktree("prune")
    if path.exists():
        shutil.rmtree(path)  # a leftover folder git no longer knows about
    path.parent.mkdir(parents=True, exist_ok=True)
    if branch in [h.name for h in user.heads]:
        user.git.worktree("add", str(path), branch)
    else:
        user.git.worktree("add", "-b", branch, str(path), "HEAD")
    base = _read_base(base_file, user, branch) if base_file.is_file() else user.head.commit.hexsha
    base_file.write_text(base + "\n", encoding="utf-8")
    return Worktree(repo=repo, path=path, branch=branch, run_id=run_id, base=base)


def _registered(user: git.Repo, path: Path) -> bool:
    listing = user.git.worktree("list", "--porcelain")
    return any(Path(line.removeprefix("worktree ")).resolve() == path.resolve()
               for line in listing.splitlines() if line.startswith("worktree "))


def _read_base(base_file: Path, user: git.Repo, branch: str) -> str:
    if base_file.is_file():
        return base_file.read_text(encoding="utf-8").strip()
    return user.git.merge_base("HEAD", branch)


def changed_paths(worktree: Worktree | Path) -> list[str]:
    """Repository-relative paths with uncommitted changes (modified, added, deleted, untracked)."""
    repo = _open(_path(worktree))
    out = repo.git.status("--porcelain", "-z", "--untracked-files=all")
    paths: list[str] = []
    entries = iter(out.split("\0"))
    for entry in entries:
        if not entry:
            continue
        status, name = entry[:2], entry[3:]
        if "R" in status or "C" in status:
            next(entries, None)  # the rename's source path follows
        paths.append(name)
    return sorted(set(paths))


def fix_commit_message(
    finding: Finding,
    *,
    summary: str,
    fixer: str,
    verification: str,
    notes: Sequence[str] = (),
    risk: str = "",
) -> str:
    """The commit message: what, where, why, how it was checked, what to do next, and the trailer."""
    cwe = ", ".join(f"CWE-{c}" for c in finding.cwe) or "no CWE"
    subject = f"fix: {_title(finding)} in {finding.symbol or finding.path}"
    if len(subject) > 72:
        subject = subject[:71].rstrip() + "…"
    where = f"{finding.path}:{finding.location.start_line}" + (f" in {finding.symbol}" if finding.symbol else "")
    body = [
        subject,
        "",
        summary.strip(),
        "",
        "Why: " + finding.message.strip(),
        *([f"Risk: {risk.strip()}"] if risk.strip() else []),
        "",
        *(["Follow-up:", *(f"  - {note.strip()}" for note in notes), ""] if notes else []),
        f"Rule: {', '.join(finding.rule_ids)} ({cwe})",
        f"File: {where}",
        f"Fixer: {fixer}",
        "",
        "Verification:",
        *(f"  {line}" for line in verification.strip().splitlines()),
        "",
        f"{TRAILER}: {finding.fingerprint}",
    ]
    return "\n".join(body) + "\n"


def _title(finding: Finding) -> str:
    """What was fixed, in words: the CWE's name when known (scanner rule names such as bandit's
    `blacklist` say little), else the rule's name or message."""
    known = next((_CWE_TITLES[c] for c in finding.cwe if c in _CWE_TITLES), None)
    return known or (finding.rule_name or finding.message).strip().splitlines()[0]


def find_fix_commit(worktree: Worktree, fingerprint: str) -> str | None:
    """The commit on the run's branch that already fixed `fingerprint`, if any."""
    repo = _open(worktree.path)
    out = repo.git.log(
        f"{worktree.base}..HEAD", "--format=%H%x00%(trailers:key=" + TRAILER + ",valueonly,separator=%x2C)"
    )
    for line in out.splitlines():
        sha, _, values = line.partition("\0")
        if fingerprint in [v.strip() for v in values.split(",")]:
            return sha
    return None


def commit_fix(worktree: Worktree, finding: Finding, paths: list[str], message: str) -> str:
    """Commit `paths` as the fix for `finding`; return the existing commit if it was made already."""
    existing = find_fix_commit(worktree, finding.fingerprint)
    if existing is not None:
        return existing
    repo = _open(worktree.path)
    if not paths:
        raise AiseError(f"no changed file to commit for {finding.short_id}")
    repo.git.add("-A", "--", *paths)
    if not repo.git.diff("--cached", "--name-only"):
        raise AiseError(f"the fix for {finding.short_id} changes nothing")
    # Repository hooks are repository content (untrusted) and may rewrite the patch: skip them.
    repo.git.execute(["git", *_identity(repo), "-c", "commit.gpgsign=false", "commit", "--no-verify",
                      "-q", "-m", message])
    return repo.head.commit.hexsha


def _identity(repo: git.Repo) -> list[str]:
    reader = repo.config_reader()
    name = reader.get_value("user", "name", default="")
    email = reader.get_value("user", "email", default="")
    args: list[str] = []
    if not name:
        args += ["-c", f"user.name={_FALLBACK_IDENTITY[0]}"]
    if not email:
        args += ["-c", f"user.email={_FALLBACK_IDENTITY[1]}"]
    return args


def reset_worktree(worktree: Worktree | Path) -> None:
    """Throw away a failed attempt: tracked files back to HEAD, new files removed (worktree only)."""
    repo = _open(_path(worktree))
    repo.git.reset("--hard", "-q", "HEAD")
    repo.git.clean("-fdq")


def export_patch(worktree: Worktree | Path, commit: str, dest: Path, name: str | None = None) -> Path:
    """Write `commit` as a `git format-patch` file into `dest` (overwriting the same name)."""
    repo = _open(_path(worktree))
    text = repo.git.format_patch("-1", commit, "--stdout", "--no-signature")
    dest.mkdir(parents=True, exist_ok=True)
    target = dest / (name or f"{commit[:12]}.patch")
    target.write_text(text + "\n", encoding="utf-8")
    return target


def apply_run(repo: Path, run_id: str, strategy: str = "merge") -> ApplyResult:
    """Bring the run's fixes onto the user's current branch; refuses when the tree is dirty."""
    _check_run_id(run_id)
    if strategy not in {"merge", "cherry-pick"}:
        raise InputError(f"unknown apply strategy {strategy!r}", hint="use merge or cherry-pick")
    user = _open(repo.resolve())
    branch = f"aise/{run_id}"
    if branch not in [h.name for h in user.heads]:
        raise InputError(f"no branch {branch}", hint="`aise runs PATH` lists the runs of this repository")
    if user.is_dirty(index=True, working_tree=True, untracked_files=False):
        raise InputError(
            f"{repo}: the working tree has uncommitted changes; aise will not apply over them",
            hint="commit or stash your changes, then run `aise apply` again",
        )
    base_file = repo.resolve() / ".aise" / "worktrees" / f"{run_id}.base"
    base = _read_base(base_file, user, branch)
    picks = user.git.rev_list("--reverse", f"{base}..{branch}").split()
    before = user.head.commit.hexsha
    try:
        if strategy == "merge":
            user.git.execute(["git", *_identity(user), "-c", "commit.gpgsign=false", "merge", "--no-ff",
                              "--no-edit", "-q", branch])
        elif picks:
            user.git.execute(["git", *_identity(user), "-c", "commit.gpgsign=false", "cherry-pick", *picks])
    except git.GitCommandError as exc:
        _abort(user, strategy)
        raise InputError(f"applying {branch} conflicts with your branch: {exc.stderr.strip()[:300]}",
                         hint="apply the patches from the run's report folder by hand") from None
    after = user.head.commit.hexsha
    commits = tuple(user.git.rev_list("--reverse", f"{before}..{after}").split()) if after != before else ()
    return ApplyResult(strategy=strategy, commits=commits, head=after)


def _abort(user: git.Repo, strategy: str) -> None:
    command = "merge" if strategy == "merge" else "cherry-pick"
    try:
        user.git.execute(["git", command, "--abort"])
    except git.GitCommandError:
        pass  # nothing in progress to abort


def remove_worktree(repo: Path, run_id: str, *, delete_branch: bool = False, state_dir: str = ".aise") -> None:
    """Remove the run's worktree (and its branch on request); a missing one is not an error."""
    _check_run_id(run_id)
    repo = repo.resolve()
    user = _open(repo)
    path = repo / state_dir / "worktrees" / run_id
    if _registered(user, path):
        user.git.worktree("remove", "--force", str(path))
    elif path.exists():
        shutil.rmtree(path)
    user.git.worktree("prune")
    path.with_name(f"{run_id}.base").unlink(missing_ok=True)
    if delete_branch and f"aise/{run_id}" in [h.name for h in user.heads]:
        user.git.branch("-D", f"aise/{run_id}")


def _path(worktree: Worktree | Path) -> Path:
    return worktree.path if isinstance(worktree, Worktree) else worktree
