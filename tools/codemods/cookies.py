"""Insecure cookies (CWE-614/1004/1275): cookies get `secure`, `httponly` and `samesite`.

`response.set_cookie(...)` gets `secure=True, httponly=True, samesite="Lax"` (flags already
set to a safe value are kept; False becomes True). Flask settings
`SESSION_COOKIE_SECURE/HTTPONLY = False` become True, `SESSION_COOKIE_SAMESITE = None` "Lax".
"""

from __future__ import annotations

import libcst as cst

from aise.models import Finding
from aise.tools.codemods._cst import Tree, keyword, with_kwarg
from aise.tools.codemods.base import Codemod, CodemodMetadata, CodemodResult, FixContext, Handoff

__all__ = ["SecureCookie"]

_SETTINGS = {"SESSION_COOKIE_SECURE": "True", "SESSION_COOKIE_HTTPONLY": "True",
             "REMEMBER_COOKIE_SECURE": "True", "REMEMBER_COOKIE_HTTPONLY": "True",
             "SESSION_COOKIE_SAMESITE": '"Lax"', "CSRF_COOKIE_SECURE": "True", "CSRF_COOKIE_HTTPONLY": "True"}
_SUMMARY = ("Set the cookie's `secure`, `httponly` and `samesite` flags: it is now sent only over "
            "HTTPS, hidden from page scripts, and not attached to cross-site requests.")


class SecureCookie(Codemod):
    metadata = CodemodMetadata(
        id="aise:secure-cookie",
        description="Cookies get secure, httponly and samesite flags",
        cwes=frozenset({614, 1004, 1275}),
        rules=("*cookie*",),
    )

    def transform(self, source: str, finding: Finding, ctx: FixContext) -> CodemodResult | Handoff | None:
        tree = Tree.parse(source)
        if tree is None:
            return None
        for call in tree.method_calls(finding.location, {"set_cookie"}):
            new = call
            for name, value in (("secure", "True"), ("httponly", "True"), ("samesite", '"Lax"')):
                arg = keyword(new, name)
                if arg is None or tree.code(arg.value) in {"False", "None"}:
                    new = with_kwarg(new, name, value)
            if new is call:
                return None
            tree.replace(call, new)
            return CodemodResult(source=tree.render(), summary=_SUMMARY)
        for assign in tree.nodes(cst.Assign, finding.location):
            key = _setting(tree, assign.targets[0].target)
            if key in _SETTINGS and tree.code(assign.value) in {"False", "None"}:
                tree.replace(assign.value, cst.parse_expression(_SETTINGS[key]))
                return CodemodResult(source=tree.render(), summary=_SUMMARY)
        return None


def _setting(tree: Tree, target: cst.BaseExpression) -> str:
    if isinstance(target, cst.Name):
        return target.value
    if isinstance(target, cst.Subscript):
        return tree.code(target.slice[0]).strip("'\" ")
    return ""
