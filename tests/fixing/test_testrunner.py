import os
import time
from pathlib import Path

import pytest

from aise.errors import ConfigError
from aise.tools.testrunner import TestPlan, detect_tests, run_tests, safe_env

HANG = '''import os, subprocess, time
from pathlib import Path

def test_hangs():
    child = subprocess.Popen(["sleep", "60"])
    Path("child.pid").write_text(str(child.pid))
    time.sleep(60)
'''


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A killed child of an exited parent is reaped by init; a zombie counts as dead.
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split()[2] == "Z")


def test_timeout_kills_the_whole_process_group(tmp_path):
    (tmp_path / "test_hang.py").write_text(HANG)
    plan = detect_tests(tmp_path)
    assert plan is not None and plan.kind == "pytest"
    run = run_tests(tmp_path, plan, timeout=4)
    assert run.timed_out and not run.passed
    pid = int((tmp_path / "child.pid").read_text())
    deadline = time.monotonic() + 5
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(pid), "the grandchild survived the timeout"


def test_environment_is_stripped_of_secrets(tmp_path):
    (tmp_path / "test_env.py").write_text(
        "import os, json\n\ndef test_dump():\n    open('env.json', 'w').write(json.dumps(sorted(os.environ)))\n"
    )
    base = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "OPENAI_API_KEY": "sk-x", "AWS_REGION": "eu",
            "GITHUB_TOKEN": "ghp", "DB_PASSWORD": "pw", "MY_CREDENTIALS": "c", "AISE_LLM_KEY": "k", "LANG": "C.UTF-8",
            "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    env = safe_env(base, extra_secret_names=["CUSTOM_PROVIDER"])
    assert set(env) == {"PATH", "HOME", "LANG", "PYTHONDONTWRITEBYTECODE", "PYTEST_DISABLE_PLUGIN_AUTOLOAD"}
    run = run_tests(tmp_path, detect_tests(tmp_path), timeout=60, env=env)
    seen = set(__import__("json").loads((tmp_path / "env.json").read_text()))
    assert run.passed and not seen & {"OPENAI_API_KEY", "AWS_REGION", "GITHUB_TOKEN", "DB_PASSWORD"}


def test_failed_test_ids_are_parsed(tmp_path):
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_x.py").write_text("def test_ok():\n    pass\n\ndef test_bad():\n    assert 0\n")
    run = run_tests(tmp_path, detect_tests(tmp_path), timeout=60)
    assert not run.passed and run.parsed and run.failed == {"tests/test_x.py::test_bad"}
    assert not (tmp_path / ".pytest_cache").exists() and not list(tmp_path.rglob("__pycache__"))


def test_detection(tmp_path):
    assert detect_tests(tmp_path) is None
    (tmp_path / "package.json").write_text('{"scripts": {"test": "jest"}}')
    assert detect_tests(tmp_path).argv == ("npm", "test", "--silent")
    assert detect_tests(tmp_path, "make check -j2") == TestPlan(argv=("make", "check", "-j2"), kind="configured")
    with pytest.raises(ConfigError):
        detect_tests(tmp_path, "pytest 'unbalanced")
