"""XML external entities and entity expansion (CWE-611/776): parsing moves to a safe parser.

- `xml.etree.ElementTree`, `xml.dom.minidom`, `xml.dom.pulldom`, `xml.sax` parse calls ->
  the same function from `defusedxml`; `defusedxml` is added to requirements.txt or the
  pyproject dependencies when the repository has one (else the dossier says so).
- `lxml.etree.parse/fromstring/XML` -> the same call with
  `parser=etree.XMLParser(resolve_entities=False, no_network=True)`.
- A SAX parser told to resolve external entities (`setFeature(feature_external_ges, True)`,
  on the finding's line or on the parser whose `parse()` is there) -> the feature set to
  `False`: internal entities keep working, files and URLs are no longer read.
"""

from __future__ import annotations

import re

import libcst as cst

from aise.models import Finding
from aise.tools.codemods._cst import Tree, expr, keyword, positional, walk, with_kwarg
from aise.tools.codemods.base import (
    Codemod,
    CodemodMetadata,
    CodemodResult,
    FileEdit,
    FixContext,
    Handoff,
)

__all__ = ["DefusedXML"]

_STDLIB = {
    "xml.etree.ElementTree": ("defusedxml.ElementTree", {"parse", "fromstring", "iterparse", "XML", "XMLParser"}),
    "xml.etree.cElementTree": ("defusedxml.ElementTree", {"parse", "fromstring", "iterparse", "XML", "XMLParser"}),
    "xml.dom.minidom": ("defusedxml.minidom", {"parse", "parseString"}),
    "xml.dom.pulldom": ("defusedxml.pulldom", {"parse", "parseString"}),
    "xml.sax": ("defusedxml.sax", {"parse", "parseString", "make_parser"}),
    "xml.dom.expatbuilder": ("defusedxml.expatbuilder", {"parse", "parseString"}),
}
_LXML = {"lxml.etree.parse": 1, "lxml.etree.fromstring": 1, "lxml.etree.XML": 1}
_REQUIREMENT = "defusedxml>=0.7"
_EXTERNAL_FEATURES = {"feature_external_ges", "feature_external_pes"}


class DefusedXML(Codemod):
    metadata = CodemodMetadata(
        id="aise:xxe-defusedxml",
        description="XML parsing moves to defusedxml, or lxml with entities and network off",
        cwes=frozenset({611, 776, 827}),
        rules=("bandit:B313", "bandit:B314", "bandit:B315", "bandit:B316", "bandit:B317", "bandit:B318",
               "bandit:B319", "bandit:B320", "*xxe*", "*xml*"),
    )

    def transform(self, source: str, finding: Finding, ctx: FixContext) -> CodemodResult | Handoff | None:
        tree = Tree.parse(source)
        if tree is None:
            return None
        stdlib = {f"{m}.{f}": (m, f) for m, (_, funcs) in _STDLIB.items() for f in funcs}
        for call in tree.calls(finding.location, stdlib.keys() | _LXML.keys()):
            name = next(iter(tree.qualnames(call.func) & (stdlib.keys() | _LXML.keys())))
            if name in _LXML:
                return _lxml(tree, call)
            module, func = stdlib[name]
            safe = _STDLIB[module][0]
            tree.replace(call.func, expr(f"{safe}.{func}"))
            tree.add_import(safe)
            _drop_original(tree, call.func)
            edits, notes = _dependency(ctx)
            return CodemodResult(
                source=tree.render(),
                summary=f"Parse XML with `{safe}.{func}` instead of `{module}.{func}`: defusedxml "
                "refuses external entities and entity-expansion bombs that the standard parser accepts.",
                edits=edits,
                notes=notes,
            )
        return _external_entities_off(tree, finding)


def _external_entities_off(tree: Tree, finding: Finding) -> CodemodResult | None:
    """`parser.setFeature(feature_external_ges, True)` -> `False`."""
    enabling = [c for c in tree.method_calls(finding.location, {"setFeature"}) if _enables_external(tree, c)]
    for parse in tree.method_calls(finding.location, {"parse", "parseString", "feed"}) if not enabling else ():
        receiver = tree.code(parse.func.value)
        scope = tree.enclosing(parse, cst.FunctionDef) or tree.module
        enabling += [c for c in walk(scope, cst.Call) if isinstance(c.func, cst.Attribute)
                     and c.func.attr.value == "setFeature" and tree.code(c.func.value) == receiver
                     and _enables_external(tree, c)]
    if not enabling:
        return None
    for call in enabling:
        value = positional(call, 1)
        assert value is not None
        tree.replace(value.value, cst.Name("False"))
    return CodemodResult(
        source=tree.render(),
        summary="Stop the SAX parser from resolving external entities (`feature_external_ges`/`_pes` "
        "set to False): a document can no longer make it read local files or fetch URLs, while "
        "entities declared inside the document still work.",
    )


