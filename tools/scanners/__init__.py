"""aise.tools.scanners: one module per scanner behind the `Scanner` protocol, and the registry."""

from aise.tools.scanners.bandit import BanditScanner
from aise.tools.scanners.base import Scanner, ScannerId
from aise.tools.scanners.detectsecrets import DetectSecretsScanner
from aise.tools.scanners.registry import (
    BUILTIN_SCANNERS,
    ENTRY_POINT_GROUP,
    builtin_scanners,
    create_scanner,
    load_scanners,
)
from aise.tools.scanners.sarif_import import SarifScanner
from aise.tools.scanners.semgrep import SemgrepScanner

__all__ = [
    "BUILTIN_SCANNERS",
    "ENTRY_POINT_GROUP",
    "BanditScanner",
    "DetectSecretsScanner",
    "SarifScanner",
    "Scanner",
    "ScannerId",
    "SemgrepScanner",
    "builtin_scanners",
    "create_scanner",
    "load_scanners",
]
