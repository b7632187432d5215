"""Settings: built-in defaults, then the user's YAML, then `-c key=value`, validated once."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from aise._repo_trust import REPO_PATH_KEYS, TRUST_KEYS, check_repo_layer, check_state_paths
from aise.errors import ConfigError
from aise.models import Severity

__all__ = [
    "REPO_CONFIG_NAME",
    "REPO_PATH_KEYS",
    "TRUST_KEYS",
    "FixSettings",
    "LLMSettings",
    "MemorySettings",
    "PolicySettings",
    "ScanSettings",
    "Settings",
    "builtin_defaults",
    "deep_merge",
    "dotted_to_nested",
    "load_settings",
    "read_yaml_file",
]

REPO_CONFIG_NAME = ".aise.yaml"
_YAML_HINT = "fix the YAML syntax there (spaces for indentation, closed brackets and quotes)"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class ScanSettings(_Section):
    scanners: list[str] = ["bandit", "semgrep", "detect-secrets", "aise-flow"]
    """Scanner ids to run (see `aise scanners list`)."""
    timeout: float = Field(300.0, gt=0)
    """Seconds each scanner may run before it is stopped and recorded as failed."""
    exclude: list[str] = [".git", ".aise", "node_modules", ".venv", "venv", "dist", "build", "site-packages"]
    """Folder names and globs never scanned."""
    semgrep_rules: list[str] = []
    """Extra semgrep rule files or folders, added to the bundled offline rules (relative to the repository)."""
    semgrep_registry: list[str] = []
    """Registry packs such as `p/python`; these need the network and are off by default."""
    semgrep_bundled: bool = True
    """Use the rules shipped in `configs/rules/`."""
    sarif: list[str] = []
    """SARIF 2.1.0 files from other tools (CodeQL, Snyk, Trivy) to import as findings (relative to the repository)."""
    max_file_bytes: int = Field(1_000_000, gt=0)
    """Larger files are skipped by the scanners and the analysis."""


class MemorySettings(_Section):
    path: str = ".aise/memory"
    """Folder of the embedded Chroma store, relative to the repository."""
    url: str | None = None
    """A shared Chroma server (`http://host:8000`); when set, `path` is unused."""
    embedder: Literal["builtin", "litellm", "sentence-transformers", "chroma-default"] = "builtin"
    """`builtin` hashes code tokens offline; the others need a model (see README)."""
    embedding_model: str | None = None
    """Model name for the `litellm` or `sentence-transformers` embedders."""
    dimensions: int = Field(384, ge=64, le=4096)
    """Vector size of the built-in embedder."""
    window_lines: int = Field(40, ge=5)
    """Line-window size for files that are not Python."""
    window_overlap: int = Field(10, ge=0)
    max_file_bytes: int = Field(512_000, gt=0)
    decisions_path: str = ".aise/decisions.db"
    """SQLite copy of every recorded decision and fix, outside the Chroma folder, so a rebuild keeps them."""
    namespace: str | None = None
    """Collection-name prefix on a shared server (`url`); derived from the repository when unset."""
    lock_timeout: float = Field(120.0, ge=0)
    """Seconds a writer waits for another process writing the same memory before failing."""


class LLMSettings(_Section):
    mode: Literal["heuristic", "llm", "auto"] = "heuristic"
    """`heuristic` needs no model; `auto` asks the model only what the rules cannot settle."""
    model: str | None = None
    """litellm model name, e.g. `openai/gpt-4o-mini`, `anthropic/claude-sonnet-4-5`, `ollama/qwen2.5-coder`."""
    models: dict[str, str] = {}
    """Per-agent model overrides: keys `triage`, `exploitability`, `fixer`."""
    api_base: str | None = None
    """Base URL of an OpenAI-compatible server (vLLM, llama.cpp, Ollama)."""
    api_key_env: str | None = None
    """Name of the environment variable holding the key; the key itself never appears in config."""
    timeout: float = Field(60.0, gt=0)
    max_retries: int = Field(3, ge=0)
    """Retries after a rate limit (429), a server error, a connection error or a timeout."""
    retry_backoff: float = Field(1.0, ge=0)
    """First backoff in seconds; doubles on each retry (with jitter), capped at 60 s."""
    concurrency: int = Field(4, ge=1)
    """Model requests in flight at once, per client."""
    temperature: float = Field(0.0, ge=0.0, le=2.0)
    cache: bool = True
    """Cache replies on disk keyed by model and prompt, so a re-run costs nothing."""
    max_usd: float | None = Field(None, ge=0)
    """Run-wide LLM spend budget; None means unlimited."""
    auto_threshold: float = Field(0.75, ge=0.0, le=1.0)
    """In `auto` mode, a rule verdict at or above this confidence is final; the model gets the rest."""


class IgnoreRule(_Section):
    path: str | None = None
    """Glob of paths to ignore."""
    rule: str | None = None
    """Rule id (`scanner:rule` or bare rule) to ignore."""
    reason: str = Field(min_length=3)
    """Why; required, and shown in the report."""


class PolicySettings(_Section):
    auto_fix_severities: list[Severity] = [Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL]
    """Severities the fixer may fix without asking."""
    auto_fix_cwes: list[int] = []
    """If non-empty, only these CWEs are fixed without asking."""
    approval_paths: list[str] = []
    """Fixes touching these globs (e.g. `**/auth/**`) stay on the branch until a human approves.
    Off by default: every fix already lands on its own `aise/<run-id>` branch for review."""
    approval_outside_function: bool = False
    """A fix that changes code outside the finding's function (imports aside) needs approval."""
    accept_unreachable_below: Severity = Severity.HIGH
    """A true positive unreachable from every entry point, with severity below this, is accepted risk."""
    ignore: list[IgnoreRule] = []
    max_attempts: int = Field(3, ge=1)
    """Fix attempts per finding before it goes to a human."""
    max_steps: int = Field(2000, ge=1)
    max_wall_seconds: float = Field(3600.0, gt=0)


