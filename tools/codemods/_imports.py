"""Add imports where a person would: in the right group (stdlib / third party), in sorted order."""

from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache

import libcst as cst
from libcst.codemod import CodemodContext
from libcst.codemod.visitors import AddImportsVisitor

Needed = tuple[str, str | None, str | None]


def add_imports(module: cst.Module, needed: list[Needed]) -> cst.Module:
    """`module` with each (module, name, asname) import present; existing ones are kept as they are."""
    leftovers: list[Needed] = []
    for item in dict.fromkeys(needed):
        if _present(module, item):
            continue
        placed = _place(module, item)
        if placed is None:
            leftovers.append(item)
        else:
            module = placed
    if leftovers:
        # Merging into an existing `from x import ...` and odd layouts: libcst knows how.
        context = CodemodContext()
        for mod, obj, asname in leftovers:
            AddImportsVisitor.add_needed_import(context, mod, obj, asname)
        module = AddImportsVisitor(context).transform_module(module)
    return module


def _statement_imports(statement: cst.BaseStatement) -> list[cst.Import | cst.ImportFrom]:
    if not isinstance(statement, cst.SimpleStatementLine):
        return []
    return [s for s in statement.body if isinstance(s, cst.Import | cst.ImportFrom)]


def _module_of(node: cst.Import | cst.ImportFrom) -> str:
    if isinstance(node, cst.ImportFrom):
        if node.relative or node.module is None:
            return "."
        return cst.Module([]).code_for_node(node.module)
    return cst.Module([]).code_for_node(node.names[0].name)


def _present(module: cst.Module, item: Needed) -> bool:
    mod, obj, asname = item
    for statement in module.body:
        for node in _statement_imports(statement):
            if obj is None and isinstance(node, cst.Import):
                for alias in node.names:
                    name = cst.Module([]).code_for_node(alias.name)
                    if name == mod and (alias.asname is None) == (asname is None):
                        return True
            elif obj is not None and isinstance(node, cst.ImportFrom) and _module_of(node) == mod:
                if isinstance(node.names, cst.ImportStar):
                    return True
                if any(cst.Module([]).code_for_node(a.name) == obj for a in node.names):
                    return True
    return False


_MAX_LINE = 99


def _group(name: str, local: frozenset[str] = frozenset()) -> int:
    """0 stdlib, 1 third party, 2 first party (relative, or a name the file treats as local)."""
    top = name.split(".")[0]
    if name.startswith(".") or top in local:
        return 2
    return 0 if top in sys.stdlib_module_names or name == "__future__" else 1


@lru_cache(maxsize=256)
def _installed(top: str) -> bool:
    try:
        return importlib.util.find_spec(top) is not None
    except (ImportError, ValueError):
        return False


def _local_names(module: cst.Module) -> frozenset[str]:
    """Top-level names of the file's own (first-party) imports, read from its import blocks.

    Blocks are runs of imports separated by blank lines. Of several non-stdlib blocks the
    last is first party (isort's layout); a block none of whose modules is installed is too.
    """
    blocks: list[list[str]] = []
    previous_was_import = False
    for statement in module.body:
        nodes = _statement_imports(statement)
        if not nodes:
            previous_was_import = False
            continue
        blank = any(line.comment is None for line in statement.leading_lines)
        if not previous_was_import or blank:
            blocks.append([])
        blocks[-1].extend(_module_of(n).split(".")[0] for n in nodes)
        previous_was_import = True
    foreign = [b for b in blocks if any(n not in sys.stdlib_module_names and n != "." for n in b)]
    local: set[str] = set(foreign[-1]) if len(foreign) >= 2 else set()
    for block in foreign:
        if not any(_installed(n) for n in block if n != "."):
            local |= set(block)
    return frozenset(local - set(sys.stdlib_module_names))


