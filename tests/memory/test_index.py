"""Incremental indexing against a real git repository and a real Chroma folder."""

from __future__ import annotations

from pathlib import Path

from aise.config import MemorySettings
from aise.memory import RepoMemory, SkipReason
from aise.memory._manifest import Manifest


def _ids(memory: RepoMemory) -> set[str]:
    handle = memory._read()
    assert handle is not None
    return set(handle.code.get(include=[])["ids"])


def test_reindex_embeds_exactly_the_changed_file_and_drops_removed_ones(make_repo, commit, corpus,
                                                                       settings: MemorySettings) -> None:
    files = corpus | {"README.md": "# Shop\n\nA demo shop.\n", "static/logo.png": b"\x89PNG\0\0\0"}
    repo = make_repo(files)
    memory = RepoMemory(repo, settings)
    first = memory.index()
    assert first.embedded_files == len(files) - 1 and first.chunks_added == first.chunks_total > 50
    assert [(s.path, s.reason) for s in first.skipped] == [("static/logo.png", SkipReason.BINARY)]
    before = _ids(memory)

    again = memory.index()
    assert (again.embedded_files, again.chunks_added, again.chunks_removed) == (0, 0, 0)
    assert _ids(memory) == before

    payments = repo / "payments.py"
    payments.write_text(payments.read_text() + "\n\ndef void_invoice(invoice_id):\n    return cancel(invoice_id)\n")
    commit(repo)
    (repo / "shell.py").unlink()
    commit(repo)
    changed = memory.index()
    manifest = Manifest.load(memory._open.manifest_path)
    assert manifest is not None
    new_payment_ids = set(manifest.ids_of("payments.py"))
    assert changed.embedded_files == 1 and changed.removed_files == 1
    assert changed.chunks_added == len(new_payment_ids)  # exactly that file's chunks were embedded
    after = _ids(memory)
    assert after - before == new_payment_ids
    assert not any(i.startswith(("shell.py@", "payments.py@")) for i in before & after - new_payment_ids)
    hits = memory.similar_code("run a program with an argument list without a shell", 10)
    assert all(h.chunk.path != "shell.py" for h in hits)
    assert any(h.chunk.symbol == "void_invoice" for h in memory.similar_code("void invoice cancel", 3))


def test_uncommitted_and_untracked_files_are_indexed_by_content(make_repo, settings: MemorySettings) -> None:
    repo = make_repo({"a.py": "def alpha():\n    return 1\n"})
    memory = RepoMemory(repo, settings)
    memory.index()
    (repo / "a.py").write_text("def alpha_changed():\n    return 2\n")  # modified, not staged
    (repo / "b.py").write_text("def beta_untracked():\n    return 3\n")
    (repo / "ignored.py").write_text("def gamma():\n    return 4\n")
    (repo / ".gitignore").write_text("ignored.py\n")
    stats = memory.index()
    assert stats.embedded_files == 3  # a.py, b.py, .gitignore
    symbols = {h.chunk.symbol for h in memory.similar_code("alpha changed beta untracked gamma", 10)}
    assert {"alpha_changed", "beta_untracked"} <= symbols and "gamma" not in symbols and "alpha" not in symbols
    assert memory.index().embedded_files == 0  # untracked files are not re-read when their stat holds


def test_state_folder_is_excluded_locally_never_in_the_tracked_gitignore(make_repo, git,
                                                                        settings: MemorySettings) -> None:
    repo = make_repo({"app.py": "x = 1\n", ".gitignore": "*.pyc\n"})
    RepoMemory(repo, settings).index()
    assert "/.aise/" in (repo / ".git" / "info" / "exclude").read_text().splitlines()
    assert (repo / ".gitignore").read_text() == "*.pyc\n"
    assert git(repo, "status", "--porcelain") == ""  # the memory never shows up as untracked
    stats = RepoMemory(repo, settings).index()
    assert stats.files == 2 and stats.embedded_files == 0


def test_plain_folder_without_git_is_indexed_and_vendored_folders_are_skipped(tmp_path: Path,
                                                                             settings: MemorySettings) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "main.py").write_text("def main():\n    return serve()\n")
    (tmp_path / "node_modules" / "x").mkdir(parents=True)
    (tmp_path / "node_modules" / "x" / "index.js").write_text("module.exports = 1\n")
    memory = RepoMemory(tmp_path, settings)
    stats = memory.index()
    assert stats.files == 1 and stats.embedded_files == 1
    assert ("node_modules/", SkipReason.VENDORED) in [(s.path, s.reason) for s in stats.skipped]
    assert memory.index().embedded_files == 0
    assert memory.stats().chunks == 1


def test_parallel_worker_prepares_the_same_batches(make_repo, corpus) -> None:
    from aise.memory._hashing import CodeHasher
    from aise.memory._indexer_core import prepare
    from aise.memory._worker import prepare_in_worker
    from aise.memory.chunking import ChunkOptions

    repo = make_repo(corpus)
    batches = [[(name, None, None)] for name in sorted(corpus)[:3]]
    options = ChunkOptions()
    remote = list(prepare_in_worker(repo, batches, options, 128))
    local = [prepare(repo, batch, options, CodeHasher(128).embed) for batch in batches]
    assert [r.ids for r in remote] == [r.ids for r in local]
    assert all((r.embeddings == lo.embeddings).all() for r, lo in zip(remote, local, strict=True))


def test_a_subfolder_of_a_repository_is_indexed_relative_to_itself(make_repo, git, settings: MemorySettings) -> None:
    repo = make_repo({"svc/app.py": "def handler():\n    return 1\n", "other/x.py": "def other():\n    pass\n"})
    (repo / "svc" / "app.py").write_text("def handler_v2():\n    return 2\n")  # modified, not staged
    memory = RepoMemory(repo / "svc", settings)
    stats = memory.index()
    assert (stats.files, stats.embedded_files) == (1, 1)
    assert [h.chunk.path for h in memory.similar_code("handler", 5)] == ["app.py"]
    assert memory.similar_code("handler", 1)[0].chunk.symbol == "handler_v2"
    assert git(repo, "status", "--porcelain") == " M svc/app.py\n"  # svc/.aise stays out of git status


def test_recording_before_indexing_also_keeps_git_status_clean(make_repo, git, settings: MemorySettings) -> None:
    from aise.models import Confidence, Finding, Location, Severity
    from aise.records import TriageVerdict, Verdict

    repo = make_repo({"app.py": "x = 1\n"})
    finding = Finding(fingerprint="fp", rule_id="R1", scanners=("s",), rule_ids=("s:R1",), severity=Severity.LOW,
                      confidence=Confidence.LOW, message="m", location=Location(path="app.py", start_line=1,
                                                                               end_line=1, snippet="x = 1"))
    RepoMemory(repo, settings).record_decision(finding, TriageVerdict(verdict=Verdict.FALSE_POSITIVE,
                                                                      confidence=0.9, reason="constant"))
    assert (repo / ".aise" / "decisions.db").is_file()
    assert git(repo, "status", "--porcelain") == ""
