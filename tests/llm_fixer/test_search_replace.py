"""The search/replace engine on real files: exact anchors, paths kept inside the repository, all or nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from aise.tools.patching import (
    EditLimits,
    PatchPlan,
    PathPolicy,
    SearchReplace,
    plan_edits,
    write_plan,
)

CODE = "def a():\n    return 1\n\n\ndef b():\n    return 1\n"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "tests").mkdir(parents=True)
    (repo / "m.py").write_text(CODE)
    (repo / "tests" / "test_m.py").write_text("def test_a():\n    assert True\n")
    (tmp_path / "outside.py").write_text("SECRET = 1\n")
    return repo


def edit(search: str, replace: str, path: str = "m.py") -> SearchReplace:
    return SearchReplace(path=path, search=search, replace=replace)


def reasons(result: PatchPlan | tuple) -> list[str]:
    assert not isinstance(result, PatchPlan), "expected the edits to be rejected"
    return [str(p) for p in result]


def test_unique_anchor_applies_in_order_and_writes_only_when_planned(root: Path) -> None:
    plan = plan_edits(root, [edit("def a():\n    return 1", "def a():\n    return 2"),
                             edit("def a():\n    return 2\n", "def a():\n    return 3\n")])
    assert isinstance(plan, PatchPlan) and plan.paths == ("m.py",) and plan.changed_lines == 2
    assert (root / "m.py").read_text() == CODE  # planning writes nothing
    assert write_plan(root, plan) == ("m.py",)
    assert (root / "m.py").read_text() == CODE.replace("return 1", "return 3", 1)


def test_missing_and_ambiguous_anchors_say_why_and_nothing_is_written(root: Path) -> None:
    problems = reasons(plan_edits(root, [
        edit("def b():", "def b(x=0):"),                             # fine on its own
        edit("    return 1\n", "    return 2\n"),                  # twice in the file
        edit("def a():\n  return 1", "x"),                           # indentation differs
        edit("def c():", "def d():"),                                 # not there at all
    ]))
    assert len(problems) == 3
    assert problems[0].startswith("edit 2 (m.py)") and "occurs 2 times (at lines 2, 6)" in problems[0]
    assert "only if indentation" in problems[1] and "line 1" in problems[1]
    assert "not found" in problems[2] and "copy it exactly" in problems[2]
    assert (root / "m.py").read_text() == CODE


@pytest.mark.parametrize("path", ["/etc/passwd", "../outside.py", "sub/../../outside.py", "C:/x.py", "~/x.py", ""])
def test_paths_that_leave_the_repository_are_refused(root: Path, path: str) -> None:
    assert "not a relative path" in reasons(plan_edits(root, [edit("SECRET = 1", "SECRET = 2", path)]))[0]


def test_symlinks_new_files_and_git_internals_are_refused(root: Path, tmp_path: Path) -> None:
    os.symlink(tmp_path / "outside.py", root / "link.py")
    os.symlink(tmp_path, root / "up")
    problems = reasons(plan_edits(root, [edit("SECRET = 1", "SECRET = 2", "link.py"),
                                         edit("SECRET = 1", "SECRET = 2", "up/outside.py"),
                                         edit("x", "y", "new_module.py"),
                                         edit("x", "y", ".git/config")]))
    assert ["symbolic link" in problems[0], "symbolic link" in problems[1]] == [True, True]
    assert "no such file" in problems[2] and "configures how tests" in problems[3]
    assert (tmp_path / "outside.py").read_text() == "SECRET = 1\n" and not (root / "new_module.py").exists()


def test_tests_and_test_configuration_are_off_limits_unless_the_finding_is_in_a_test(root: Path) -> None:
    (root / "conftest.py").write_text("X = 1\n")
    change = edit("    assert True\n", "    pass\n", "tests/test_m.py")
    assert "it is test code" in reasons(plan_edits(root, [change], policy=PathPolicy.for_finding("m.py")))[0]
    assert isinstance(plan_edits(root, [change], policy=PathPolicy.for_finding("tests/test_m.py")), PatchPlan)
    config = edit("X = 1", "X = 2", "conftest.py")
    assert "verification" in reasons(plan_edits(root, [config], policy=PathPolicy(allow_tests=True)))[0]


def test_a_redacted_secret_in_the_anchor_matches_and_is_kept(root: Path) -> None:
    (root / "cfg.py").write_text('KEY = "AKIAIOSFODNN7EXAMPLE"\nDEBUG = True\n')
    seen = 'KEY = "[REDACTED:aws-access-key]"\nDEBUG = True\n'  # what the model was shown
    plan = plan_edits(root, [edit(seen, seen.replace("True", "False"), "cfg.py")])
    assert isinstance(plan, PatchPlan)
    assert plan.updated["cfg.py"] == 'KEY = "AKIAIOSFODNN7EXAMPLE"\nDEBUG = False\n'
    invented = edit("DEBUG = True", 'DEBUG = "[REDACTED:jwt]"', "cfg.py")
    assert "never write a redaction placeholder" in reasons(plan_edits(root, [invented]))[0]


def test_suppression_comments_and_oversized_patches_are_refused(root: Path) -> None:
    silenced = edit("    return 1\n\n\ndef b", "    return 1  # nosec B608\n\n\ndef b")
    assert "suppression comment" in reasons(plan_edits(root, [silenced]))[0]
    big = edit("def b():\n    return 1\n", "def b():\n" + "    x = 1\n" * 20 + "    return 1\n")
    assert "at most 10" in reasons(plan_edits(root, [big], limits=EditLimits(max_changed_lines=10)))[0]
    assert "no edit" in reasons(plan_edits(root, []))[0]


def test_crlf_files_keep_their_line_endings(root: Path) -> None:
    (root / "w.py").write_bytes(b"def w():\r\n    return 1\r\n")
    plan = plan_edits(root, [edit("def w():\n    return 1\n", "def w():\n    return 2\n", "w.py")])
    assert isinstance(plan, PatchPlan)
    write_plan(root, plan)
    assert (root / "w.py").read_bytes() == b"def w():\r\n    return 2\r\n"
