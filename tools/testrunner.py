"""Run a repository's own tests: detect the command, strip secrets, kill the whole group on timeout."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from aise.errors import ConfigError
from aise.tools.proctree import kill_tree

__all__ = ["TestPlan", "TestRun", "detect_tests", "run_tests", "safe_env"]

_SECRET_NAME = re.compile(r"KEY|TOKEN|SECRET|PASSW|CREDENTIAL|AUTH|COOKIE|SESSION|PRIVATE|_PAT$", re.I)
_PROVIDER_PREFIX = (
    "OPENAI_", "ANTHROPIC_", "AZURE_", "AWS_", "GOOGLE_", "GCP_", "GEMINI_", "VERTEX", "COHERE_",
    "MISTRAL_", "GROQ_", "HF_", "HUGGINGFACE", "REPLICATE_", "TOGETHER", "DEEPSEEK_", "XAI_",
    "OPENROUTER_", "FIREWORKS_", "BEDROCK_", "OLLAMA_", "VLLM_", "LITELLM_", "LANGCHAIN_", "LANGSMITH_",
    "GITHUB_", "GH_", "GITLAB_", "CI_JOB_TOKEN", "NPM_", "PYPI_", "TWINE_", "DOCKER_", "SLACK_",
    "SENTRY_", "DATABASE_URL", "AISE_LLM",
)
_TAIL_CHARS = 4000
_PYTEST_ID = re.compile(r"^(?:FAILED|ERROR) (\S+?)(?: - .*)?$", re.M)
_UNITTEST_ID = re.compile(r"^(?:FAIL|ERROR): (\S+) \(([\w.]+)\)", re.M)
_NPM_DEFAULT = "no test specified"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class TestPlan(_Frozen):
    """How to run one repository's tests."""

    __test__ = False  # not a pytest test class, despite the name

    argv: tuple[str, ...]
    kind: str
    """`pytest`, `unittest`, `npm` or `configured`."""


class TestRun(_Frozen):
    """The outcome of one test run."""

    __test__ = False

    passed: bool
    failed: frozenset[str] = frozenset()
    """Ids of failed or erroring tests, when the runner's output names them."""
    parsed: bool = False
    """True when `failed` was read from the output (so it can be compared with a baseline)."""
    exit_code: int | None = None
    output_tail: str = ""
    seconds: float = 0.0
    timed_out: bool = False
    command: tuple[str, ...] = ()


def detect_tests(repo: Path, configured: str | None = None) -> TestPlan | None:
    """The test command: the configured one, else pytest, unittest or `npm test`, else None."""
    if configured:
        try:
            argv = tuple(shlex.split(configured))
        except ValueError as exc:
            raise ConfigError(f"fix.test_command: cannot split {configured!r} ({exc})") from None
        if not argv:
            raise ConfigError("fix.test_command is empty")
        return TestPlan(argv=argv, kind="configured")
    if _has_python_tests(repo):
        if importlib.util.find_spec("pytest") is not None:
            # --rootdir=. keeps pytest from adopting the user's checkout above a worktree;
            # no:cacheprovider keeps .pytest_cache out of it; -rfE names the failures.
            argv = (sys.executable, "-m", "pytest", "-q", "-rfE", "-p", "no:cacheprovider", "--rootdir=.")
            return TestPlan(argv=argv, kind="pytest")
        return TestPlan(argv=(sys.executable, "-m", "unittest", "discover", "-v"), kind="unittest")
    package = repo / "package.json"
    if package.is_file():
        try:
            scripts = json.loads(package.read_text(encoding="utf-8")).get("scripts", {})
        except (json.JSONDecodeError, UnicodeDecodeError, AttributeError):
            scripts = {}
        if isinstance(scripts, dict) and scripts.get("test") and _NPM_DEFAULT not in str(scripts["test"]):
            return TestPlan(argv=("npm", "test", "--silent"), kind="npm")
    return None


def _has_python_tests(repo: Path) -> bool:
    markers = ("pytest.ini", "conftest.py", "tox.ini")
    if any((repo / m).is_file() for m in markers):
        return True
    pyproject = repo / "pyproject.toml"
    if pyproject.is_file() and "[tool.pytest" in pyproject.read_text(encoding="utf-8", errors="replace"):
        return True
    for folder in (repo / "tests", repo / "test"):
        if folder.is_dir() and any(folder.rglob("test*.py")):
            return True
    return any(repo.glob("test_*.py"))


def safe_env(base: Mapping[str, str] | None = None, extra_secret_names: Sequence[str] = ()) -> dict[str, str]:
    """A copy of the environment without API keys, tokens, passwords or provider credentials."""
    source = dict(os.environ if base is None else base)
    extra = set(extra_secret_names)
    env = {
        k: v for k, v in source.items()
        if k not in extra and not _SECRET_NAME.search(k) and not k.upper().startswith(_PROVIDER_PREFIX)
    }
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # no __pycache__ litter in the worktree
    return env


def run_tests(
    repo: Path,
    plan: TestPlan,
    *,
    timeout: float,
    env: Mapping[str, str] | None = None,
) -> TestRun:
    """Run `plan` in `repo` in its own session; on timeout kill the whole process group."""
    started = time.perf_counter()
    environment = dict(env) if env is not None else safe_env()
    with tempfile.TemporaryFile(mode="w+b") as out:
        # Output goes to a file, not a pipe: a grandchild that outlives the kill cannot block us.
        try:
            process = subprocess.Popen(
                list(plan.argv), cwd=repo, env=environment, stdin=subprocess.DEVNULL,
                stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            )
        except OSError as exc:
            return TestRun(passed=False, output_tail=f"cannot start {plan.argv[0]!r}: {exc}",
                           command=plan.argv, seconds=round(time.perf_counter() - started, 3))
        timed_out = False
        try:
            code: int | None = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            kill_tree(process.pid)  # also the descendants that left the group with setsid
            code = None
        finally:
            _kill_group(process)  # stragglers left in the group by a finished runner
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    failed, parsed = _failed_ids(text, plan.kind)
    no_tests = plan.kind == "pytest" and code == 5  # pytest: nothing collected is not a failure
    return TestRun(
        passed=(code == 0 or no_tests) and not timed_out,
        failed=failed,
        parsed=parsed and not timed_out,
        exit_code=code,
        output_tail=text[-_TAIL_CHARS:],
        seconds=round(time.perf_counter() - started, 3),
        timed_out=timed_out,
        command=plan.argv,
    )


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass  # the group is already gone
    if process.returncode is None:
        process.wait()


def _failed_ids(text: str, kind: str) -> tuple[frozenset[str], bool]:
    if kind in {"pytest", "configured"}:
        ids = frozenset(_PYTEST_ID.findall(text))
        summary = re.search(r"\b(\d+ (passed|failed|error|errors))\b", text)
        if ids or summary:
            return ids, True
    if kind in {"unittest", "configured"}:
        ids = frozenset(f"{cls}.{name}" for name, cls in _UNITTEST_ID.findall(text))
        if ids or re.search(r"^Ran \d+ tests?", text, re.M):
            return ids, True
    return frozenset(), False
