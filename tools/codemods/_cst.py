"""libcst plumbing shared by the codemods: locate nodes by finding lines, replace, add imports."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from typing import TypeVar

import libcst as cst
from libcst.codemod import CodemodContext
from libcst.codemod.visitors import RemoveImportsVisitor
from libcst.metadata import (
    CodeRange,
    MetadataWrapper,
    ParentNodeProvider,
    PositionProvider,
    QualifiedNameProvider,
)

from aise.models import Location
from aise.tools.codemods._imports import add_imports

N = TypeVar("N", bound=cst.CSTNode)
Replacement = cst.CSTNode | cst.FlattenSentinel | cst.RemovalSentinel


class Tree:
    """A parsed module with positions, parents and qualified names, plus pending edits."""

    def __init__(self, source: str) -> None:
        module = cst.parse_module(source)
        self.wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
        self.module = self.wrapper.module
        self._pos = self.wrapper.resolve(PositionProvider)
        self._parents = self.wrapper.resolve(ParentNodeProvider)
        self._names = _collect_names(self.wrapper)
        self._edits: dict[int, Replacement] = {}
        self._before: dict[int, list[cst.BaseStatement]] = {}
        self._imports: list[tuple[str, str | None, str | None]] = []
        self._unused: list[tuple[str, str | None, str | None]] = []

    @classmethod
    def parse(cls, source: str) -> Tree | None:
        """None when the file is not valid Python (the codemod cannot touch it)."""
        try:
            return cls(source)
        except cst.ParserSyntaxError:
            return None

    # -- looking things up -------------------------------------------------
    def span(self, node: cst.CSTNode) -> CodeRange:
        return self._pos[node]

    def overlaps(self, node: cst.CSTNode, loc: Location) -> bool:
        span = self._pos[node]
        return span.start.line <= loc.end_line and loc.start_line <= span.end.line

    def parent(self, node: cst.CSTNode) -> cst.CSTNode | None:
        return self._parents.get(node)

    def ancestors(self, node: cst.CSTNode) -> Iterator[cst.CSTNode]:
        current = self._parents.get(node)
        while current is not None:
            yield current
            current = self._parents.get(current)

    def enclosing(self, node: cst.CSTNode, kind: type[N]) -> N | None:
        return next((a for a in self.ancestors(node) if isinstance(a, kind)), None)

    def qualnames(self, node: cst.CSTNode) -> set[str]:
        return self._names.get(node, set())

    def code(self, node: cst.CSTNode) -> str:
        return self.module.code_for_node(node)

    def nodes(self, kind: type[N], loc: Location | None = None) -> list[N]:
        """Nodes of `kind` (overlapping `loc` when given), innermost first on each line."""
        found = [n for n in self._pos if isinstance(n, kind) and (loc is None or self.overlaps(n, loc))]
        found.sort(key=lambda n: (self._pos[n].start.line, -self._pos[n].start.column))
        return found

    def calls(self, loc: Location | None, names: Collection[str]) -> list[cst.Call]:
        """Calls overlapping `loc` whose callee resolves to one of `names` (`yaml.load`)."""
        wanted = set(names)
        return [c for c in self.nodes(cst.Call, loc) if self.qualnames(c.func) & wanted]

    def method_calls(self, loc: Location | None, attrs: Collection[str]) -> list[cst.Call]:
        """Calls `<anything>.<attr>(...)` overlapping `loc`, whatever the receiver."""
        return [
            c
            for c in self.nodes(cst.Call, loc)
            if isinstance(c.func, cst.Attribute) and c.func.attr.value in attrs
        ]

    def imports_module(self, *prefixes: str) -> bool:
        """True when the module imports any of these modules (or a submodule)."""
        for node in self._pos:
            if isinstance(node, cst.Import):
                names = [_dotted(alias.name) for alias in node.names]
            elif isinstance(node, cst.ImportFrom) and node.module is not None:
                names = [_dotted(node.module)]
            else:
                continue
            if any(n == p or n.startswith(p + ".") for n in names for p in prefixes):
                return True
        return False

    # -- editing -----------------------------------------------------------
    def replace(self, old: cst.CSTNode, new: Replacement) -> None:
        self._edits[id(old)] = new

    def replace_code(self, old: cst.CSTNode, expression: str) -> None:
        """Replace an expression node by new code, parsed as an expression."""
        self.replace(old, expr(expression))

    def insert_before_toplevel(self, node: cst.CSTNode, code: str) -> None:
        """Insert module-level statements (a helper) just above the top-level statement holding `node`."""
        top = node
        for ancestor in self.ancestors(node):
            if isinstance(ancestor, cst.Module):
                break
            top = ancestor
        statements = list(cst.parse_module(code).body)
        self._before.setdefault(id(top), []).extend(statements)

    def defines(self, name: str) -> bool:
        """True when the module defines a top-level function or class called `name`."""
        return any(
            isinstance(s, cst.FunctionDef | cst.ClassDef) and s.name.value == name for s in self.module.body
        )

    def add_import(self, module: str, obj: str | None = None, asname: str | None = None) -> None:
        self._imports.append((module, obj, asname))

    def drop_import_if_unused(self, module: str, obj: str | None = None, asname: str | None = None) -> None:
        """After the edits, remove this import if nothing uses it any more (the fix replaced its use)."""
        self._unused.append((module, obj, asname))

    @property
    def changed(self) -> bool:
        return bool(self._edits or self._imports or self._before)

    def render(self) -> str:
        """The module's code with every edit and import applied."""
        changed = self._edits or self._before
        module = self.module.visit(_Replacer(self._edits, self._before)) if changed else self.module
        if self._unused:
            context = CodemodContext()
            for mod, obj, asname in self._unused:
                RemoveImportsVisitor.remove_unused_import(context, mod, obj, asname)
            module = RemoveImportsVisitor(context).transform_module(module)
        if self._imports:
            module = add_imports(module, self._imports)
        return module.code


