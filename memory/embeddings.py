"""Embedders: the built-in offline code-token hasher, and litellm / sentence-transformers by config.

Every embedder is a Chroma `EmbeddingFunction` registered by name, so Chroma can rebuild it from a
collection's stored config without any download, and also has `embed(texts) -> ndarray` for the
indexer's batched path.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function

from aise.config import LLMSettings, MemorySettings
from aise.errors import ConfigError
from aise.memory._hashing import CodeHasher, code_terms
from aise.memory.errors import EmbedderError

__all__ = [
    "CodeEmbedder",
    "HashingEmbedder",
    "LiteLLMEmbedder",
    "SentenceTransformerEmbedder",
    "chroma_function",
    "code_terms",
    "embedder_label",
    "make_embedder",
]


@runtime_checkable
class CodeEmbedder(Protocol):
    """What memory needs from an embedder: batched vectors and an identity for the manifest."""

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...

    def get_config(self) -> dict[str, Any]: ...

    @staticmethod
    def name() -> str: ...


@register_embedding_function
class HashingEmbedder(EmbeddingFunction[Documents]):
    """The built-in offline embedder: signed feature hashing of code tokens (see `_hashing`)."""

    VERSION = 1

    def __init__(self, dimensions: int = 512) -> None:
        if not 16 <= dimensions <= 65_536:
            raise ConfigError(f"memory.dimensions: {dimensions} is out of range (16..65536)")
        self.dimensions = dimensions
        self._hasher = CodeHasher(dimensions)

    def __call__(self, input: Documents) -> Embeddings:
        return list(self._hasher.embed(input))

    @staticmethod
    def name() -> str:
        return "aise-code-hash"

    def get_config(self) -> dict[str, Any]:
        return {"dimensions": self.dimensions, "version": self.VERSION}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> HashingEmbedder:
        return HashingEmbedder(int(config.get("dimensions", 512)))

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        if int(config.get("version", HashingEmbedder.VERSION)) != HashingEmbedder.VERSION:
            raise ValueError("aise-code-hash: vectors were made by another version; rebuild the memory")

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine", "ip", "l2"]

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for many texts at once, float32 of shape (len(texts), dimensions)."""
        return self._hasher.embed(texts)


@register_embedding_function
class LiteLLMEmbedder(EmbeddingFunction[Documents]):
    """Any embedding model litellm reaches (OpenAI, Azure, Bedrock, Ollama, vLLM...)."""

    BATCH = 64

    def __init__(self, model: str, api_base: str | None = None, api_key_env: str | None = None,
                 timeout: float = 60.0) -> None:
        self.model, self.api_base, self.api_key_env, self.timeout = model, api_base, api_key_env, timeout

    def __call__(self, input: Documents) -> Embeddings:
        return list(self.embed(input))

    @staticmethod
    def name() -> str:
        return "aise-litellm"

    def get_config(self) -> dict[str, Any]:
        # The key's *name* only; the key itself never leaves the environment.
        return {"model": self.model, "api_base": self.api_base, "api_key_env": self.api_key_env}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> LiteLLMEmbedder:
        return LiteLLMEmbedder(config["model"], config.get("api_base"), config.get("api_key_env"))

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
        import litellm  # slow import, only when this embedder is used
        from openai import OpenAIError

        litellm.suppress_debug_info = True
        key = os.environ.get(self.api_key_env) if self.api_key_env else None
        vectors: list[list[float]] = []
        for start in range(0, len(texts), self.BATCH):
            batch = [t or " " for t in texts[start : start + self.BATCH]]
            try:
                reply = litellm.embedding(model=self.model, input=batch, api_base=self.api_base,
                                          api_key=key, timeout=self.timeout)
            except OpenAIError as exc:  # the base of every litellm provider error
                raise EmbedderError(f"embedding model {self.model}: {exc.__class__.__name__}: {exc}") from exc
            data = sorted(reply.data, key=lambda d: d["index"])
            vectors.extend(d["embedding"] for d in data)
        out = np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)
        return _normalise(out)


