"""Embedders: the built-in hasher is deterministic across processes; the others fail clearly."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest

from aise.config import LLMSettings, MemorySettings
from aise.errors import ConfigError
from aise.memory import HashingEmbedder, make_embedder
from aise.memory._hashing import code_terms

TEXTS = ["def getUserName(user_id):\n    return db.fetch_user(user_id).name", "SELECT * FROM users", ""]

_DIGEST = """
import hashlib, sys
from aise.memory import HashingEmbedder
texts = {texts!r}
print(hashlib.sha256(HashingEmbedder(384).embed(texts).tobytes()).hexdigest())
"""


def test_code_terms_split_snake_and_camel_case() -> None:
    assert code_terms("getHTTPResponseCode") == ["get", "http", "respons", "code", "~gethttpresponsecode"]
    assert code_terms("execute_query") == ["execut", "query", "~execute_query"]  # light stemming
    assert code_terms("users") == ["user"]
    assert code_terms("x") == []


def test_vectors_are_unit_length_and_identical_in_another_process() -> None:
    vectors = HashingEmbedder(384).embed(TEXTS)
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    here = hashlib.sha256(vectors.tobytes()).hexdigest()
    code = _DIGEST.format(texts=TEXTS)
    # A fresh interpreter with a different hash seed: no salted hash() may leak into vectors.
    there = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": "12345", "PATH": ""}).stdout.strip()
    assert there == here


def test_batch_and_single_embeddings_agree() -> None:
    embedder = HashingEmbedder(256)
    batch = embedder.embed(TEXTS)
    singles = np.vstack([HashingEmbedder(256).embed([t]) for t in TEXTS])
    assert np.allclose(batch, singles, atol=1e-6)


def test_similar_code_is_closer_than_unrelated_code() -> None:
    a, b, c = HashingEmbedder(512).embed([
        'cursor.execute("SELECT * FROM users WHERE id = %s" % user_id)',
        'cur.execute("SELECT name FROM users WHERE email = %s" % email)',
        "subprocess.run(args, shell=False, check=True)",
    ])
    assert float(a @ b) > 0.3 > float(a @ c)


def test_registered_with_chroma_so_collections_reopen_without_a_download() -> None:
    from chromadb.utils.embedding_functions import config_to_embedding_function

    rebuilt = config_to_embedding_function({"name": "aise-code-hash", "config": {"dimensions": 128, "version": 1}})
    assert isinstance(rebuilt, HashingEmbedder) and rebuilt.dimensions == 128
    assert not rebuilt.is_legacy()
    assert len(rebuilt(["a b"])[0]) == 128  # Chroma's own call path


def test_chroma_default_is_refused_without_its_model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from chromadb.utils.embedding_functions.onnx_mini_lm_l6_v2 import ONNXMiniLM_L6_V2

    monkeypatch.setattr(ONNXMiniLM_L6_V2, "DOWNLOAD_PATH", tmp_path / "no-model")
    with pytest.raises(ConfigError, match="never downloads it silently"):
        make_embedder(MemorySettings(embedder="chroma-default"))


def test_model_embedders_need_a_model_name_and_their_package() -> None:
    with pytest.raises(ConfigError, match="needs memory.embedding_model"):
        make_embedder(MemorySettings(embedder="litellm"))
    try:
        import sentence_transformers  # noqa: F401
    except ImportError:
        with pytest.raises(ConfigError, match="sentence-transformers is not installed"):
            make_embedder(MemorySettings(embedder="sentence-transformers", embedding_model="all-MiniLM-L6-v2"))


class _Embeddings(BaseHTTPRequestHandler):
    disable_nagle_algorithm = True
    seen: list[dict] = []

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.seen.append({"path": self.path, "auth": self.headers.get("Authorization"), "body": body})
        data = [{"object": "embedding", "index": i, "embedding": [float(len(t)), 1.0, 0.0]}
                for i, t in enumerate(body["input"])]
        reply = json.dumps({"object": "list", "data": data, "model": body["model"],
                            "usage": {"prompt_tokens": 1, "total_tokens": 1}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)


@pytest.fixture
def embeddings_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Embeddings)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()


def test_litellm_embedder_calls_the_configured_server(embeddings_server: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AISE_TEST_EMBED_KEY", "sk-test")
    llm = LLMSettings(api_base=embeddings_server, api_key_env="AISE_TEST_EMBED_KEY")
    embedder = make_embedder(MemorySettings(embedder="litellm", embedding_model="openai/test-embed"), llm)
    vectors = embedder.embed(["abc", "abcdef"])
    assert vectors.shape == (2, 3) and np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
    request = _Embeddings.seen[-1]
    assert request["path"] == "/v1/embeddings" and request["auth"] == "Bearer sk-test"
    assert request["body"]["input"] == ["abc", "abcdef"]
    assert embedder.get_config() == {"model": "openai/test-embed", "api_base": embeddings_server,
                                     "api_key_env": "AISE_TEST_EMBED_KEY"}  # the key's name, never the key