class _Replacer(cst.CSTTransformer):
    def __init__(self, edits: dict[int, Replacement], before: dict[int, list[cst.BaseStatement]]) -> None:
        super().__init__()
        self._edits = edits
        self._before = before

    def on_leave(self, original_node: cst.CSTNode, updated_node: cst.CSTNode):  # type: ignore[override]
        result = self._edits.get(id(original_node), updated_node)
        inserted = self._before.get(id(original_node))
        if inserted and isinstance(result, cst.BaseStatement):
            # Each inserted helper gets two blank lines above it; the statement keeps its own.
            blank = [cst.EmptyLine(), cst.EmptyLine()]
            return cst.FlattenSentinel([*(s.with_changes(leading_lines=blank) for s in inserted), result])
        return result


class _NameCollector(cst.CSTVisitor):
    METADATA_DEPENDENCIES = (QualifiedNameProvider,)

    def __init__(self) -> None:
        super().__init__()
        self.names: dict[cst.CSTNode, set[str]] = {}

    def _record(self, node: cst.CSTNode) -> None:
        names = self.get_metadata(QualifiedNameProvider, node, set())
        if names:
            self.names[node] = {q.name for q in names}

    def visit_Name(self, node: cst.Name) -> None:
        self._record(node)

    def visit_Attribute(self, node: cst.Attribute) -> None:
        self._record(node)


def _collect_names(wrapper: MetadataWrapper) -> dict[cst.CSTNode, set[str]]:
    collector = _NameCollector()
    wrapper.visit(collector)
    return collector.names


def _dotted(node: cst.BaseExpression) -> str:
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        return f"{_dotted(node.value)}.{node.attr.value}"
    return ""


def expr(code: str) -> cst.BaseExpression:
    """Parse an expression that may span lines (implicit string concatenation)."""
    if "\n" not in code:
        return cst.parse_expression(code)
    return cst.parse_expression(f"({code})").with_changes(lpar=[], rpar=[])


def dotted(node: cst.BaseExpression) -> str:
    """`a.b.c` for a Name/Attribute chain, else ''."""
    return _dotted(node)


def keyword(call: cst.Call, name: str) -> cst.Arg | None:
    return next((a for a in call.args if a.keyword is not None and a.keyword.value == name), None)


def positional(call: cst.Call, index: int) -> cst.Arg | None:
    args = [a for a in call.args if a.keyword is None and not a.star]
    return args[index] if index < len(args) else None


