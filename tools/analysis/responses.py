"""HTTP response semantics: route return values, content types, header and session writes.

A string returned from a Flask-style route is an HTML body (XSS sink) unless it is JSON
(dict/list), or a header says the content type is not HTML. FastAPI, Starlette and Django
routes do not turn strings into HTML (FastAPI JSON-encodes them) unless the route declares
an HTML response class. A response whose content type is later set to a non-HTML type has
its XSS sink withdrawn.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from aise.tools.analysis.sinks import SinkCheck, cookie_from_header, is_session, non_html
from aise.tools.analysis.values import AV

if TYPE_CHECKING:
    from aise.tools.analysis.hits import SinkHit
    from aise.tools.analysis.project import FuncUnit, Project

__all__ = ["ResponseMixin"]

_RESPONSE_OBJECTS = ("response", "jsonify", "render_template", "redirect", "send_file", "send_from_directory",
                     "abort", "stream_with_context", "url_for", "make_response", "Response")
_NON_HTML_FRAMEWORKS = frozenset({"fastapi", "starlette", "django", "rest_framework", "aiohttp"})
_HTML_FRAMEWORKS = frozenset({"flask", "quart", "bottle", "werkzeug"})
_REDIRECT_HEADERS = frozenset({"location", "refresh"})


def _is_response_object(value: AV) -> bool:
    tag = value.inst or value.qual or ""
    return bool(tag) and any(word.lower() in tag.lower() for word in _RESPONSE_OBJECTS)


class ResponseMixin:
    project: Project
    unit: FuncUnit
    env: dict[str, AV] | None
    hits: list[SinkHit]
    returns: list[tuple[ast.Return, AV]]
    _response_vars: dict[str, list[int]]
    _plain_vars: set[str]

    if TYPE_CHECKING:  # provided by the interpreter and the expression mixin
        def record_sink(self, check: SinkCheck, node: ast.AST) -> None: ...
        def eval(self, node: ast.expr | None) -> AV: ...

    # ----- route return values -----------------------------------------------------------
    def _html_route(self) -> bool:
        node = self.unit.node
        for decorator in getattr(node, "decorator_list", ()):
            if isinstance(decorator, ast.Call):
                for kw in decorator.keywords:
                    if kw.arg == "response_class" and "HTML" in ast.unparse(kw.value):
                        return True
        imports = self.project.imports_of(self.unit.module)
        if imports & _HTML_FRAMEWORKS:
            return True
        return not imports & _NON_HTML_FRAMEWORKS

    def response_sinks(self) -> None:
        """Each string a web route returns becomes the HTML response body."""
        if not self._html_route():
            return
        for node, value in self.returns:
            body_node: ast.expr | None = node.value
            body, headers = value, None
            if isinstance(node.value, ast.Tuple) and node.value.elts:
                body_node = node.value.elts[0]
                body = value.items[0] if value.items else AV(labels=value.all_labels())
                for elt, item in zip(node.value.elts[1:], (value.items or ())[1:], strict=False):
                    if isinstance(elt, ast.Dict) or item.keys is not None:
                        headers = item
            if body_node is None or isinstance(body_node, ast.Dict | ast.List | ast.DictComp | ast.ListComp):
                continue
            if body.keys is not None or _is_response_object(body):
                continue
            if headers is not None and non_html(_content_type(headers)):
                continue
            self.record_sink(SinkCheck("xss", (body,), "route response"), node)

    # ----- response variables whose content type changes later ----------------------------
    def note_response_var(self, target: ast.expr, before: int) -> None:
        if not isinstance(target, ast.Name):
            return
        fresh = [i for i in range(before, len(self.hits)) if self.hits[i].sink_class == "xss"]
        if fresh:
            self._response_vars.setdefault(target.id, []).extend(fresh)

    def retract_plain_responses(self) -> None:
        for name in self._plain_vars:
            for index in self._response_vars.get(name, ()):
                hit = self.hits[index]
                hit.tainted = frozenset()
                hit.detail = hit.detail + (("content_type", "non-html"),)

    def _mark_content_type(self, var: str | None, value: AV) -> None:
        if var and value.is_const and non_html(str(value.const)):
            self._plain_vars.add(var)

    # ----- stores ------------------------------------------------------------------------
    def attribute_store_sinks(self, target: ast.Attribute, base: AV, value: AV) -> None:
        var = target.value.id if isinstance(target.value, ast.Name) else None
        if target.attr in ("mimetype", "content_type"):
            self._mark_content_type(var, value)
            return
        if not (base.inst or base.qual):
            return
        if target.attr in ("data", "body", "response", "text", "content"):
            before = len(self.hits)
            self.record_sink(SinkCheck("xss", (value,), f"response.{target.attr}"), target)
            if var:
                self._response_vars.setdefault(var, []).extend(range(before, len(self.hits)))
        elif target.attr == "location":
            self.record_sink(SinkCheck("redirect", (value,), "response.location"), target)

    def subscript_store_sinks(self, target: ast.Subscript, base: AV, key: AV, value: AV) -> None:
        owner = target.value
        if is_session(base) or (isinstance(owner, ast.Name) and "session" in owner.id.lower()):
            self.record_sink(SinkCheck("trustbound", (key, value), "session[...] ="), target)
            return
        if isinstance(owner, ast.Subscript) and key.is_const and str(key.const).lower() in ("secure", "httponly"):
            self._morsel_flag(owner, str(key.const).lower(), value)
            return
        headers = isinstance(owner, ast.Attribute) and owner.attr == "headers"
        response = headers or _is_response_object(base)
        if not response or not key.is_const:
            return
        name = str(key.const).lower()
        var = None
        if isinstance(owner, ast.Attribute) and isinstance(owner.value, ast.Name):
            var = owner.value.id
        elif isinstance(owner, ast.Name):
            var = owner.id
        if name in _REDIRECT_HEADERS:
            self.record_sink(SinkCheck("redirect", (value,), f"headers['{key.const}'] ="), target)
        elif name == "set-cookie":
            self.record_sink(cookie_from_header(value, f"headers['{key.const}'] ="), target)
        elif name == "content-type":
            self._mark_content_type(var, value)

    def _morsel_flag(self, owner: ast.Subscript, flag: str, value: AV) -> None:
        """`cookie["sid"]["secure"] = True` on an `http.cookies.SimpleCookie`."""
        if not isinstance(owner.value, ast.Name) or self.env is None:
            return
        jar = self.env.get(owner.value.id)
        if jar is None or "SimpleCookie" not in (jar.inst or ""):
            return
        from aise.tools.analysis.expr import with_update

        on = value.is_const and bool(value.const)
        self.env[owner.value.id] = with_update(jar, kwargs=tuple(kv for kv in jar.kwargs if kv[0] != flag)
                                               + ((flag, on),))


def _content_type(headers: AV) -> str:
    for key, value in headers.keys or ():
        if str(key).lower() == "content-type" and value.is_const:
            return str(value.const)
    return ""


def header_value(headers: AV | None, name: str) -> AV | None:
    """The value of header `name` in a constant-keyed headers dict, if present."""
    for key, value in (headers.keys or ()) if headers is not None else ():
        if str(key).lower() == name:
            return value
    return None


__all__ += ["header_value"]
