"""Open redirect (CWE-601): a redirect target from input must be a path on this site.

`redirect(target)` (Flask/Werkzeug, Django `HttpResponseRedirect`) with a non-constant
target -> `redirect(_safe_redirect_url(target))`. The helper, added to the module, keeps
the target only when `urlparse` finds neither a scheme nor a host and it has no backslash
(browsers read `/\\evil.example` as `//evil.example`); anything else falls back to `/`.
"""

from __future__ import annotations

import libcst as cst

from aise.models import Finding
from aise.tools.codemods._cst import Tree, positional
from aise.tools.codemods.base import Codemod, CodemodMetadata, CodemodResult, FixContext, Handoff

__all__ = ["SameSiteRedirect"]

HELPER = "_safe_redirect_url"
_REDIRECTS = {"flask.redirect", "werkzeug.utils.redirect", "django.shortcuts.redirect",
              "django.http.HttpResponseRedirect", "django.http.response.HttpResponseRedirect"}


_HELPER_CODE = f'''def {HELPER}(target, fallback="/"):
    """`target` if it is a path on this site, else `fallback` (open redirect, CWE-601)."""
    if not target or "\\\\" in target or urlparse(target).scheme or urlparse(target).netloc:
        return fallback
    return target
'''


class SameSiteRedirect(Codemod):
    metadata = CodemodMetadata(
        id="aise:redirect-same-site",
        description="Redirect targets from input must be local paths (checked with urlparse)",
        cwes=frozenset({601}),
        rules=("*open-redirect*", "*open_redirect*", "*redirect*"),
    )

    def transform(self, source: str, finding: Finding, ctx: FixContext) -> CodemodResult | Handoff | None:
        tree = Tree.parse(source)
        if tree is None:
            return None
        for call in tree.calls(finding.location, _REDIRECTS):
            first = positional(call, 0)
            if first is None or isinstance(first.value, cst.SimpleString):
                continue
            inner = first.value
            if isinstance(inner, cst.Call) and tree.code(inner.func) == HELPER:
                return None  # already checked
            wrapped = cst.Call(func=cst.Name(HELPER), args=[cst.Arg(value=inner)])
            tree.replace(inner, wrapped)
            if not tree.defines(HELPER):
                tree.insert_before_toplevel(call, _HELPER_CODE)
            tree.add_import("urllib.parse", "urlparse")
            return CodemodResult(source=tree.render(), summary=(
                f"Check the redirect target with `{HELPER}` (urlparse): only a path on this site is "
                "followed, so a link can no longer bounce users to an attacker's site."
            ))
        return None