@register_embedding_function
class SentenceTransformerEmbedder(EmbeddingFunction[Documents]):
    """A local sentence-transformers model, when the user installed the package."""

    def __init__(self, model: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise ConfigError(
                "memory.embedder: sentence-transformers is not installed",
                hint="pip install sentence-transformers, or use embedder: builtin",
            ) from None
        self.model_name = model
        self._model = SentenceTransformer(model)

    def __call__(self, input: Documents) -> Embeddings:
        return list(self.embed(input))

    @staticmethod
    def name() -> str:
        return "aise-sentence-transformers"

    def get_config(self) -> dict[str, Any]:
        return {"model": self.model_name}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> SentenceTransformerEmbedder:
        return SentenceTransformerEmbedder(config["model"])

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = self._model.encode(list(texts), normalize_embeddings=True, convert_to_numpy=True)
        return np.asarray(out, dtype=np.float32)


def _normalise(out: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return out / norms


class _ChromaDefault:
    """Chroma's ONNX MiniLM, allowed only when its model is already on disk (never a silent download)."""

    def __init__(self) -> None:
        from chromadb.utils.embedding_functions.onnx_mini_lm_l6_v2 import ONNXMiniLM_L6_V2

        folder = Path(ONNXMiniLM_L6_V2.DOWNLOAD_PATH)
        if not (folder / ONNXMiniLM_L6_V2.EXTRACTED_FOLDER_NAME / "model.onnx").is_file():
            raise ConfigError(
                f"memory.embedder chroma-default needs Chroma's ONNX model all-MiniLM-L6-v2 (about 80 MB) "
                f"in {folder}; it is not there, and aise never downloads it silently",
                hint=f"download it once from {ONNXMiniLM_L6_V2.MODEL_DOWNLOAD_URL} into {folder}, "
                "or use memory.embedder: builtin (offline)",
            )
        warnings.warn("memory uses Chroma's default ONNX embedder from the local model cache", stacklevel=3)
        self._ef = ONNXMiniLM_L6_V2()

    @staticmethod
    def name() -> str:
        return "onnx_mini_lm_l6_v2"

    def get_config(self) -> dict[str, Any]:
        return dict(self._ef.get_config())

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return _normalise(np.asarray(self._ef(list(texts)), dtype=np.float32))

    @property
    def chroma(self) -> EmbeddingFunction[Documents]:
        return self._ef


def make_embedder(settings: MemorySettings, llm: LLMSettings | None = None) -> CodeEmbedder:
    """The embedder `memory.embedder` names; a clear ConfigError when it cannot work offline."""
    if settings.embedder == "builtin":
        return HashingEmbedder(settings.dimensions)
    if settings.embedder == "chroma-default":
        return _ChromaDefault()
    if not settings.embedding_model:
        raise ConfigError(f"memory.embedder {settings.embedder} needs memory.embedding_model",
                          hint="for example: -c memory.embedding_model=openai/text-embedding-3-small")
    if settings.embedder == "litellm":
        llm = llm or LLMSettings()
        return LiteLLMEmbedder(settings.embedding_model, llm.api_base, llm.api_key_env, llm.timeout)
    return SentenceTransformerEmbedder(settings.embedding_model)


def chroma_function(embedder: CodeEmbedder) -> EmbeddingFunction[Documents]:
    """The object handed to Chroma for a collection (the wrapped ONNX function for chroma-default)."""
    if isinstance(embedder, _ChromaDefault):
        return embedder.chroma
    if not isinstance(embedder, EmbeddingFunction):
        raise ConfigError(f"embedder {embedder.name()} is not a Chroma EmbeddingFunction")
    return embedder


def embedder_label(embedder: CodeEmbedder) -> str:
    config = embedder.get_config()
    detail = config.get("model") or config.get("dimensions") or ""
    return f"{embedder.name()}:{detail}" if detail else embedder.name()