class FixSettings(_Section):
    enabled: bool = True
    run_tests: bool = True
    """Run the repository's own tests to verify a fix (trust setting)."""
    test_command: str | None = None
    """Shell-free command line; detected (pytest, unittest, npm test) when unset (trust setting)."""
    test_timeout: float = Field(600.0, gt=0)
    candidates: int = Field(3, ge=1, le=10)
    """LLM fix candidates per attempt in `llm` mode; the smallest that passes wins."""


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)
    scan: ScanSettings = ScanSettings()
    memory: MemorySettings = MemorySettings()
    llm: LLMSettings = LLMSettings()
    policy: PolicySettings = PolicySettings()
    fix: FixSettings = FixSettings()
    state_dir: str = ".aise"
    """Where runs, checkpoints and memory live, relative to the repository."""


def _read_yaml(text: str, origin: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or exc
        raise ConfigError(f"{origin}{where}: not valid YAML ({problem})", hint=_YAML_HINT) from None
    except RecursionError:  # `[[[[...` nested deeper than the parser's stack
        raise ConfigError(f"{origin}: not valid YAML (nested too deeply)", hint=_YAML_HINT) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(
            f"{origin}: expected a mapping at the top level, got {type(data).__name__}",
            hint="a config file maps sections to settings, e.g. `scan:` then `  timeout: 60`",
        )
    return data


_MAX_CONFIG_BYTES = 1_000_000
"""A config file is a page of YAML; a repository's giant one is refused, not loaded."""


def read_yaml_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            data = handle.read(_MAX_CONFIG_BYTES + 1)
        if len(data) > _MAX_CONFIG_BYTES:
            raise ConfigError(
                f"{path}: larger than {_MAX_CONFIG_BYTES // 1_000_000} MB; not a config file",
                hint="a config file maps sections to settings, a page of YAML",
            )
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"{path}: cannot read ({exc.__class__.__name__}: {exc})",
            hint="a config file must be readable UTF-8 text",
        ) from None
    return _read_yaml(text, str(path))


def builtin_defaults() -> dict[str, Any]:
    text = resources.files("aise.configs").joinpath("default.yaml").read_text(encoding="utf-8")
    return _read_yaml(text, "built-in default.yaml")


def dotted_to_nested(override: str) -> dict[str, Any]:
    """`llm.mode=auto` -> {"llm": {"mode": "auto"}}; the value is parsed as YAML."""
    key, sep, raw = override.partition("=")
    if not sep or not key.strip():
        raise ConfigError(f"-c {override!r}: expected key=value", hint="for example: -c llm.mode=auto")
    value = _read_yaml(f"v: {raw}", f"-c {key}")["v"] if raw.strip() else ""
    nested: dict[str, Any] = {}
    cursor = nested
    parts = key.strip().split(".")
    for part in parts[:-1]:
        cursor = cursor.setdefault(part, {})
    cursor[parts[-1]] = value
    return nested


def deep_merge(*layers: dict[str, Any]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for layer in layers:
        for key, value in layer.items():
            if isinstance(value, dict) and isinstance(merged.get(key), dict):
                merged[key] = deep_merge(merged[key], value)
            else:
                merged[key] = value
    return merged


def load_settings(
    repo: Path | None = None,
    user_file: Path | None = None,
    overrides: list[str] | tuple[str, ...] = (),
    *,
    extra: dict[str, Any] | None = None,
) -> Settings:
    """Merge defaults, the repo's `.aise.yaml`, the user's file (or `extra`) and overrides; validate once."""
    layers: list[tuple[str, dict[str, Any]]] = [("built-in default.yaml", builtin_defaults())]
    if repo is not None and (repo / REPO_CONFIG_NAME).is_file():
        repo_file = repo / REPO_CONFIG_NAME
        data = read_yaml_file(repo_file)
        check_repo_layer(repo_file, data)
        layers.append((str(repo_file), data))
    env_file = os.environ.get("AISE_CONFIG")
    user = user_file or (Path(env_file) if env_file else None)
    if user is not None:
        if not user.is_file():
            what = "is not a file" if user.exists() else "config file not found"
            raise ConfigError(f"{user}: {what}", hint="pass the path of a YAML file to --config (or AISE_CONFIG)")
        layers.append((str(user), read_yaml_file(user)))
    if extra:
        layers.append(("sweep config", extra))
    layers.extend((f"-c {o.partition('=')[0]}", dotted_to_nested(o)) for o in overrides)
    try:
        settings = Settings.model_validate(deep_merge(*(data for _, data in layers)))
    except ValidationError as exc:
        raise _config_error(exc, layers) from None
    if repo is not None:
        check_state_paths(repo, settings.model_dump())
    return settings


def _config_error(exc: ValidationError, layers: list[tuple[str, dict[str, Any]]]) -> ConfigError:
    messages = []
    for error in exc.errors():
        key = ".".join(str(p) for p in error["loc"])
        origin = next(
            (name for name, data in reversed(layers) if key.split(".")[0] in data and _has(data, error["loc"])),
            layers[-1][0],
        )
        messages.append(f"{origin}: {key}: {error['msg']}")
    return ConfigError("; ".join(messages), hint="`aise config show` prints the effective configuration")


def _has(data: dict[str, Any], loc: tuple[int | str, ...]) -> bool:
    cursor: Any = data
    for part in loc:
        if isinstance(cursor, dict) and part in cursor:
            cursor = cursor[part]
        elif isinstance(cursor, list) and isinstance(part, int) and part < len(cursor):
            cursor = cursor[part]
        else:
            return False
    return True
