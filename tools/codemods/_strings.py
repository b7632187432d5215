"""Read a string-building expression (f-string, `+`, `%`, `.format`) as literal text and holes."""

from __future__ import annotations

import ast
import re
import string
from dataclasses import dataclass, field

import libcst as cst


@dataclass(frozen=True)
class Text:
    value: str
    seg: int = 0
    """Which literal piece of an implicit concatenation this text came from."""


@dataclass(frozen=True)
class Hole:
    node: cst.BaseExpression
    seg: int = 0


Part = Text | Hole


@dataclass
class Template:
    """A string expression as alternating literal text and interpolated expressions."""

    node: cst.BaseExpression
    parts: list[Part]
    quotes: list[str] = field(default_factory=lambda: ['"'])
    """Quote of each literal segment, in order."""
    joins: list[str] = field(default_factory=list)
    """Source whitespace between segments (len(quotes) - 1 items)."""

    @property
    def holes(self) -> list[cst.BaseExpression]:
        return [p.node for p in self.parts if isinstance(p, Hole)]

    @property
    def constant(self) -> bool:
        return not self.holes

    def text(self, hole_text: str = "\x00") -> str:
        return "".join(p.value if isinstance(p, Text) else hole_text for p in self.parts)


def template_of(node: cst.BaseExpression) -> Template | None:
    """Parse a string-building expression; None when it is not one or uses unsupported syntax."""
    if isinstance(node, cst.SimpleString | cst.FormattedString | cst.ConcatenatedString):
        return _literal(node)
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Add):
        return _concat(node)
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Modulo):
        return _percent(node)
    if (
        isinstance(node, cst.Call)
        and isinstance(node.func, cst.Attribute)
        and node.func.attr.value == "format"
    ):
        return _format(node)
    return None


def _literal(node: cst.BaseExpression) -> Template | None:
    pieces = _flatten(node)
    if pieces is None:
        return None
    parts: list[Part] = []
    quotes: list[str] = []
    joins: list[str] = []
    for seg, (piece, join) in enumerate(pieces):
        quotes.append(piece.quote if isinstance(piece, cst.SimpleString | cst.FormattedString) else '"')
        if join is not None:
            joins.append(join)
        if isinstance(piece, cst.SimpleString):
            value = piece.evaluated_value
            if not isinstance(value, str):
                return None  # bytes literal
            parts.append(Text(value, seg))
            continue
        for item in piece.parts:
            if isinstance(item, cst.FormattedStringText):
                parts.append(Text(_decode_fstring_text(piece, item.value), seg))
            elif item.conversion is not None or item.format_spec is not None:
                return None  # `{x!r}` / `{x:>8}` change the text; not a plain hole
            else:
                parts.append(Hole(item.expression, seg))
    return Template(node, _merge(parts), quotes, joins)


def _flatten(node: cst.BaseExpression) -> list[tuple[cst.SimpleString | cst.FormattedString, str | None]] | None:
    if isinstance(node, cst.SimpleString | cst.FormattedString):
        return [(node, None)]
    if isinstance(node, cst.ConcatenatedString):
        left = _flatten(node.left)
        right = _flatten(node.right)
        if left is None or right is None:
            return None
        join = cst.Module([]).code_for_node(node.whitespace_between)
        return [*left, (right[0][0], join), *right[1:]]
    return None


def _decode_fstring_text(node: cst.FormattedString, raw: str) -> str:
    prefix = node.prefix.lower().replace("f", "")
    value = ast.literal_eval(f"{prefix}{node.quote}{raw}{node.quote}") if raw else ""
    return value.replace("{{", "{").replace("}}", "}")


def _concat(node: cst.BinaryOperation) -> Template | None:
    parts: list[Part] = []
    quote: str | None = None
    for operand in _operands(node):
        sub = _literal(operand) if isinstance(
            operand, cst.SimpleString | cst.FormattedString | cst.ConcatenatedString
        ) else None
        if sub is None:
            parts.append(Hole(operand))
            continue
        quote = quote or sub.quotes[0]
        parts.extend(Text(p.value) if isinstance(p, Text) else Hole(p.node) for p in sub.parts)
    if quote is None:
        return None  # numeric addition, not string building
    return Template(node, _merge(parts), [quote.replace('"""', '"').replace("'''", "'")])


def _operands(node: cst.BaseExpression) -> list[cst.BaseExpression]:
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Add) and not node.lpar:
        return [*_operands(node.left), *_operands(node.right)]
    return [node]


_PERCENT = re.compile(r"%(?:\((?P<name>\w+)\))?(?P<conv>[sdiu%])")


