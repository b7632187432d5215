"""The sweep configuration: which repositories, how to run them, where results go."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from aise.config import Settings, deep_merge, load_settings, read_yaml_file
from aise.errors import ConfigError
from aise.models import Severity

__all__ = ["RayOptions", "RepoSpec", "SweepConfig", "load_sweep_config"]

_HINT = "see configs/sweep.example.yaml for the sweep config format"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class RepoSpec(_Model):
    name: str
    """Unique name, used for folders and in the report."""
    path: str | None = None
    """A local repository (absolute, or relative to the sweep config file)."""
    url: str | None = None
    """A git URL, cloned or fetched into the cache directory."""
    branch: str | None = None
    """Branch to check out for a URL (default: the remote's default branch)."""
    token_env: str | None = None
    """Name of an environment variable holding an HTTPS token for `url`; never stored."""
    config: dict[str, Any] = {}
    """Settings overrides for this repository, merged over the sweep's `defaults`."""

    @model_validator(mode="after")
    def _one_source(self) -> RepoSpec:
        if not _NAME.match(self.name):
            raise ValueError(f"name {self.name!r} must be letters, digits, '.', '_' or '-'")
        if (self.path is None) == (self.url is None):
            raise ValueError("give exactly one of `path` or `url`")
        if self.branch and not self.url:
            raise ValueError("`branch` applies to `url` repositories only")
        return self


class RayOptions(_Model):
    address: str | None = None
    """`auto`, `ray://host:10001`, or None to start a local Ray."""
    num_cpus: float = Field(1.0, gt=0)
    """CPUs reserved per repository task."""
    memory_mb: int | None = Field(None, gt=0)
    """Memory reserved per repository task."""
    max_retries: int = Field(1, ge=0)
    """Retries of a task whose worker died (not of a repository that failed cleanly)."""


class SweepConfig(_Model):
    repos: list[RepoSpec] = Field(min_length=1)
    defaults: dict[str, Any] = {}
    """Settings applied to every repository (same keys as the aise config file)."""
    executor: Literal["local", "ray"] = "local"
    concurrency: int = Field(2, ge=1)
    """Repositories processed at once by the local executor."""
    repo_timeout: float = Field(1800.0, gt=0)
    """Seconds one repository may take before it is stopped and recorded as failed."""
    output: str = ".aise-sweep"
    """Folder for sweep reports and the baseline database (relative to the config file)."""
    cache_dir: str | None = None
    """Where URL repositories are cloned; default `<output>/repos`."""
    fail_on: Severity = Severity.HIGH
    """Exit 1 when new needs_human findings at or above this severity appear."""
    ray: RayOptions = RayOptions()

    @model_validator(mode="after")
    def _unique_names(self) -> SweepConfig:
        names = [repo.name for repo in self.repos]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise ValueError(f"repository names must be unique: {', '.join(duplicates)}")
        return self

    def settings_layer(self, repo: RepoSpec) -> dict[str, Any]:
        return deep_merge(self.defaults, repo.config)

    def settings_for(self, repo: RepoSpec, checkout: Path) -> Settings:
        return load_settings(checkout, None, (), extra=self.settings_layer(repo))

    def config_hash(self, repo: RepoSpec) -> str:
        blob = json.dumps(self.settings_layer(repo), sort_keys=True, default=str)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]


def load_sweep_config(path: Path) -> tuple[SweepConfig, Path]:
    """Read and validate the whole sweep config up front; returns it and its base folder."""
    if not path.is_file():
        what = "is not a file" if path.exists() else "sweep config not found"
        raise ConfigError(f"{path}: {what}", hint=_HINT)
    data = read_yaml_file(path)
    try:
        config = SweepConfig.model_validate(data)
    except ValidationError as exc:
        details = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(top)'}: {err['msg']}" for err in exc.errors()
        )
        raise ConfigError(f"{path}: {details}", hint=_HINT) from None
    base = path.resolve().parent
    for repo in config.repos:
        # Validate each repository's settings now, so a typo fails before any work starts.
        try:
            Settings.model_validate(deep_merge(_defaults_only(), config.settings_layer(repo)))
        except ValidationError as exc:
            first = exc.errors()[0]
            key = ".".join(str(p) for p in first["loc"])
            raise ConfigError(
                f"{path}: repos[{repo.name}] settings: {key}: {first['msg']}", hint=_HINT
            ) from None
    return config, base


def _defaults_only() -> dict[str, Any]:
    from aise.config import builtin_defaults

    return builtin_defaults()
