"""The built-in embedder's core: code tokens -> signed feature hashing -> L2-normalised vectors.

Kept free of Chroma so the indexing worker process imports only numpy.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

__all__ = ["CodeHasher", "code_terms"]

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PARTS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
_STOP = frozenset(
    "self cls def return import from the a an to of and or in is if else elif for while not none "
    "true false class pass as with try except finally it this that be args kwargs py on by at".split()
)
"""Tokens on almost every line of Python; kept (they are code tokens) but down-weighted."""
_STOP_WEIGHT = 0.2
_WHOLE_WEIGHT = 0.6
"""A multi-part identifier counts as itself (`execute_query`) a little, and as its parts fully."""
_MAX_VOCAB = 2_000_000


_SUFFIXES = ("ing", "ed", "er", "es", "s", "e")


def _stem(part: str) -> str:
    """A light suffix strip so `limiter`, `limits` and `limit`, or `hashed` and `hash`, meet;
    the stem keeps at least four letters (`user` stays `user`). Cached per identifier."""
    for suffix in _SUFFIXES:
        if part.endswith(suffix) and len(part) - len(suffix) >= 4 and not part.endswith("ss"):
            return part[: -len(suffix)]
    return part


def code_terms(identifier: str) -> list[str]:
    """`getUserName` -> [get, user, name, ~getusername]: lower-cased parts, then the whole (marked)."""
    parts = [_stem(p.lower()) for p in _PARTS.findall(identifier)]
    parts = [p for p in parts if len(p) > 1 and not p.isdigit()]
    if len(parts) > 1:
        parts.append("~" + identifier.lower().strip("_"))
    return parts


def _term_weight(term: str) -> float:
    if term.startswith("~"):
        return _WHOLE_WEIGHT
    return _STOP_WEIGHT if term in _STOP else 1.0


class CodeHasher:
    """Identifiers split on snake_case and camelCase (keywords, words in strings and comments
    too), blake2b-hashed into signed buckets, weighted 1 + ln(tf), L2-normalised. Deterministic
    in every process: no salted `hash()`."""

    def __init__(self, dimensions: int) -> None:
        self.dimensions = dimensions
        self._clear()

    def _clear(self) -> None:
        self._ident_terms: dict[str, tuple[int, ...]] = {}
        self._term_ids: dict[str, int] = {}
        self._col: list[int] = []
        self._val: list[float] = []
        self._arrays: tuple[np.ndarray, np.ndarray] | None = None

    def _term_id(self, term: str) -> int:
        tid = self._term_ids.get(term)
        if tid is None:
            digest = int.from_bytes(hashlib.blake2b(term.encode(), digest_size=8).digest(), "little")
            tid = len(self._col)
            self._term_ids[term] = tid
            self._col.append(digest % self.dimensions)
            weight = _term_weight(term)
            self._val.append(weight if (digest >> 63) & 1 else -weight)
            self._arrays = None
        return tid

    def _terms_of(self, ident: str) -> tuple[int, ...]:
        tids = self._ident_terms.get(ident)
        if tids is None:
            tids = tuple(self._term_id(t) for t in code_terms(ident))
            self._ident_terms[ident] = tids
        return tids

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for many texts at once: one numpy pass per batch, not per text."""
        if len(self._ident_terms) > _MAX_VOCAB:  # bound the caches on huge, odd corpora
            self._clear()
        rows: list[int] = []
        tids: list[int] = []
        counts: list[int] = []
        terms_of, findall = self._terms_of, _IDENT.findall
        for row, text in enumerate(texts):
            for ident, count in Counter(findall(text)).items():
                expanded = terms_of(ident)
                tids.extend(expanded)
                counts.extend([count] * len(expanded))
                rows.extend([row] * len(expanded))
        return self._vectors(len(texts), rows, tids, counts)

    def _vectors(self, n: int, rows: list[int], tids: list[int], counts: list[int]) -> np.ndarray:
        out = np.zeros((n, self.dimensions), dtype=np.float32)
        if tids:
            if self._arrays is None:
                self._arrays = (np.asarray(self._col, dtype=np.int64), np.asarray(self._val, dtype=np.float64))
            col, val = self._arrays
            vocab = len(col)
            key = np.asarray(rows, dtype=np.int64) * vocab + np.asarray(tids, dtype=np.int64)
            uniq, inverse = np.unique(key, return_inverse=True)
            tf = np.bincount(inverse, weights=np.asarray(counts, dtype=np.float64))
            term = uniq % vocab
            flat = (uniq // vocab) * self.dimensions + col[term]
            summed = np.bincount(flat, weights=(1.0 + np.log(tf)) * val[term], minlength=n * self.dimensions)
            out = summed.reshape(n, self.dimensions).astype(np.float32)
        norms = np.linalg.norm(out, axis=1)
        empty = norms == 0
        out[empty, 0] = 1.0  # a text with no tokens still needs a unit vector for cosine
        norms[empty] = 1.0
        out /= norms[:, None]
        return out
