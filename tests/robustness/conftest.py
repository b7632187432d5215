"""Fixtures for the adversarial tests (helpers live in `hostile.py`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from hostile import init_repo


@pytest.fixture
def new_repo(tmp_path: Path) -> Callable[..., Path]:
    """`new_repo({"a.py": "..."}, name="x", commit=True)`: a real git repository under tmp_path."""
    count = iter(range(1000))

    def build(
        files: Mapping[str, str | bytes], *, name: str | None = None, commit: bool = True
    ) -> Path:
        return init_repo(tmp_path / (name or f"repo{next(count)}"), files, commit=commit)

    return build
