"""Deduplication across scanners: one issue, one finding, every source listed."""

from __future__ import annotations

from pathlib import Path

from aise.findings import normalise
from aise.models import Confidence, RawResult

SOURCE = '''import sqlite3


def find(name):
    query = "SELECT * FROM users WHERE name = '%s'" % name
    return sqlite3.connect("db").execute(query).fetchall()


def find_other(name):
    query = "SELECT * FROM users WHERE name = '%s'" % name
    return sqlite3.connect("db").execute(query).fetchall()
'''


def _raw(scanner: str, rule: str, line: int, cwe: tuple[int, ...], conf: Confidence = Confidence.MEDIUM) -> RawResult:
    return RawResult(scanner=scanner, rule_id=rule, message="sql", path="app.py", start_line=line, cwe=cwe,
                     confidence=conf)


def test_two_scanners_a_line_apart_in_one_function_merge(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(SOURCE)
    findings = normalise(tmp_path, [_raw("bandit", "B608", 5, (89,)),
                                    _raw("semgrep", "sqli", 6, (89,), Confidence.HIGH)])
    assert len(findings) == 1
    assert set(findings[0].scanners) == {"bandit", "semgrep"}
    assert findings[0].confidence is Confidence.HIGH  # the merge keeps the strongest claim


def test_same_scanner_or_other_function_or_other_cwe_stay_apart(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(SOURCE)
    same_scanner = normalise(tmp_path, [_raw("bandit", "B608", 5, (89,)), _raw("bandit", "B999", 6, (89,))])
    assert len(same_scanner) == 2
    other_function = normalise(tmp_path, [_raw("bandit", "B608", 6, (89,)), _raw("semgrep", "sqli", 10, (89,))])
    assert len(other_function) == 2
    other_cwe = normalise(tmp_path, [_raw("bandit", "B608", 5, (89,)), _raw("semgrep", "x", 5, (78,))])
    assert len(other_cwe) == 2


def test_neighbouring_cwes_of_one_family_merge(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(SOURCE)
    # bandit calls a weak hash CWE-327 where semgrep says CWE-328: one weakness.
    findings = normalise(tmp_path, [_raw("bandit", "B324", 5, (327,)), _raw("semgrep", "md5", 5, (328,))])
    assert len(findings) == 1


def test_bandit_generic_cwes_are_made_precise() -> None:
    from aise.tools.scanners.bandit import _cwes

    assert 502 in _cwes({"test_id": "B506", "issue_cwe": {"id": 20}})
    assert 611 in _cwes({"test_id": "B314", "issue_cwe": {"id": 20}})
    assert _cwes({"test_id": "B999", "issue_cwe": {"id": 89}}) == (89,)
