"""A repository analysed once: files parsed once, modules resolved, functions summarised.

`Project(root).analyse()` interprets every module and function a single time (memoised
summaries, recursion-safe) and keeps every sink hit, so many findings can then be
answered in O(1) each through `hits_at`.
"""

from __future__ import annotations

import ast
import os
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from aise.tools.analysis.callgraph import entry_kind, view_method_kind
from aise.tools.analysis.hits import FunctionSummary, SinkHit
from aise.tools.analysis.objects import ObjectsMixin, scan_module
from aise.tools.analysis.secrets import SecretLiteral, find_secrets
from aise.tools.analysis.values import AV, Label, Step

__all__ = ["FuncUnit", "ModuleInfo", "Project"]

_SKIP_DIRS = frozenset({".git", ".hg", ".svn", ".venv", "venv", "env", "node_modules", "__pycache__",
                        "site-packages", ".tox", ".nox", ".mypy_cache", ".ruff_cache", ".aise",
                        "build", "dist", ".eggs"})
_MAX_BYTES = 1_000_000


@dataclass
class ModuleInfo:
    name: str
    path: str
    """Repository-relative POSIX path."""
    tree: ast.Module | None
    is_package: bool
    source: str = ""
    defs: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Top-level name -> (kind, unit qual), kind being `function` or `class`."""
    imports: frozenset[str] = frozenset()
    """Top-level packages the module imports anywhere (framework detection)."""
    stores: frozenset[str] = frozenset()
    """Attribute names assigned on objects other than `self`/`cls` (`obj.attr = ...`)."""


@dataclass
class FuncUnit:
    qual: str
    module: str
    path: str
    node: ast.AST
    parent: str | None
    cls: str | None
    entry: str | None
    is_package: bool = False
    bases: tuple[ast.expr, ...] = ()

    @property
    def params(self) -> list[str]:
        node = self.node
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            return []
        args = node.args
        names = [a.arg for a in args.posonlyargs + args.args]
        names += [a.arg for a in args.kwonlyargs]
        if args.vararg:
            names.append("*" + args.vararg.arg)
        return names


class Project(ObjectsMixin):
    """Parse-once, analyse-once view of a repository's Python code."""

    def __init__(self, root: Path, paths: list[Path] | None = None) -> None:
        self.root = root.resolve()
        self.modules: dict[str, ModuleInfo] = {}
        self.by_path: dict[str, ModuleInfo] = {}
        self.units: dict[str, FuncUnit] = {}
        self.classes: dict[str, FuncUnit] = {}
        self._node_qual: dict[int, str] = {}
        self._suffix: dict[str, list[str]] = {}
        self._module_env: dict[str, dict[str, AV]] = {}
        self._closures: dict[str, dict[str, AV]] = {}
        self._summaries: dict[str, FunctionSummary] = {}
        self._in_progress: set[str] = set()
        self._module_lookup: dict[str, str | None] = {}
        self.hits: dict[str, list[SinkHit]] = {}
        self.analysed = False
        self._callers: dict[str, set[str]] | None = None
        self._by_file: dict[str, list[FuncUnit]] | None = None
        self.dead: dict[str, list[tuple[int, int]]] = {}
        self.errors: list[str] = []
        self.inline_cache: dict[Any, FunctionSummary] = {}
        """Summaries of callees interpreted with a caller's argument values (see `inline.py`)."""
        self._node_counts: dict[str, int] = {}
        self._secrets: dict[str, list[SecretLiteral]] = {}
        """Functions the interpreter could not analyse (internal errors), as `path:line qual: error`."""
        self._class_envs: dict[str, dict[str, AV]] = {}
        self._fields: dict[tuple[str, str], AV | None] = {}
        self._outside_stores: set[str] = set()
        self._lambdas: dict[int, tuple[ast.Lambda, dict[str, AV]]] = {}
        self.call_flows: dict[str, dict[int, frozenset[Label]]] = {}
        """Per file and line: flows reaching an argument of some call there (for unmodelled sinks)."""
        for path in paths if paths is not None else self._discover():
            self._load(path)

    # ----- loading -----------------------------------------------------------------------
    def _discover(self) -> list[Path]:
        out: list[Path] = []
        for dirpath, dirnames, filenames in os.walk(self.root):
            dirnames[:] = sorted(d for d in dirnames if d not in _SKIP_DIRS and not d.endswith(".egg-info"))
            out.extend(Path(dirpath) / f for f in sorted(filenames) if f.endswith(".py"))
        return out

    def _load(self, path: Path) -> None:
        path = path if path.is_absolute() else self.root / path
        try:
            # Only regular files, never through a symlink: a repository may hold loops,
            # FIFOs or links out of itself. Oversized files are not read at all.
            info_stat = path.lstat()
            if not stat.S_ISREG(info_stat.st_mode) or info_stat.st_size > _MAX_BYTES:
                return
            rel = path.relative_to(self.root).as_posix()
            data = path.read_bytes()
        except (OSError, ValueError, RuntimeError):
            return
        text = data.decode("utf-8", "replace")
        try:
            tree: ast.Module | None = ast.parse(text)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            tree = None  # unparsable or too deeply nested: the file's findings stay uncertain
        parts = rel[:-3].split("/")
        is_package = parts[-1] == "__init__"
        if is_package:
            parts = parts[:-1]
        name = ".".join(parts) or "__init__"
        info = ModuleInfo(name, rel, tree, is_package, text)
        self.modules[name] = info
        self.by_path[rel] = info
        for i in range(len(parts)):
            self._suffix.setdefault(".".join(parts[i:]), []).append(name)
        if tree is not None:
            self._index(info, tree)
            info.imports, info.stores, views = scan_module(tree)
            for view in views:
                unit = self.units.get(info.defs.get(view, ("", ""))[1])
                if unit is not None and unit.entry is None:
                    unit.entry = "route"

    def _index(self, info: ModuleInfo, tree: ast.Module) -> None:
        module_qual = f"{info.name}.<module>"
        self.units[module_qual] = FuncUnit(module_qual, info.name, info.path, tree, None, None,
                                           "main" if _has_main_guard(tree) else None, info.is_package)

        def walk(node: ast.AST, prefix: str, parent: str | None, cls: str | None) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                    qual = f"{prefix}.{child.name}"
                    self._node_qual[id(child)] = qual
                    if parent is None and cls is None:
                        kind = "class" if isinstance(child, ast.ClassDef) else "function"
                        info.defs[child.name] = (kind, qual)
                    if isinstance(child, ast.ClassDef):
                        unit = FuncUnit(qual, info.name, info.path, child, parent, cls, None,
                                        info.is_package, tuple(child.bases))
                        self.classes[qual] = unit
                        walk(child, qual, parent, qual)
                    else:
                        kind = entry_kind(child, info.name)
                        if cls is not None and cls in self.classes:
                            cls_node = self.classes[cls].node
                            assert isinstance(cls_node, ast.ClassDef)
                            kind = view_method_kind(child, cls_node) or (kind if kind != "route" or
                                                                        child.args.args[:1] and child.args.args[0].arg != "self" else None)
                        self.units[qual] = FuncUnit(qual, info.name, info.path, child, parent, cls,
                                                    kind, info.is_package)
                        walk(child, qual, qual, None)
                elif not isinstance(child, ast.expr):
                    walk(child, prefix, parent, cls)

        walk(tree, info.name, None, None)

    # ----- name resolution ---------------------------------------------------------------
    def find_module(self, dotted: str) -> str | None:
        if dotted in self._module_lookup:
            return self._module_lookup[dotted]
        found: str | None = dotted if dotted in self.modules else None
        if found is None:
            candidates = self._suffix.get(dotted, [])
            found = min(candidates, key=len) if candidates else None
        self._module_lookup[dotted] = found
        return found

    def _split(self, qual: str) -> tuple[str, list[str]] | None:
        parts = qual.split(".")
        for cut in range(len(parts), 0, -1):
            module = self.find_module(".".join(parts[:cut]))
            if module is not None:
                return module, parts[cut:]
        return None

    def resolve_function(self, qual: str, depth: int = 0) -> tuple[str, str] | None:
        """(kind, unit qual) for a repository function, method or class named by `qual`."""
        if qual in self.units and not qual.endswith("<module>"):
            return ("function", qual)
        if qual in self.classes:
            return ("class", qual)
        if depth > 4:
            return None
        head, _, last = qual.rpartition(".")
        if head in self.classes:
            for base in self.classes[head].bases:
                base_qual = self._expr_qual(self.classes[head].module, base)
                if base_qual:
                    found = self.resolve_function(f"{base_qual}.{last}", depth + 1)
                    if found:
                        return found
            return None
        split = self._split(qual)
        if split is None or not split[1]:
            return None
        module, rest = split
        info = self.modules[module]
        if rest[0] in info.defs:
            kind, unit = info.defs[rest[0]]
            target = ".".join([unit, *rest[1:]])
            return (kind, unit) if len(rest) == 1 else self.resolve_function(target, depth + 1)
        alias = self.module_env(module).get(rest[0])
        if alias is not None and alias.qual and alias.qual != qual:
            return self.resolve_function(".".join([alias.qual, *rest[1:]]), depth + 1)
        return None

    def _expr_qual(self, module: str, node: ast.expr) -> str | None:
        if isinstance(node, ast.Name):
            value = self.module_env(module).get(node.id)
            return value.qual if value else None
        if isinstance(node, ast.Attribute):
            base = self._expr_qual(module, node.value)
            return f"{base}.{node.attr}" if base else None
        return None

    def resolve_value(self, qual: str) -> AV | None:
        """The value of a repository module attribute (`helpers.utils.TESTFILES_DIR`), if known."""
        if qual.startswith("django.conf.settings.") and qual.count(".") == 3:
            # Django settings are the project's `settings` module (or package).
            module = self.find_module("settings")
            value = self.module_env(module).get(qual.rpartition(".")[2]) if module else None
            return value if value is not None and value.is_const else None
        split = self._split(qual)
        if split is None:
            return None
        module, rest = split
        if not rest:
            return AV(qual=module) if module != qual else None
        head, _, attr = qual.rpartition(".")
        if head in self.classes:
            value = self.class_env(head).get(attr)
            return value if value is not None and value.is_const else None
        if len(rest) != 1:
            return None
        info = self.modules[module]
        if rest[0] in info.defs:
            return AV(qual=info.defs[rest[0]][1])
        value = self.module_env(module).get(rest[0])
        if value is None:
            return None
        if value.qual and value.qual != qual:
            resolved = self.resolve_value(value.qual)
            return resolved if resolved is not None else value
        return value

    def absolute_module(self, module: str, name: str | None, level: int, is_package: bool) -> str:
        if level == 0:
            return name or ""
        parts = module.split(".")
        keep = len(parts) - level + (1 if is_package else 0)
        base = ".".join(parts[: max(keep, 0)])
        return ".".join(p for p in (base, name) if p)

    def params_of(self, qual: str) -> list[str]:
        unit = self.units.get(qual)
        return unit.params if unit else []

    def nested_qual(self, unit: FuncUnit, node: ast.AST) -> str:
        return self._node_qual.get(id(node), f"{unit.qual}.{getattr(node, 'name', '?')}")

    # ----- environments ------------------------------------------------------------------
    def module_env(self, module: str) -> dict[str, AV]:
        if module not in self._module_env:
            self.summary(f"{module}.<module>")
        return self._module_env.get(module, {})

    def set_module_env(self, module: str, env: dict[str, AV]) -> None:
        self._module_env[module] = env

    def set_closure(self, qual: str, env: dict[str, AV]) -> None:
        self._closures.setdefault(qual, env)

    def _closure_for(self, unit: FuncUnit) -> dict[str, AV]:
        if unit.parent is None and not unit.qual.endswith("<module>"):
            self.module_env(unit.module)
        elif unit.parent is not None and unit.qual not in self._closures:
            self.summary(unit.parent)
        closure = self._closures.get(unit.qual)
        if unit.parent is None and unit.module in self._module_env and not unit.qual.endswith("<module>"):
            # Globals bind late: a route handler calls helpers defined further down the module,
            # so a top-level function sees the module as it is once fully executed.
            return {**(closure or {}), **self._module_env[unit.module]}
        if closure is None and not unit.qual.endswith("<module>"):
            closure = self._module_env.get(unit.module, {})
        return closure or {}

    # ----- analysis ----------------------------------------------------------------------
    def summary(self, qual: str) -> FunctionSummary | None:
        cached = self._summaries.get(qual)
        if cached is not None:
            return cached
        unit = self.units.get(qual)
        if unit is None:
            return None
        if qual in self._in_progress:
            return _recursive_summary(unit)
        self._in_progress.add(qual)
        try:
            from aise.tools.analysis.taint import FunctionInterpreter

            closure = self._closure_for(unit)
            result = FunctionInterpreter(self, unit, closure).run()
        except (RecursionError, AttributeError, TypeError, ValueError, KeyError, IndexError) as exc:
            # One odd function must not stop the analysis of the repository: keep an empty,
            # incomplete summary and say why.
            self.errors.append(f"{unit.path}:{getattr(unit.node, 'lineno', 0)} {qual}: {type(exc).__name__}: {exc}")
            result = FunctionSummary(qual, _recursive_summary(unit).ret, [], set(), complete=False)
        finally:
            self._in_progress.discard(qual)
        self._summaries[qual] = result
        if result.dead:
            self.dead.setdefault(unit.path, []).extend(result.dead)
        for hit in result.hits:
            self.hits.setdefault(hit.path, []).append(hit)
            if hit.via and hit.via[0].path != hit.path:
                # A sink inside another module's helper is also reported at the call site
                # in this file, where the flow is decided.
                call = hit.via[0]
                projected = replace(hit, path=call.path, line=call.line, col=0, end_line=call.line)
                self.hits.setdefault(call.path, []).append(projected)
        return result

    def note_call(self, path: str, line: int, end_line: int, labels: frozenset[Label]) -> None:
        lines = self.call_flows.setdefault(path, {})
        for number in range(line, min(end_line, line + 5) + 1):
            lines[number] = lines.get(number, frozenset()) | labels

    @property
    def in_progress(self) -> set[str]:
        """Functions being interpreted right now (recursion guard)."""
        return self._in_progress

    def closure_of(self, unit: FuncUnit) -> dict[str, AV]:
        return self._closure_for(unit)

    def node_count(self, qual: str) -> int:
        if qual not in self._node_counts:
            unit = self.units.get(qual)
            self._node_counts[qual] = sum(1 for _ in ast.walk(unit.node)) if unit is not None else 0
        return self._node_counts[qual]

    def secrets_in(self, path: str) -> list[SecretLiteral]:
        """Hard-coded credentials in one file (computed once)."""
        if path not in self._secrets:
            info = self.by_path.get(path)
            self._secrets[path] = find_secrets(info.tree) if info is not None and info.tree is not None else []
        return self._secrets[path]

    def imports_of(self, module: str) -> frozenset[str]:
        info = self.modules.get(module)
        return info.imports if info is not None else frozenset()

    def register_lambda(self, node: ast.Lambda, env: dict[str, AV]) -> int:
        self._lambdas.setdefault(id(node), (node, dict(env)))
        return id(node)

    def lambda_of(self, key: int) -> tuple[ast.Lambda, dict[str, AV]] | None:
        return self._lambdas.get(key)

    def analyse(self) -> Project:
        """Interpret every module and function once."""
        if self.analysed:
            return self
        for module in list(self.modules):
            self.module_env(module)
        for qual in list(self.units):
            self.summary(qual)
        self.analysed = True
        return self

    def hits_in(self, path: str) -> list[SinkHit]:
        self.analyse()
        return self.hits.get(path, [])

    def summaries(self) -> dict[str, FunctionSummary]:
        return self._summaries

    def callers(self) -> dict[str, set[str]]:
        """Reversed call edges (callee -> callers), built once after analysis."""
        if self._callers is None:
            self.analyse()
            self._callers = {}
            for caller, summary in self._summaries.items():
                for callee in summary.calls:
                    self._callers.setdefault(callee, set()).add(caller)
        return self._callers

    def units_in(self, path: str) -> list[FuncUnit]:
        if self._by_file is None:
            self._by_file = {}
            for unit in self.units.values():
                self._by_file.setdefault(unit.path, []).append(unit)
        return self._by_file.get(path, [])


def _recursive_summary(unit: FuncUnit) -> FunctionSummary:
    """While a function is being analysed, a recursive call propagates every argument."""
    step = Step(unit.path, getattr(unit.node, "lineno", 1), "recursive call")
    labels = frozenset(Label(f"param:{i}", trail=(step,)) for i in range(len(unit.params)))
    return FunctionSummary(unit.qual, AV(labels=labels), [], set(), complete=False)


def _has_main_guard(tree: ast.Module) -> bool:
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Compare):
            left = node.test.left
            if isinstance(left, ast.Name) and left.id == "__name__":
                return True
    return False
