"""The codemod registry: built-ins listed in code, plugins from the `aise.codemods` entry points."""

from __future__ import annotations

from importlib.metadata import entry_points

from aise.errors import PluginError
from aise.models import Finding
from aise.tools.codemods.base import Codemod
from aise.tools.codemods.cmdi import ShellToArgv
from aise.tools.codemods.cookies import SecureCookie
from aise.tools.codemods.debug import DebugFromEnv
from aise.tools.codemods.deserialization import EvalToLiteralEval, PickleToJson, YamlSafeLoad
from aise.tools.codemods.pathtraver import ContainPath
from aise.tools.codemods.redirect import SameSiteRedirect
from aise.tools.codemods.secrets import SecretFromEnv
from aise.tools.codemods.sqli import SQLParameterize
from aise.tools.codemods.tempfile_mktemp import MkstempNotMktemp
from aise.tools.codemods.tls import VerifyTLS
from aise.tools.codemods.weak_hash import StrongerHash
from aise.tools.codemods.weak_random import SecretsRandom
from aise.tools.codemods.xss import EscapeHTML
from aise.tools.codemods.xxe import DefusedXML

__all__ = ["BUILTIN_CODEMODS", "ENTRY_POINT_GROUP", "codemods_for", "load_codemods"]

ENTRY_POINT_GROUP = "aise.codemods"

BUILTIN_CODEMODS: tuple[type[Codemod], ...] = (
    SQLParameterize,
    ShellToArgv,
    YamlSafeLoad,
    PickleToJson,
    EvalToLiteralEval,
    StrongerHash,
    SecretsRandom,
    VerifyTLS,
    MkstempNotMktemp,
    DebugFromEnv,
    SecretFromEnv,
    DefusedXML,
    ContainPath,
    SameSiteRedirect,
    SecureCookie,
    EscapeHTML,
)
"""Order matters only when several claim a finding: the first that produces a fix wins."""


def load_codemods(*, third_party: bool = True) -> dict[str, Codemod]:
    """Instances of every codemod by id; a duplicate id or a non-codemod plugin raises PluginError."""
    classes: list[type[Codemod]] = list(BUILTIN_CODEMODS)
    if third_party:
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            try:
                loaded = ep.load()
            except (ImportError, AttributeError) as exc:
                raise PluginError(f"codemod plugin {ep.name!r} ({ep.value}) cannot be loaded: {exc}") from exc
            classes.append(loaded)
    found: dict[str, Codemod] = {}
    for cls in classes:
        if not (isinstance(cls, type) and issubclass(cls, Codemod)) or not hasattr(cls, "metadata"):
            raise PluginError(f"{cls!r} is not an aise Codemod subclass with metadata")
        codemod = cls()
        if codemod.id in found:
            raise PluginError(
                f"codemod id {codemod.id!r} registered twice ({type(found[codemod.id])!r}, {cls!r})"
            )
        found[codemod.id] = codemod
    return found


def codemods_for(finding: Finding, codemods: dict[str, Codemod]) -> list[Codemod]:
    """The codemods that claim `finding`, in registry order."""
    return [c for c in codemods.values() if c.handles(finding)]
