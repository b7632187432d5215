"""Deterministic fixers built on libcst: one module per vulnerability class, formatting kept."""

from aise.tools.codemods.base import (
    Codemod,
    CodemodMetadata,
    CodemodResult,
    FileEdit,
    FixContext,
    Handoff,
)
from aise.tools.codemods.registry import (
    BUILTIN_CODEMODS,
    ENTRY_POINT_GROUP,
    codemods_for,
    load_codemods,
)

__all__ = [
    "BUILTIN_CODEMODS",
    "ENTRY_POINT_GROUP",
    "Codemod",
    "CodemodMetadata",
    "CodemodResult",
    "FileEdit",
    "FixContext",
    "Handoff",
    "codemods_for",
    "load_codemods",
]