def _place(module: cst.Module, item: Needed) -> cst.Module | None:
    mod, obj, asname = item
    existing = [
        (i, n) for i, s in enumerate(module.body) for n in _statement_imports(s)
        if isinstance(n, cst.ImportFrom) and _module_of(n) == mod
    ]
    if obj is not None and existing:
        return _merge_name(module, *existing[0], obj, asname)
    text = f"import {mod}" if obj is None else f"from {mod} import {obj}"
    text += f" as {asname}" if asname else ""
    new = cst.parse_statement(text + "\n")
    local = _local_names(module)
    group = _group(mod)
    imports = [(i, _statement_imports(s)[0]) for i, s in enumerate(module.body) if _statement_imports(s)]
    if not imports:
        return None
    same = [(i, n) for i, n in imports if _group(_module_of(n), local) == group and _module_of(n) != "__future__"]
    body = list(module.body)
    if same:
        # isort's default order: `import x` lines first, then `from x import y`, each sorted.
        key = (obj is not None, mod.lower())
        before = [i for i, n in same if (isinstance(n, cst.ImportFrom), _module_of(n).lower()) <= key]
        if before:
            index = before[-1] + 1
        else:
            index = same[0][0]
            new = new.with_changes(leading_lines=body[index].leading_lines)
            body[index] = body[index].with_changes(leading_lines=[])
        body.insert(index, new)
        return module.with_changes(body=body)
    # No import of this group yet: open a new group next to its neighbours.
    later = [i for i, n in imports if _group(_module_of(n), local) > group]
    if later:
        index = later[0]
        new = new.with_changes(leading_lines=body[index].leading_lines)
        body[index] = body[index].with_changes(leading_lines=[cst.EmptyLine()])
    else:
        index = imports[-1][0] + 1
        new = new.with_changes(leading_lines=[cst.EmptyLine()])
    body.insert(index, new)
    return module.with_changes(body=body)


def _name_key(name: str) -> tuple[int, str]:
    """isort's order within `from x import a, B, C_D`: CONSTANTS, Classes, functions."""
    kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
    return kind, name.lower()


def _merge_name(module: cst.Module, index: int, node: cst.ImportFrom, obj: str, asname: str | None) -> cst.Module | None:
    """Add `obj` to an existing `from x import ...` in sorted position, keeping its layout."""
    if isinstance(node.names, cst.ImportStar):
        return module
    names = list(node.names)
    alias = cst.ImportAlias(
        name=cst.Name(obj), asname=cst.AsName(name=cst.Name(asname)) if asname else None
    )
    position = sum(1 for a in names if _name_key(cst.Module([]).code_for_node(a.name)) <= _name_key(obj))
    if position == len(names):
        last = names[-1]
        sep = names[-2].comma if len(names) > 1 else cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
        names[-1] = last.with_changes(comma=sep)
        names.append(alias.with_changes(comma=last.comma))
    else:
        names.insert(position, alias.with_changes(comma=names[position].comma if position < len(names) - 1
                                                  else (names[0].comma if len(names) > 1 else
                                                        cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")))))
    statement = module.body[index]
    assert isinstance(statement, cst.SimpleStatementLine)
    new_statement = statement.with_changes(
        body=[node.with_changes(names=names) if s is node else s for s in statement.body]
    )
    if len(statement.body) == 1 and node.lpar is None and len(module.code_for_node(new_statement).rstrip()) > _MAX_LINE:
        # Too long for one line: the parenthesised one-name-per-line form formatters produce.
        listed = "".join(f"    {module.code_for_node(a.with_changes(comma=cst.MaybeSentinel.DEFAULT))},\n"
                         for a in names)
        wrapped = cst.parse_statement(f"from {_module_of(node)} import (\n{listed})\n")
        new_statement = wrapped.with_changes(leading_lines=statement.leading_lines,
                                             trailing_whitespace=statement.trailing_whitespace)
    body = list(module.body)
    body[index] = new_statement
    return module.with_changes(body=body)
