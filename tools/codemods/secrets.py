"""Hardcoded secrets (CWE-798/259): the literal becomes an environment lookup.

`SECRET_KEY = "..."`, `app.secret_key = "..."`, `app.config["API_TOKEN"] = "..."`,
`connect(password="...")`, `{"api_key": "..."}` and `if password == "..."` read the value
from an environment variable named after the target instead. Signing keys (secret_key,
*_SECRET, JWT) fall back to a random per-process key so the app still starts; other
credentials fall back to None, which fails closed. The dossier names the variable and says
that the old value must be rotated: it stays in git history.
"""

from __future__ import annotations

import re

import libcst as cst

from aise.models import Finding
from aise.tools.codemods._cst import Tree, expr
from aise.tools.codemods.base import Codemod, CodemodMetadata, CodemodResult, FixContext, Handoff

__all__ = ["SecretFromEnv"]

_SIGNING = re.compile(r"secret_?key|signing|jwt|session_?secret|^secret$|_secret$|cookie_?secret", re.I)
_MIN_LEN = 4


class SecretFromEnv(Codemod):
    metadata = CodemodMetadata(
        id="aise:secret-from-env",
        description="A hardcoded secret becomes an environment variable lookup (and must be rotated)",
        cwes=frozenset({798, 259, 321, 540}),
        rules=("bandit:B105", "bandit:B106", "bandit:B107", "detect-secrets:*", "*hardcoded*secret*",
               "*hardcoded*password*", "*hardcoded*key*", "*secret*"),
    )

    def transform(self, source: str, finding: Finding, ctx: FixContext) -> CodemodResult | Handoff | None:
        tree = Tree.parse(source)
        if tree is None:
            return None
        for literal in tree.nodes(cst.SimpleString, finding.location):
            value = literal.evaluated_value
            if not isinstance(value, str) or len(value) < _MIN_LEN:
                continue
            name = _target_name(tree, literal)
            if name is None:
                continue
            variable = re.sub(r"\W+", "_", name).strip("_").upper()
            if _SIGNING.search(name):
                replacement = f'os.environ.get("{variable}") or secrets.token_hex(32)'
                tree.add_import("secrets")
                fallback = "a random key per process, so what it signed does not survive a restart"
            else:
                replacement = f'os.environ.get("{variable}")'
                fallback = "None, so whatever needs it fails closed"
            tree.replace(literal, expr(replacement))
            tree.add_import("os")
            return CodemodResult(
                source=tree.render(),
                summary=f"Moved the hardcoded secret out of the code: it is now read from the "
                f"{variable} environment variable; when that is unset: {fallback}.",
                notes=(
                    f"Rotate this secret now: the old value stays in the git history. Set {variable} "
                    "in every environment (deployment secrets, CI, developer machines).",
                ),
            )
        return None


def _target_name(tree: Tree, literal: cst.SimpleString) -> str | None:
    """The name the secret is bound to: variable, attribute, dict key, keyword or compared name."""
    parent = tree.parent(literal)
    if isinstance(parent, cst.Assign) and parent.value is literal:
        return _name_of(tree, parent.targets[0].target)
    if isinstance(parent, cst.AnnAssign) and parent.value is literal:
        return _name_of(tree, parent.target)
    if isinstance(parent, cst.Arg) and parent.keyword is not None:
        return parent.keyword.value
    if isinstance(parent, cst.Param) and parent.default is literal:
        return parent.name.value
    if isinstance(parent, cst.DictElement) and parent.value is literal and isinstance(parent.key, cst.SimpleString):
        key = parent.key.evaluated_value
        return key if isinstance(key, str) else None
    if isinstance(parent, cst.ComparisonTarget):
        comparison = tree.parent(parent)
        if isinstance(comparison, cst.Comparison):
            return _name_of(tree, comparison.left)
    if isinstance(parent, cst.Comparison) and parent.left is literal:
        target = parent.comparisons[0].comparator
        return _name_of(tree, target)
    return None


def _name_of(tree: Tree, node: cst.BaseExpression) -> str | None:
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        return node.attr.value
    if isinstance(node, cst.Subscript):
        key = node.slice[0].slice
        if isinstance(key, cst.Index) and isinstance(key.value, cst.SimpleString):
            value = key.value.evaluated_value
            return value if isinstance(value, str) else None
    del tree
    return None
