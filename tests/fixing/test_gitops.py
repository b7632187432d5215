import subprocess

import pytest

from aise.errors import InputError
from aise.models import Confidence, Finding, Location, Severity
from aise.tools import gitops


def git(repo, *args):
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout


FINDING = Finding(
    fingerprint="0123456789abcdef0123456789abcdef", rule_id="bandit:B506", scanners=("bandit",),
    rule_ids=("bandit:B506",), cwe=(20,), severity=Severity.MEDIUM, confidence=Confidence.HIGH,
    message="Use of unsafe yaml load.", location=Location(path="app.py", start_line=3, end_line=3), symbol="load",
)


def _user_state(repo):
    return git(repo, "status", "--porcelain"), git(repo, "rev-parse", "HEAD"), git(repo, "branch", "--show-current")


def test_worktree_branch_commit_patch_and_user_checkout_untouched(make_repo, tmp_path):
    repo = make_repo({"app.py": "import yaml\n\nx = yaml.load(s)\n"})
    (repo / "notes.txt").write_text("user's uncommitted work\n")
    before = _user_state(repo)
    wt = gitops.create_worktree(repo, "r1")
    assert wt.branch == "aise/r1" and wt.path == repo / ".aise" / "worktrees" / "r1"
    assert git(wt.path, "branch", "--show-current").strip() == "aise/r1"
    assert gitops.create_worktree(repo, "r1") == wt  # idempotent
    assert ".aise/" in (repo / ".git" / "info" / "exclude").read_text()
    (wt.path / "app.py").write_text("import yaml\n\nx = yaml.safe_load(s)\n")
    assert gitops.changed_paths(wt) == ["app.py"]
    message = gitops.fix_commit_message(FINDING, summary="Use safe_load.", fixer="aise:yaml-safe-load",
                                        verification="passed tests: ok")
    sha = gitops.commit_fix(wt, FINDING, ["app.py"], message)
    assert gitops.commit_fix(wt, FINDING, ["app.py"], message) == sha  # idempotent: trailer found
    assert git(wt.path, "rev-list", "--count", f"{wt.base}..HEAD").strip() == "1"
    body = git(wt.path, "log", "-1", "--format=%B")
    assert f"Aise-Finding: {FINDING.fingerprint}" in body and "CWE-20" in body and "app.py:3 in load" in body
    patch = gitops.export_patch(wt, sha, tmp_path / "patches", "0001-fix.patch")
    assert "yaml.safe_load" in patch.read_text() and "Aise-Finding" in patch.read_text()
    assert _user_state(repo) == before


def test_reset_discards_a_failed_attempt(make_repo):
    repo = make_repo({"a.py": "x = 1\n"})
    wt = gitops.create_worktree(repo, "r2")
    (wt.path / "a.py").write_text("x = 2\n")
    (wt.path / "new.py").write_text("y = 1\n")
    gitops.reset_worktree(wt)
    assert gitops.changed_paths(wt) == [] and (wt.path / "a.py").read_text() == "x = 1\n"


def test_apply_refuses_dirty_tree_then_merges_or_cherry_picks(make_repo):
    repo = make_repo({"app.py": "import yaml\n\nx = yaml.load(s)\n"})
    wt = gitops.create_worktree(repo, "r3")
    (wt.path / "app.py").write_text("import yaml\n\nx = yaml.safe_load(s)\n")
    gitops.commit_fix(wt, FINDING, ["app.py"], "fix\n\nAise-Finding: " + FINDING.fingerprint + "\n")
    (repo / "app.py").write_text("dirty\n")
    with pytest.raises(InputError, match="uncommitted"):
        gitops.apply_run(repo, "r3")
    git(repo, "checkout", "--", "app.py")
    picked = gitops.apply_run(repo, "r3", strategy="cherry-pick")
    assert len(picked.commits) == 1 and "safe_load" in (repo / "app.py").read_text()
    with pytest.raises(InputError):
        gitops.apply_run(repo, "nope")


def test_merge_and_remove(make_repo):
    repo = make_repo({"a.py": "x = 1\n"})
    wt = gitops.create_worktree(repo, "r4")
    (wt.path / "a.py").write_text("x = 2\n")
    finding = FINDING.model_copy(update={"location": Location(path="a.py", start_line=1, end_line=1)})
    gitops.commit_fix(wt, finding, ["a.py"], "fix\n\nAise-Finding: " + finding.fingerprint + "\n")
    merged = gitops.apply_run(repo, "r4")
    assert (repo / "a.py").read_text() == "x = 2\n" and len(merged.commits) == 2  # fix + merge commit
    gitops.remove_worktree(repo, "r4", delete_branch=True)
    assert not wt.path.exists() and "aise/r4" not in git(repo, "branch")


def test_bad_run_id_and_not_a_repo(tmp_path):
    with pytest.raises(InputError):
        gitops.create_worktree(tmp_path, "r1")
    with pytest.raises(InputError):
        gitops.create_worktree(tmp_path, "../evil")