def without_arg(call: cst.Call, arg: cst.Arg) -> cst.Call:
    """`call` minus `arg`, keeping the comma and line layout of the remaining arguments."""
    args = list(call.args)
    index = args.index(arg)
    del args[index]
    if index == len(args) and args:
        prev = args[-1]
        head = prev.comma.whitespace_after if isinstance(prev.comma, cst.Comma) else None
        tail = arg.comma.whitespace_after if isinstance(arg.comma, cst.Comma) else arg.whitespace_after_arg
        if isinstance(head, cst.ParenthesizedWhitespace) and isinstance(tail, cst.ParenthesizedWhitespace):
            # One argument per line: keep the previous line (and its comment), take the closing indent.
            merged = head.with_changes(indent=tail.indent, last_line=tail.last_line)
            args[-1] = prev.with_changes(comma=prev.comma.with_changes(whitespace_after=merged))
        else:
            # The removed argument was last: its trailing comma and closing whitespace move up.
            args[-1] = prev.with_changes(comma=arg.comma, whitespace_after_arg=arg.whitespace_after_arg)
    return call.with_changes(args=args)


def with_kwarg(call: cst.Call, name: str, value: str) -> cst.Call:
    """`call` with `name=value` set: replaced in place when present, else appended."""
    existing = keyword(call, name)
    new_value = expr(value)
    if existing is not None:
        return call.with_changes(
            args=[a.with_changes(value=new_value) if a is existing else a for a in call.args]
        )
    eq = cst.AssignEqual(whitespace_before=cst.SimpleWhitespace(""), whitespace_after=cst.SimpleWhitespace(""))
    return _append(call, cst.Arg(keyword=cst.Name(name), value=new_value, equal=eq))


def walk[T: cst.CSTNode](node: cst.CSTNode, kind: type[T], where: Callable[[T], bool] = lambda _: True) -> list[T]:
    """Every descendant of `node` (itself included) of `kind` matching `where`."""
    found: list[T] = []

    class _Walk(cst.CSTVisitor):
        def on_visit(self, n: cst.CSTNode) -> bool:
            if isinstance(n, kind) and where(n):
                found.append(n)
            return True

    node.visit(_Walk())
    return found


def append_arg(call: cst.Call, value: str, name: str | None = None) -> cst.Call:
    """`call` with one more argument (`value` or `name=value`) after the others."""
    if name is not None:
        return with_kwarg(call, name, value)
    return _append(call, cst.Arg(value=expr(value)))


def _append(call: cst.Call, new_arg: cst.Arg) -> cst.Call:
    args = list(call.args)
    if not args:
        return call.with_changes(args=[new_arg])
    last = args[-1]
    if len(args) > 1 and isinstance(args[-2].comma, cst.Comma):
        separator = args[-2].comma
    elif isinstance(call.whitespace_before_args, cst.ParenthesizedWhitespace):
        separator = cst.Comma(whitespace_after=call.whitespace_before_args)
    else:
        separator = cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
    # The new argument takes the old last one's place at the end (trailing comma, newline).
    new_arg = new_arg.with_changes(comma=last.comma, whitespace_after_arg=last.whitespace_after_arg)
    args[-1] = last.with_changes(comma=separator, whitespace_after_arg=cst.SimpleWhitespace(""))
    args.append(new_arg)
    return call.with_changes(args=args)


def name_loads(tree: Tree, scope: cst.CSTNode, name: str) -> tuple[list[cst.Name], list[cst.Name]]:
    """(reads, writes) of a plain variable `name` inside `scope`, in source order."""
    reads: list[cst.Name] = []
    writes: list[cst.Name] = []
    for node in walk(scope, cst.Name, lambda n: n.value == name):
        parent = tree.parent(node)
        if isinstance(parent, cst.Attribute) and parent.attr is node:
            continue
        if isinstance(parent, cst.Arg) and parent.keyword is node:
            continue
        if isinstance(parent, cst.AssignTarget | cst.AugAssign | cst.AnnAssign) and (
            getattr(parent, "target", None) is node
        ):
            writes.append(node)
            if isinstance(parent, cst.AugAssign):
                reads.append(node)
            continue
        if isinstance(parent, cst.Param | cst.FunctionDef | cst.ClassDef | cst.ImportAlias):
            continue
        reads.append(node)
    key = lambda n: (tree.span(n).start.line, tree.span(n).start.column)  # noqa: E731
    return sorted(reads, key=key), sorted(writes, key=key)
