"""`aise memory index|query|stats|rebuild` through the real CLI entry point, in process."""

from __future__ import annotations

import json

import pytest

from aise.cli import main


def test_index_query_stats_rebuild(make_repo, corpus, capsys: pytest.CaptureFixture[str]) -> None:
    repo = make_repo(corpus)
    assert main(["memory", "index", str(repo)]) == 0
    out = capsys.readouterr().out
    assert f"{len(corpus)} files: {len(corpus)} embedded" in out

    assert main(["memory", "index", str(repo), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["embedded_files"] == 0

    assert main(["memory", "query", str(repo), "hash a password with a salt", "-k", "2", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert len(hits) == 2 and hits[0]["chunk"]["symbol"] == "hash_password"

    assert main(["memory", "query", str(repo), "hash a password with a salt", "-k", "1"]) == 0
    assert "auth.py:" in capsys.readouterr().out

    assert main(["memory", "stats", str(repo), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["files"] == len(corpus) and stats["chunks"] > 50 and stats["embedder"] == "aise-code-hash:384"

    assert main(["memory", "rebuild", str(repo), "-c", "memory.dimensions=384"]) == 0
    assert f"{len(corpus)} embedded" in capsys.readouterr().out
    assert main(["memory", "stats", str(repo), "-c", "memory.dimensions=384"]) == 0
    assert "aise-code-hash:384" in capsys.readouterr().out


def test_errors_are_one_line_messages(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["memory", "index", str(tmp_path / "missing")]) == 2
    assert "no such file or directory" in capsys.readouterr().err
    (tmp_path / "a.py").write_text("x = 1\n")
    assert main(["memory", "index", str(tmp_path), "-c", "memory.embedder=litellm"]) == 2
    err = capsys.readouterr().err
    assert "needs memory.embedding_model" in err and "Traceback" not in err
