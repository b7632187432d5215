"""Weak randomness (CWE-330/338): `random` used for tokens, codes or keys becomes `secrets`.

`choice` -> `secrets.choice`, `randint`/`randrange` -> `secrets.randbelow` (+ offset),
`getrandbits` -> `secrets.randbits`, anything else -> `secrets.SystemRandom().<same>()`.
Non-security uses (jitter, shuffling for display, sampling) are left alone.
"""

from __future__ import annotations

import libcst as cst

from aise.models import Finding
from aise.tools.codemods._context import Use, security_use
from aise.tools.codemods._cst import Tree, expr
from aise.tools.codemods.base import Codemod, CodemodMetadata, CodemodResult, FixContext, Handoff

__all__ = ["SecretsRandom"]

_FUNCS = ("random", "randint", "randrange", "choice", "choices", "sample", "shuffle", "uniform",
          "getrandbits", "randbytes", "triangular", "gauss")


class SecretsRandom(Codemod):
    metadata = CodemodMetadata(
        id="aise:weak-random",
        description="random in a security context becomes the secrets module",
        cwes=frozenset({330, 338}),
        rules=("bandit:B311", "*insecure-random*", "*weak-random*"),
    )

    def transform(self, source: str, finding: Finding, ctx: FixContext) -> CodemodResult | Handoff | None:
        tree = Tree.parse(source)
        if tree is None:
            return None
        for call in tree.calls(finding.location, {f"random.{f}" for f in _FUNCS}):
            if security_use(tree, call, ctx) is Use.NOT_SECURITY:
                return None
            func = next(iter(tree.qualnames(call.func))).rsplit(".", 1)[1]
            args = [tree.code(a.value) for a in call.args if a.keyword is None and not a.star]
            tree.replace(call, expr(_secure(func, args, call, tree)))
            tree.add_import("secrets")
            return CodemodResult(
                source=tree.render(),
                summary=f"Replaced `random.{func}` with the `secrets` module: `random` is a "
                "predictable generator, so values it makes for security can be guessed.",
            )
        return None


def _secure(func: str, args: list[str], call: cst.Call, tree: Tree) -> str:
    if func == "choice" and len(args) == 1:
        return f"secrets.choice({args[0]})"
    if func == "getrandbits" and len(args) == 1:
        return f"secrets.randbits({args[0]})"
    if func == "randrange" and len(args) == 1:
        return f"secrets.randbelow({args[0]})"
    if func in {"randint", "randrange"} and len(args) == 2 and len(call.args) == 2:
        low, high = args
        span = f"{high} - {low}" + (" + 1" if func == "randint" else "")
        if low.isdigit() and high.isdigit():
            span = str(int(high) - int(low) + (1 if func == "randint" else 0))
        return f"secrets.randbelow({span})" if low == "0" else f"{low} + secrets.randbelow({span})"
    all_args = ", ".join(
        f"{a.star}{a.keyword.value + '=' if a.keyword else ''}{tree.code(a.value)}" for a in call.args
    )
    return f"secrets.SystemRandom().{func}({all_args})"
