"""The error types aise raises; only the CLI turns them into messages."""

from __future__ import annotations

__all__ = [
    "AiseError",
    "BudgetExceeded",
    "ConfigError",
    "InputError",
    "ModelOutputError",
    "ModelUnavailable",
    "PluginError",
    "ScannerError",
]


class AiseError(Exception):
    """Base of every error aise raises on purpose."""

    hint: str | None = None

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint


class ConfigError(AiseError):
    """The configuration is invalid; the user must act (exit 2)."""


class InputError(AiseError):
    """A path, file or argument given by the user cannot be used (exit 2)."""


class PluginError(AiseError):
    """A scanner or codemod plugin is broken or registered twice."""


class ScannerError(AiseError):
    """One scanner failed; recorded per scanner while the others go on."""

    def __init__(self, scanner: str, message: str, *, hint: str | None = None) -> None:
        super().__init__(f"{scanner}: {message}", hint=hint)
        self.scanner = scanner


class ModelOutputError(AiseError):
    """The model's reply did not match the schema (one repair retry, then fall back)."""


class ModelUnavailable(ModelOutputError):
    """The model gave no reply after the retries (timeouts, rate limits, server errors);
    callers fall back exactly as for a reply that does not match the schema."""


class BudgetExceeded(AiseError):
    """A run-wide budget ran out; remaining findings go to needs_human."""