def _enables_external(tree: Tree, call: cst.Call) -> bool:
    feature, value = positional(call, 0), positional(call, 1)
    if feature is None or value is None:
        return False
    name = tree.code(feature.value).rsplit(".", 1)[-1]
    return name in _EXTERNAL_FEATURES and tree.code(value.value) in {"True", "1"}


def _drop_original(tree: Tree, func: cst.BaseExpression) -> None:
    """Drop the stdlib XML import the call came through once nothing else uses it."""
    for statement in tree.module.body:
        for node in statement.body if isinstance(statement, cst.SimpleStatementLine) else ():
            if isinstance(node, cst.Import):
                for alias in node.names:
                    name = tree.code(alias.name)
                    if name.startswith("xml.") and (alias.asname is not None or tree.code(func).startswith(name)):
                        asname = tree.code(alias.asname.name) if alias.asname is not None else None
                        tree.drop_import_if_unused(name, None, asname)
            elif isinstance(node, cst.ImportFrom) and node.module is not None and not isinstance(node.names, cst.ImportStar):
                module = tree.code(node.module)
                if module.startswith("xml"):
                    for alias in node.names:
                        tree.drop_import_if_unused(module, tree.code(alias.name))


def _lxml(tree: Tree, call: cst.Call) -> CodemodResult | Handoff:
    receiver = tree.code(call.func.value) if isinstance(call.func, cst.Attribute) else "lxml.etree"
    parser = keyword(call, "parser") or positional(call, 1)
    safe = f"{receiver}.XMLParser(resolve_entities=False, no_network=True)"
    if parser is not None:
        return Handoff(reason="the lxml call already passes its own parser; make that parser safe by hand")
    tree.replace(call, with_kwarg(call, "parser", safe))
    if receiver == "lxml.etree":
        tree.add_import("lxml.etree")
    return CodemodResult(
        source=tree.render(),
        summary="Parse XML with an lxml parser that does not resolve entities or fetch from the network, "
        "so a document can no longer read local files or reach internal hosts.",
    )


def _dependency(ctx: FixContext) -> tuple[tuple[FileEdit, ...], tuple[str, ...]]:
    """Add defusedxml to requirements.txt or pyproject dependencies, whichever the repo uses."""
    requirements = ctx.read("requirements.txt")
    if requirements is not None:
        if re.search(r"^\s*defusedxml\b", requirements, re.M | re.I):
            return (), ()
        text = requirements if requirements.endswith("\n") or not requirements else requirements + "\n"
        return (FileEdit(path="requirements.txt", content=text + _REQUIREMENT + "\n",
                         reason="defusedxml is now imported"),), ()
    pyproject = ctx.read("pyproject.toml")
    if pyproject is not None and "defusedxml" not in pyproject:
        updated = _add_to_pyproject(pyproject)
        if updated is not None:
            return (FileEdit(path="pyproject.toml", content=updated, reason="defusedxml is now imported"),), ()
    if pyproject is not None and "defusedxml" in pyproject:
        return (), ()
    return (), (f"Add `{_REQUIREMENT}` to the project's dependencies (no requirements file was found).",)


def _add_to_pyproject(text: str) -> str | None:
    """Insert the requirement into `[project] dependencies = [...]`, keeping its layout."""
    match = re.search(r"^\[project\]\s*$(.*?)(?=^\[|\Z)", text, re.M | re.S)
    if match is None:
        return None
    section_start = match.start(1)
    deps = re.search(r"^dependencies\s*=\s*\[(.*?)\]", match.group(1), re.M | re.S)
    if deps is None:
        return None
    body = deps.group(1)
    close = section_start + deps.end() - 1  # index of the closing bracket
    if "\n" in body:
        indent = re.search(r"\n([ \t]+)\S", body)
        pad = indent.group(1) if indent else "    "
        stripped = text[:close].rstrip()
        sep = "" if stripped.endswith((",", "[")) else ","
        return f'{stripped}{sep}\n{pad}"{_REQUIREMENT}",\n' + text[close:]
    inner = body.strip().rstrip(",")
    new = f'{inner}, "{_REQUIREMENT}"' if inner else f'"{_REQUIREMENT}"'
    start = section_start + deps.start(1)
    return text[:start] + new + text[close:]
