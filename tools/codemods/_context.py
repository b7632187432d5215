"""Is a weak primitive used for security? Evidence flags first, then names in the code."""

from __future__ import annotations

import re
from enum import StrEnum

import libcst as cst

from aise.evidence import ContextFlag
from aise.tools.codemods._cst import Tree
from aise.tools.codemods.base import FixContext

# "pass" must start a word (snake_case or camelCase) and end one: not `bypass_cache`, `passage`.
_PASSWORD = re.compile(
    r"(?<![a-z])pass(?:word|wd|phrase)?(?![a-z])|Pass(?:word|wd|phrase)?(?![a-z])"
    r"|(?<![A-Z])PASS(?:WORD|WD|PHRASE)?(?![A-Z])|pwd|Pwd|PWD|pin_?code|PIN_?CODE"
)
_NOT_SECURITY = re.compile(
    r"cache|etag|checksum|fingerprint|dedup|shard|bucket|jitter|backoff|shuffle|sample|colou?r|"
    r"file_?id|content_?hash|hash_?file|md5sum|sha1sum|avatar|gravatar|partition|sharding|demo|example",
    re.I,
)
_SECURITY = re.compile(
    r"secret|token|auth|session|nonce|salt|otp|csrf|api_?key|private|sign|hmac|credential|"
    r"reset|verif|login|invite|captcha|key|code|cookie|random_?id|uuid",
    re.I,
)


class Use(StrEnum):
    PASSWORD = "password"
    SECURITY = "security"
    NOT_SECURITY = "not_security"
    UNKNOWN = "unknown"


def security_use(tree: Tree, node: cst.CSTNode, ctx: FixContext) -> Use:
    """How the value made at `node` is used, judged on evidence, then on nearby names."""
    text = nearby_text(tree, node)
    if _PASSWORD.search(text):
        return Use.PASSWORD
    if ctx.has_flag(ContextFlag.SECURITY_USE):
        return Use.SECURITY
    if ctx.has_flag(ContextFlag.NOT_SECURITY_USE):
        return Use.NOT_SECURITY
    if _NOT_SECURITY.search(text):
        return Use.NOT_SECURITY
    if _SECURITY.search(text):
        return Use.SECURITY
    return Use.UNKNOWN


def nearby_text(tree: Tree, node: cst.CSTNode) -> str:
    """The enclosing function's name and the statement holding `node`."""
    statement = next(
        (a for a in tree.ancestors(node) if isinstance(a, cst.SimpleStatementLine | cst.BaseCompoundStatement)),
        node,
    )
    if isinstance(statement, cst.BaseCompoundStatement):
        statement = node  # an `if`/`with` header: the node itself says enough
    function = tree.enclosing(node, cst.FunctionDef)
    name = function.name.value if function is not None else ""
    return f"{name} {tree.code(statement)}"
