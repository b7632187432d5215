"""Disabled TLS verification (CWE-295): `verify=False` becomes `verify=True`.

Covers keyword arguments (`requests.get(url, verify=False)`, `httpx.Client(verify=False)`),
`session.verify = False`, and `ssl._create_unverified_context()` ->
`ssl.create_default_context()`. A `verify` pointing at a CA bundle is left alone.
"""

from __future__ import annotations

import libcst as cst

from aise.models import Finding
from aise.tools.codemods._cst import Tree, keyword
from aise.tools.codemods.base import Codemod, CodemodMetadata, CodemodResult, FixContext, Handoff

__all__ = ["VerifyTLS"]

_SUMMARY = ("Turned certificate verification back on: without it anyone on the network path can "
            "impersonate the server and read or alter the traffic.")


class VerifyTLS(Codemod):
    metadata = CodemodMetadata(
        id="aise:tls-verify",
        description="verify=False becomes verify=True; unverified SSL contexts become default ones",
        cwes=frozenset({295}),
        rules=("bandit:B501", "bandit:B323", "*verify*false*", "*disabled-cert*", "*unverified*"),
    )

    def transform(self, source: str, finding: Finding, ctx: FixContext) -> CodemodResult | Handoff | None:
        tree = Tree.parse(source)
        if tree is None:
            return None
        for call in tree.nodes(cst.Call, finding.location):
            arg = keyword(call, "verify")
            if arg is not None and _false(arg.value):
                tree.replace(arg.value, cst.Name("True"))
                return CodemodResult(source=tree.render(), summary=_SUMMARY)
            if "ssl._create_unverified_context" in tree.qualnames(call.func) and isinstance(call.func, cst.Attribute):
                tree.replace(call.func, call.func.with_changes(attr=cst.Name("create_default_context")))
                return CodemodResult(source=tree.render(), summary=_SUMMARY)
        for assign in tree.nodes(cst.Assign, finding.location):
            target = assign.targets[0].target
            if isinstance(target, cst.Attribute) and target.attr.value == "verify" and _false(assign.value):
                tree.replace(assign.value, cst.Name("True"))
                return CodemodResult(source=tree.render(), summary=_SUMMARY)
        return None


def _false(node: cst.BaseExpression) -> bool:
    return isinstance(node, cst.Name) and node.value == "False"