def _percent(node: cst.BinaryOperation) -> Template | None:
    base = _literal(node.left)
    if base is None or not base.constant:
        return None
    right = node.right
    if isinstance(right, cst.Tuple):
        values: list[cst.BaseExpression] | dict[str, cst.BaseExpression] = [e.value for e in right.elements]
    elif isinstance(right, cst.Dict):
        values = {}
        for element in right.elements:
            if not isinstance(element, cst.DictElement) or not isinstance(element.key, cst.SimpleString):
                return None
            values[str(element.key.evaluated_value)] = element.value
    else:
        values = [right]
    return _fill(base, values, _percent_fields)


def _percent_fields(text: str) -> list[tuple[str, str | int | None]] | None:
    """Split `a %s b %(n)s` into (literal, field) pairs; field is an index, a name or None."""
    out: list[tuple[str, str | int | None]] = []
    pos = index = 0
    for match in _PERCENT.finditer(text):
        if match.group("conv") == "%":
            out.append((text[pos : match.start()] + "%", None))
        elif match.group("name"):
            out.append((text[pos : match.start()], match.group("name")))
        else:
            out.append((text[pos : match.start()], index))
            index += 1
        pos = match.end()
    rest = text[pos:]
    if "%" in rest:
        return None  # a conversion we do not model (`%r`, `%5s`)
    out.append((rest, None))
    return out


def _format(node: cst.Call) -> Template | None:
    assert isinstance(node.func, cst.Attribute)
    base = _literal(node.func.value)
    if base is None or not base.constant:
        return None
    positional = [a.value for a in node.args if a.keyword is None and not a.star]
    named = {a.keyword.value: a.value for a in node.args if a.keyword is not None}
    if any(a.star for a in node.args):
        return None
    return _fill(base, (positional, named), _format_fields)


def _format_fields(text: str) -> list[tuple[str, str | int | None]] | None:
    out: list[tuple[str, str | int | None]] = []
    auto = 0
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        return None
    for literal, name, spec, conv in parsed:
        if name is None:
            out.append((literal, None))
            continue
        if spec or conv or "." in name or "[" in name:
            return None
        if name == "":
            out.append((literal, auto))
            auto += 1
        else:
            out.append((literal, int(name) if name.isdigit() else name))
    return out


def _fill(base: Template, values: object, splitter) -> Template | None:  # noqa: ANN001
    """Replace the format fields of a constant template with the given argument expressions."""
    parts: list[Part] = []
    for piece in base.parts:
        assert isinstance(piece, Text)
        fields = splitter(piece.value)
        if fields is None:
            return None
        for literal, key in fields:
            parts.append(Text(literal, piece.seg))
            if key is None:
                continue
            value = _lookup(values, key)
            if value is None:
                return None
            parts.append(Hole(value, piece.seg))
    return Template(base.node, _merge(parts), base.quotes, base.joins)


def _lookup(values: object, key: str | int) -> cst.BaseExpression | None:
    if isinstance(values, tuple):  # (.format positional, .format named)
        positional, named = values
        return positional[key] if isinstance(key, int) and key < len(positional) else named.get(key)
    if isinstance(values, list) and isinstance(key, int):
        return values[key] if key < len(values) else None
    if isinstance(values, dict) and isinstance(key, str):
        return values.get(key)
    return None


def _merge(parts: list[Part]) -> list[Part]:
    """Join adjacent texts of one segment and drop empty ones."""
    out: list[Part] = []
    for part in parts:
        if isinstance(part, Text) and out and isinstance(out[-1], Text) and out[-1].seg == part.seg:
            out[-1] = Text(out[-1].value + part.value, part.seg)
        elif not (isinstance(part, Text) and not part.value):
            out.append(part)
    return out


def render_literal(value: str, quote: str = '"') -> str:
    """Python source for a plain string literal holding `value`, in the given quote style."""
    if len(quote) == 3:
        if quote not in value and not value.endswith(quote[0]):
            return quote + value.replace("\\", "\\\\") + quote
        quote = quote[0]
    other = "'" if quote == '"' else '"'
    if quote in value and other not in value:
        quote = other
    body = value.replace("\\", "\\\\").replace(quote, "\\" + quote)
    body = body.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return quote + body + quote


def render_segments(template: Template, texts: list[str]) -> str:
    """Literal source for per-segment texts, keeping the original implicit concatenation layout."""
    if len(texts) == 1:
        return render_literal(texts[0], template.quotes[0])
    pieces = [render_literal(t, q) for t, q in zip(texts, template.quotes, strict=True)]
    out = pieces[0]
    for join, piece in zip(template.joins, pieces[1:], strict=True):
        out += join + piece
    return out


def fstring(body: str, quote: str = '"') -> str:
    """An f-string literal around `body` (holes already written as `{expr}`, braces doubled)."""
    quote = quote[0]
    if quote in body:
        quote = "'" if quote == '"' else '"'
    return "f" + quote + body.replace("\\", "\\\\").replace("\n", "\\n") + quote
