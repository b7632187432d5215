"""The scanner registry: built-ins listed in code, plugins from the `aise.scanners` entry points."""

from __future__ import annotations

import importlib
import inspect
from importlib.metadata import entry_points

from aise.config import ScanSettings
from aise.errors import PluginError
from aise.tools.scanners.bandit import BanditScanner
from aise.tools.scanners.base import Scanner
from aise.tools.scanners.detectsecrets import DetectSecretsScanner
from aise.tools.scanners.sarif_import import SarifScanner
from aise.tools.scanners.semgrep import SemgrepScanner

__all__ = [
    "BUILTIN_SCANNERS",
    "ENTRY_POINT_GROUP",
    "builtin_scanners",
    "create_scanner",
    "load_scanners",
]

ENTRY_POINT_GROUP = "aise.scanners"
BUILTIN_SCANNERS: tuple[type[Scanner], ...] = (
    BanditScanner,
    SemgrepScanner,
    DetectSecretsScanner,
    SarifScanner,
)
"""Scanners that always ship with aise."""

_LAZY_BUILTINS = (("aise.tools.scanners.aise_flow", "AiseFlowScanner"),)
"""Built-ins imported on demand: they pull in heavier modules (the analysis engine)."""


def builtin_scanners() -> tuple[type[Scanner], ...]:
    """BUILTIN_SCANNERS plus the lazily imported built-ins that are present."""
    found = list(BUILTIN_SCANNERS)
    for module_name, class_name in _LAZY_BUILTINS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue  # not part of this build
            raise PluginError(f"built-in scanner {module_name} cannot be imported: {exc}") from exc
        found.append(getattr(module, class_name))
    return tuple(found)


def _plugins() -> list[type[Scanner]]:
    loaded: list[type[Scanner]] = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            cls = ep.load()
        except Exception as exc:  # a broken plugin must say which one it is
            raise PluginError(
                f"scanner plugin {ep.name!r} ({ep.value}) failed to load: {exc}"
            ) from exc
        if not isinstance(getattr(cls, "id", None), str):
            raise PluginError(f"scanner plugin {ep.name!r} ({ep.value}) has no string `id`")
        loaded.append(cls)
    return loaded


def load_scanners(*, third_party: bool = True) -> dict[str, type[Scanner]]:
    """Scanner classes by id; a duplicate id raises PluginError."""
    found: dict[str, type[Scanner]] = {}
    for cls in (*builtin_scanners(), *(_plugins() if third_party else [])):
        if cls.id in found:
            raise PluginError(
                f"scanner id {cls.id!r} registered twice ({found[cls.id]!r}, {cls!r})"
            )
        found[cls.id] = cls
    return found


def create_scanner(cls: type[Scanner], settings: ScanSettings) -> Scanner:
    """Build a scanner, passing `settings` when its constructor takes them."""
    try:
        takes_settings = "settings" in inspect.signature(cls).parameters
    except (TypeError, ValueError):
        takes_settings = False
    return cls(settings=settings) if takes_settings else cls()  # type: ignore[call-arg]
