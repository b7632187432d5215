"""SQL injection (CWE-89): a string-built query becomes a parameterised one.

The placeholder style follows the driver: sqlite3 `?`, psycopg/MySQLdb/pymysql `%s`,
SQLAlchemy `text()` with `:name` bind parameters. Handles f-strings, `+`, `%` and
`.format`, passed straight to `execute()` or through one variable. A value in a quoted
SQL literal (`'{name}'`, `'%{term}%'`) becomes one bound value. Identifiers (table or
column names, `ORDER BY`) and `IN (...)` lists cannot be bound: those are handed off.
"""

from __future__ import annotations

import re
from pathlib import Path

import libcst as cst

from aise.models import Finding
from aise.tools.codemods._cst import Tree, append_arg, expr, name_loads, positional
from aise.tools.codemods._strings import Template, Text, fstring, render_segments, template_of
from aise.tools.codemods.base import Codemod, CodemodMetadata, CodemodResult, FixContext, Handoff

__all__ = ["SQLParameterize"]

_SQL = re.compile(r"\b(select|insert|update|delete|where|from|values|set|join|order|limit)\b", re.I)
_IDENT_BEFORE = re.compile(r"\b(from|join|into|update|table|by|as)\s*[\"`\[]?$", re.I)
_IN_BEFORE = re.compile(r"\bin\s*\(\s*$", re.I)
_QUOTED = re.compile(r"'((?:[^'\x01]|'')*)'")
_HOLE = re.compile(r"\x00(\d+)\x00")
_SEG = "\x01"
_STYLES = {
    "sqlite3": "qmark", "psycopg": "format", "psycopg2": "format", "MySQLdb": "format",
    "pymysql": "format", "mysql.connector": "format", "sqlalchemy": "named", "flask_sqlalchemy": "named",
}
_TEXT = {"sqlalchemy.text", "sqlalchemy.sql.text", "sqlalchemy.sql.expression.text"}
_SINKS = {"execute", "read_sql", "read_sql_query"}


class SQLParameterize(Codemod):
    metadata = CodemodMetadata(
        id="aise:sqli-parameterize",
        description="String-built SQL becomes a parameterised query with the driver's placeholders",
        cwes=frozenset({89}),
        rules=("bandit:B608", "*sql*injection*", "*sqli*", "*formatted-sql*", "*tainted-sql*"),
    )

    def transform(self, source: str, finding: Finding, ctx: FixContext) -> CodemodResult | Handoff | None:
        tree = Tree.parse(source)
        if tree is None:
            return None
        target = _query_expression(tree, finding)
        if target is None:
            return None
        node, template = target
        sink = _sink(tree, node)
        if isinstance(sink, Handoff):
            return sink
        call, wrapped_in_text, assign = sink
        style = _style(tree, ctx, wrapped_in_text)
        if style is None:
            return Handoff(reason="the database driver is unknown, so the placeholder style is too")
        built = _parameterise(tree, template, style)
        if isinstance(built, Handoff):
            return built
        query, params, names = built
        if style == "named" and not wrapped_in_text:
            query = f"text({query})"
            tree.add_import("sqlalchemy", "text")
        _rewrite(tree, node, call, query, params, assign)
        placeholder = {"qmark": "`?`", "format": "`%s`", "named": "`:name`"}[style]
        return CodemodResult(
            source=tree.render(),
            summary=(
                f"Replaced the string-built SQL query with a parameterised one ({placeholder} "
                f"placeholders): {_listing(names)} now {'reaches' if len(names) == 1 else 'reach'} the "
                "database as bound parameters, so input can no longer change the query's structure."
            ),
        )


