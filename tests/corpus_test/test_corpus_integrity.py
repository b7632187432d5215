"""Integrity checks for the labelled vulnerability corpus in tests/corpus."""

from __future__ import annotations

import ast
import csv
import io
import re
import tokenize
from collections import Counter
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
HEADER = ["case_id", "path", "category", "cwe", "vulnerable", "trap_kind", "split"]
CWES = {
    "cmdi": 78,
    "codeinj": 94,
    "deserialization": 502,
    "hash": 328,
    "ldapi": 90,
    "pathtraver": 22,
    "redirect": 601,
    "securecookie": 614,
    "sqli": 89,
    "trustbound": 501,
    "weakrand": 330,
    "xpathi": 643,
    "xss": 79,
    "xxe": 611,
    "secrets": 798,
    "ssrf": 918,
}
VULN_KINDS = {"none", "helper_propagate"}
SAFE_KINDS = {
    "overwrite",
    "dead_branch",
    "const_key",
    "param_bound",
    "safe_api",
    "helper_sanitise",
    "guarded",
}
LEAKY_WORDS = re.compile(r"vulnerab|trap|label", re.IGNORECASE)


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with (CORPUS / "labels.csv").open(newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == HEADER
        return list(reader)


def _case_files(row: dict[str, str]) -> list[Path]:
    path = CORPUS / row["path"]
    return sorted(path.rglob("*.py")) if path.is_dir() else [path]


def test_rows_are_well_formed(rows: list[dict[str, str]]) -> None:
    ids = [r["case_id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert r["category"] in CWES, r
        assert int(r["cwe"]) == CWES[r["category"]], r
        assert r["vulnerable"] in ("0", "1"), r
        assert r["split"] in ("tune", "heldout"), r
        allowed = VULN_KINDS if r["vulnerable"] == "1" else SAFE_KINDS
        assert r["trap_kind"] in allowed, r
        assert r["path"] in (f"cases/{r['case_id']}.py", f"cases/{r['case_id']}"), r


def test_every_case_exists_parses_and_is_listed(rows: list[dict[str, str]]) -> None:
    listed = set()
    for r in rows:
        files = _case_files(r)
        assert files and all(f.is_file() for f in files), r["path"]
        for f in files:
            ast.parse(f.read_text(), filename=str(f))
        listed.add((CORPUS / r["path"]).name.removesuffix(".py"))
    on_disk = {p.name.removesuffix(".py") for p in (CORPUS / "cases").iterdir()}
    assert on_disk == listed
    for helper in (CORPUS / "helpers").glob("*.py"):
        ast.parse(helper.read_text(), filename=str(helper))


def test_counts_and_balance(rows: list[dict[str, str]]) -> None:
    assert len(rows) >= 360
    per_cat = Counter(r["category"] for r in rows)
    assert set(per_cat) == set(CWES)
    assert min(per_cat.values()) >= 20
    ratio = sum(r["vulnerable"] == "1" for r in rows) / len(rows)
    assert 0.45 <= ratio <= 0.55


def test_every_trap_kind_appears(rows: list[dict[str, str]]) -> None:
    kinds = Counter(r["trap_kind"] for r in rows)
    assert VULN_KINDS | SAFE_KINDS <= set(kinds)
    for split in ("tune", "heldout"):
        split_kinds = {r["trap_kind"] for r in rows if r["split"] == split}
        assert VULN_KINDS | SAFE_KINDS <= split_kinds, split


def test_heldout_is_a_stratified_third(rows: list[dict[str, str]]) -> None:
    heldout = sum(r["split"] == "heldout" for r in rows) / len(rows)
    assert 0.3 <= heldout <= 0.37
    strata: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        strata.setdefault((r["category"], r["vulnerable"]), []).append(r["split"])
    for key, splits in strata.items():
        share = splits.count("heldout") / len(splits)
        assert 0.25 <= share <= 0.42, (key, share)


def test_no_label_hints_in_comments_or_docstrings(rows: list[dict[str, str]]) -> None:
    for r in rows:
        for f in _case_files(r):
            text = f.read_text()
            for tok in tokenize.generate_tokens(io.StringIO(text).readline):
                if tok.type == tokenize.COMMENT:
                    assert not LEAKY_WORDS.search(tok.string), (f, tok.string)
            for node in ast.walk(ast.parse(text)):
                if isinstance(
                    node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)
                ):
                    doc = ast.get_docstring(node)
                    assert not (doc and LEAKY_WORDS.search(doc)), (f, doc)
