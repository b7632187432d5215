"""Cross-site scripting and template injection (CWE-79/1336).

- `jinja2.Environment(...)` without autoescape, or with `autoescape=False` -> `autoescape=True`.
- `Markup(<string built from data>)` -> `Markup("<literal with {}>").format(data)`: Markup's
  `format` escapes every argument.
- `render_template_string(<string built from data>)` -> the data moves into the template
  context (`{{ name }}`, `name=name`), where Flask autoescapes it and Jinja never runs it.
- HTML built from data and returned (`return f"<p>{name}</p>"`) -> each value wrapped in
  `markupsafe.escape()`.
"""

from __future__ import annotations

import re

import libcst as cst

from aise.models import Finding
from aise.tools.codemods._cst import Tree, expr, keyword, positional, with_kwarg
from aise.tools.codemods._strings import Template, Text, render_literal, template_of
from aise.tools.codemods.base import Codemod, CodemodMetadata, CodemodResult, FixContext, Handoff

__all__ = ["EscapeHTML"]

_ENV = {"jinja2.Environment", "jinja2.environment.Environment"}
_MARKUP = {"flask.Markup", "markupsafe.Markup", "jinja2.Markup"}
_RTS = {"flask.render_template_string"}
_HTML = re.compile(r"<\s*/?\s*[a-zA-Z]")


class EscapeHTML(Codemod):
    metadata = CodemodMetadata(
        id="aise:xss-escape",
        description="Autoescape on; Markup/render_template_string/HTML strings of user data are escaped",
        cwes=frozenset({79, 80, 94, 1336}),
        rules=("bandit:B701", "bandit:B703", "bandit:B704", "*xss*", "*autoescape*", "*template-injection*",
               "*ssti*", "*markup*", "*render-template-string*"),
    )

    def transform(self, source: str, finding: Finding, ctx: FixContext) -> CodemodResult | Handoff | None:
        tree = Tree.parse(source)
        if tree is None:
            return None
        for call in tree.calls(finding.location, _ENV):
            arg = keyword(call, "autoescape")
            if arg is None or tree.code(arg.value) == "False":
                tree.replace(call, with_kwarg(call, "autoescape", "True"))
                return _done(tree, "Turned Jinja2 autoescaping on, so values rendered into templates are "
                             "HTML-escaped instead of injected as markup.")
        for call in tree.calls(finding.location, _MARKUP | _RTS):
            first = positional(call, 0)
            template = template_of(first.value) if first is not None else None
            if template is None or template.constant:
                continue
            if tree.qualnames(call.func) & _MARKUP:
                return _markup(tree, call, template)
            return _render_string(tree, call, template)
        return _escape_returned_html(tree, finding)


def _done(tree: Tree, summary: str) -> CodemodResult:
    return CodemodResult(source=tree.render(), summary=summary)


def _markup(tree: Tree, call: cst.Call, template: Template) -> CodemodResult:
    text = "".join(p.value.replace("{", "{{").replace("}", "}}") if isinstance(p, Text) else "{}"
                   for p in template.parts)
    args = ", ".join(tree.code(h) for h in template.holes)
    func = tree.code(call.func)
    tree.replace(call, expr(f"{func}({render_literal(text, template.quotes[0])}).format({args})"))
    return _done(tree, "Build the Markup from a constant template with `Markup.format`, which escapes "
                 "each value, instead of marking user data itself as safe HTML.")


def _render_string(tree: Tree, call: cst.Call, template: Template) -> CodemodResult:
    names: list[tuple[str, str]] = []
    pieces: list[str] = []
    taken = {a.keyword.value for a in call.args if a.keyword is not None}
    for part in template.parts:
        if isinstance(part, Text):
            pieces.append(part.value)
            continue
        code = tree.code(part.node)
        match = re.search(r"([A-Za-z_]\w*)\W*$", code.replace('"', " ").replace("'", " "))
        base = match.group(1) if match and match.group(1) not in {"get", "args", "form"} else "value"
        literal = re.search(r"[\"'](\w+)[\"']", code)
        if match and match.group(1) in {"get", "args", "form"} and literal:
            base = literal.group(1)
        name, n = base, 2
        while name in taken or name in {x for x, _ in names}:
            name, n = f"{base}{n}", n + 1
        names.append((name, code))
        pieces.append("{{ " + name + " }}")
    first = positional(call, 0)
    assert first is not None
    new = call.with_changes(args=[
        a.with_changes(value=expr(render_literal("".join(pieces), template.quotes[0]))) if a is first else a
        for a in call.args
    ])
    for name, code in names:
        new = with_kwarg(new, name, code)
    tree.replace(call, new)
    return _done(tree, "Pass the values to render_template_string as template variables instead of "
                 "pasting them into the template source: Jinja now escapes them and never executes them.")


def _escape_returned_html(tree: Tree, finding: Finding) -> CodemodResult | None:
    kinds = (cst.FormattedString, cst.BinaryOperation, cst.Call, cst.ConcatenatedString)
    for node in tree.nodes(cst.BaseExpression, finding.location):
        if not isinstance(node, kinds):
            continue
        template = template_of(node)
        if template is None or template.constant or not _HTML.search(template.text()):
            continue
        if not isinstance(tree.parent(node), cst.Return | cst.Arg | cst.Assign):
            continue
        for hole in template.holes:
            if not (isinstance(hole, cst.Call) and tree.code(hole.func) == "escape"):
                tree.replace(hole, cst.Call(func=cst.Name("escape"), args=[cst.Arg(value=hole)]))
        tree.add_import("markupsafe", "escape")
        return _done(tree, "HTML-escape each value inserted into the HTML with markupsafe.escape, so "
                     "input is shown as text and cannot add markup or scripts.")
    return None