def _listing(names: list[str]) -> str:
    quoted = [f"`{n}`" for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _query_expression(tree: Tree, finding: Finding) -> tuple[cst.BaseExpression, Template] | None:
    """The outermost string-building expression with holes and SQL text on the finding's lines."""
    kinds = (cst.BinaryOperation, cst.Call, cst.FormattedString, cst.ConcatenatedString)
    found: list[tuple[cst.BaseExpression, Template]] = []
    for node in tree.nodes(cst.BaseExpression, finding.location):
        if not isinstance(node, kinds):
            continue
        template = template_of(node)
        if template is None or template.constant or not _SQL.search(template.text(" ")):
            continue
        found.append((node, template))
    outer = [(n, t) for n, t in found if not any(a is other for a in tree.ancestors(n) for other, _ in found)]
    return outer[0] if outer else _behind_variable(tree, finding)


def _behind_variable(tree: Tree, finding: Finding) -> tuple[cst.BaseExpression, Template] | None:
    """The finding sits on `execute(query)`: the query built in the one assignment of `query`."""
    for call in tree.method_calls(finding.location, _SINKS):
        first = positional(call, 0)
        if first is None or not isinstance(first.value, cst.Name):
            continue
        scope = tree.enclosing(call, cst.FunctionDef) or tree.module
        _, writes = name_loads(tree, scope, first.value.value)
        assign = tree.parent(tree.parent(writes[0])) if len(writes) == 1 else None
        if isinstance(assign, cst.Assign):
            template = template_of(assign.value)
            if template is not None and not template.constant and _SQL.search(template.text(" ")):
                return assign.value, template
    return None


def _sink(tree: Tree, node: cst.BaseExpression) -> tuple[cst.Call, bool, cst.Assign | None] | Handoff:
    """The `execute()` call that runs the query, whether it sits in `text()`, and the assignment."""
    holder, in_text = _through_text(tree, node)
    call = _executing_call(tree, holder)
    if call is not None:
        return call, in_text, None
    parent = tree.parent(holder)
    if isinstance(parent, cst.Assign) and len(parent.targets) == 1 and isinstance(parent.targets[0].target, cst.Name):
        name = parent.targets[0].target.value
        scope = tree.enclosing(parent, cst.FunctionDef) or tree.module
        reads, writes = name_loads(tree, scope, name)
        if len(writes) != 1 or len(reads) != 1:
            return Handoff(reason=f"the query in `{name}` is built or used in more than one place")
        used, in_text_later = _through_text(tree, reads[0])
        call = _executing_call(tree, used)
        if call is None:
            return Handoff(reason=f"`{name}` is not passed straight to execute()")
        return call, in_text or in_text_later, parent
    return Handoff(reason="the query does not reach execute() directly or through one variable")


def _through_text(tree: Tree, node: cst.BaseExpression) -> tuple[cst.BaseExpression, bool]:
    arg = tree.parent(node)
    call = tree.parent(arg) if isinstance(arg, cst.Arg) else None
    if isinstance(call, cst.Call) and tree.qualnames(call.func) & (_TEXT | {"text"}):
        return call, True
    return node, False


def _executing_call(tree: Tree, node: cst.BaseExpression) -> cst.Call | None:
    arg = tree.parent(node)
    call = tree.parent(arg) if isinstance(arg, cst.Arg) else None
    if not isinstance(call, cst.Call) or positional(call, 0) is not arg:
        return None
    func = call.func
    name = func.attr.value if isinstance(func, cst.Attribute) else func.value if isinstance(func, cst.Name) else ""
    if name not in _SINKS or len(call.args) != (2 if name.startswith("read_sql") else 1):
        return None  # already passes parameters (or is not a sink we know)
    return call


def _style(tree: Tree, ctx: FixContext, in_text: bool) -> str | None:
    if in_text:
        return "named"
    for module, style in _STYLES.items():
        if tree.imports_module(module):
            return style
    return _repo_style(ctx.root)


def _repo_style(root: Path) -> str | None:
    """The one driver family the repository imports, when the module itself imports none."""
    styles: set[str] = set()
    for path in sorted(root.rglob("*.py"))[:2000]:
        if any(part.startswith(".") or part in {"venv", "node_modules"} for part in path.relative_to(root).parts):
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for module, style in _STYLES.items():
            if re.search(rf"^\s*(import|from)\s+{re.escape(module)}\b", text, re.M):
                styles.add(style)
    return styles.pop() if len(styles) == 1 else None


def _parameterise(tree: Tree, template: Template, style: str) -> tuple[str, str, list[str]] | Handoff:
    """New query literal source, the parameters expression, and the bound values' names."""
    holes = template.holes
    flat = ""
    seg = 0
    for part in template.parts:
        while part.seg > seg:
            flat += _SEG
            seg += 1
        flat += part.value if isinstance(part, Text) else f"\x00{holes.index(part.node)}\x00"
    flat += _SEG * (len(template.quotes) - 1 - seg)
    values: list[str] = []

    def code(index: int) -> str:
        return tree.code(holes[index])

    def quoted(match: re.Match[str]) -> str:
        inner = match.group(1)
        if not _HOLE.search(inner):
            return match.group(0)
        only = _HOLE.fullmatch(inner)
        if only:
            values.append(code(int(only.group(1))))
        else:
            text = inner.replace("''", "'").replace("{", "{{").replace("}", "}}")
            values.append(fstring(_HOLE.sub(lambda m: "{" + code(int(m.group(1))) + "}", text), template.quotes[0]))
        return "\x02"

    flat = _QUOTED.sub(quoted, flat)
    order: list[tuple[int, str]] = [(m.start(), "") for m in re.finditer("\x02", flat)]
    for match in _HOLE.finditer(flat):
        before = flat[: match.start()].replace(_SEG, "")
        if _IDENT_BEFORE.search(before) or _IN_BEFORE.search(before):
            return Handoff(
                reason="a table/column name or an IN list is interpolated; bind parameters cannot "
                "carry those, so it needs an allow-list"
            )
        if '"' in before and before.count('"') % 2 == 1:
            return Handoff(reason="a value is interpolated inside a double-quoted SQL token")
        order.append((match.start(), code(int(match.group(1)))))
    order.sort()
    quoted_values = iter(values)
    exprs = [value or next(quoted_values) for _, value in order]
    names = _bind_names(exprs)
    counter = iter(range(len(exprs)))

    def placeholder(_: re.Match[str]) -> str:
        index = next(counter)
        return {"qmark": "?", "format": "%s", "named": f":{names[index]}"}[style]

    if style == "format":
        flat = flat.replace("%", "%%")
    flat = re.sub("\x02|\x00\\d+\x00", placeholder, flat)
    texts = flat.split(_SEG)
    query = render_segments(template, texts) if len(texts) == len(template.quotes) else render_segments(
        Template(template.node, [], template.quotes[:1]), ["".join(texts)]
    )
    if style == "named":
        params = "{" + ", ".join(f'"{n}": {e}' for n, e in zip(names, exprs, strict=True)) + "}"
    else:
        params = "(" + ", ".join(exprs) + ("," if len(exprs) == 1 else "") + ")"
    return query, params, names


def _bind_names(exprs: list[str]) -> list[str]:
    """Readable `:name` bind names taken from the value expressions, made unique."""
    names: list[str] = []
    for index, value in enumerate(exprs):
        match = re.search(r"([A-Za-z_]\w*)\W*$", value.replace('"', " ").replace("'", " "))
        base = match.group(1) if match else f"p{index + 1}"
        if base in {"get", "args", "form", "lower", "strip", "upper"}:
            literal = re.search(r"[\"'](\w+)[\"']", value)
            base = literal.group(1) if literal else f"p{index + 1}"
        name, n = base, 2
        while name in names:
            name, n = f"{base}_{n}", n + 1
        names.append(name)
    return names


def _rewrite(
    tree: Tree, node: cst.BaseExpression, call: cst.Call, query: str, params: str, assign: cst.Assign | None
) -> None:
    """Put the new literal where the old expression was and hand the values to execute()."""
    func = call.func
    name = func.attr.value if isinstance(func, cst.Attribute) else func.value if isinstance(func, cst.Name) else ""
    keyword = "params" if name.startswith("read_sql") else None  # pandas takes them by keyword
    in_text = _through_text(tree, node)[1]

    def literal(old: cst.BaseExpression) -> cst.BaseExpression:
        if in_text and isinstance(old, cst.Call):  # `text(<old>)`: only its argument changes
            return old.with_changes(args=[old.args[0].with_changes(value=expr(query)), *old.args[1:]])
        new = expr(query)
        if old.lpar and not new.lpar:  # `q = (\n "..." \n "...")`: a literal over lines needs its parentheses
            new = new.with_changes(lpar=old.lpar, rpar=old.rpar)
        return new

    if assign is not None:
        tree.replace(assign.value, literal(assign.value))
        tree.replace(call, append_arg(call, params, keyword))
        return
    first = positional(call, 0)
    assert first is not None
    updated = call.with_changes(
        args=[a.with_changes(value=literal(a.value)) if a is first else a for a in call.args]
    )
    tree.replace(call, append_arg(updated, params, keyword))
