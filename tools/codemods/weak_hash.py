"""Weak hashing (CWE-327/328/916): md5 and sha1, fixed according to what the hash is for.

- Passwords: `hashlib.md5(pw).hexdigest()` -> `hashlib.pbkdf2_hmac("sha256", pw, salt, 600_000).hex()`;
  a `salt` variable in scope is used, else a `PASSWORD_SALT` environment value. Stored hashes
  must be migrated (dossier note).
- Other security use (tokens, signatures, unknown): md5/sha1 -> sha256.
- Non-security use (cache keys, ETags, checksums): `usedforsecurity=False` is added and the
  result is marked `annotated`: resolved by annotation, not silently dropped.
"""

from __future__ import annotations

import libcst as cst

from aise.models import Finding
from aise.tools.codemods._context import Use, security_use
from aise.tools.codemods._cst import Tree, expr, keyword, positional, walk, with_kwarg
from aise.tools.codemods.base import Codemod, CodemodMetadata, CodemodResult, FixContext, Handoff

__all__ = ["StrongerHash"]

_WEAK = {"md5", "sha1", "md4", "md2"}
_ITERATIONS = "600_000"
_SALT_HELPER = 'PASSWORD_SALT = os.environ.get("PASSWORD_SALT", "").encode()\n'


class StrongerHash(Codemod):
    metadata = CodemodMetadata(
        id="aise:weak-hash",
        description="md5/sha1 become sha256 (pbkdf2 for passwords), or are marked usedforsecurity=False",
        cwes=frozenset({327, 328, 916}),
        rules=("bandit:B303", "bandit:B324", "*md5*", "*sha1*", "*weak-hash*", "*insecure-hash*"),
    )

    def transform(self, source: str, finding: Finding, ctx: FixContext) -> CodemodResult | Handoff | None:
        tree = Tree.parse(source)
        if tree is None:
            return None
        for call in tree.calls(finding.location, {f"hashlib.{n}" for n in (*_WEAK, "new")}):
            algorithm = _algorithm(tree, call)
            flag = keyword(call, "usedforsecurity")
            if algorithm not in _WEAK or (flag is not None and tree.code(flag.value) == "False"):
                continue
            use = security_use(tree, call, ctx)
            if use is Use.NOT_SECURITY:
                tree.replace(call, with_kwarg(call, "usedforsecurity", "False"))
                return CodemodResult(source=tree.render(), annotated=True, summary=(
                    f"Marked the {algorithm} call `usedforsecurity=False`: it makes a non-secret "
                    "identifier (cache key, checksum), so its weakness is not a security issue."
                ))
            if use is Use.PASSWORD:
                return _password(tree, call, algorithm)
            return _sha256(tree, call, algorithm)
        return None


def _algorithm(tree: Tree, call: cst.Call) -> str:
    name = next(iter(tree.qualnames(call.func) & {f"hashlib.{n}" for n in (*_WEAK, "new")}))
    if name != "hashlib.new":
        return name.split(".", 1)[1]
    first = positional(call, 0) or keyword(call, "name")
    if first is not None and isinstance(first.value, cst.SimpleString):
        return str(first.value.evaluated_value).lower()
    return ""


def _sha256(tree: Tree, call: cst.Call, algorithm: str) -> CodemodResult:
    if "hashlib.new" in tree.qualnames(call.func):
        first = positional(call, 0) or keyword(call, "name")
        assert first is not None and isinstance(first.value, cst.SimpleString)
        quote = first.value.quote
        new = call.with_changes(args=[
            a.with_changes(value=cst.SimpleString(f"{quote}sha256{quote}")) if a is first else a for a in call.args
        ])
    elif isinstance(call.func, cst.Attribute):
        new = call.with_changes(func=call.func.with_changes(attr=cst.Name("sha256")))
    else:
        new = call.with_changes(func=cst.parse_expression("hashlib.sha256"))
        tree.add_import("hashlib")
        if isinstance(call.func, cst.Name):
            tree.drop_import_if_unused("hashlib", call.func.value)
    tree.replace(call, new)
    return CodemodResult(
        source=tree.render(),
        summary=f"Replaced {algorithm} with sha256: {algorithm} collisions can be computed, so it "
        "cannot protect integrity or authenticity.",
        notes=(f"Digests stored earlier with {algorithm} will not match sha256 digests; migrate them.",),
    )


def _password(tree: Tree, call: cst.Call, algorithm: str) -> CodemodResult | Handoff:
    outer = _digest_call(tree, call)
    if outer is None:
        return Handoff(reason="the password hash is built incrementally; porting it to a key "
                       "derivation function needs a human")
    salt = _salt_in_scope(tree, call)
    notes = [
        f"Password hashes stored with {algorithm} no longer match: rehash each on the user's next "
        "login (verify the old hash once) or force a password reset.",
    ]
    if salt is None:
        salt = "PASSWORD_SALT"
        if not any(isinstance(s, cst.SimpleStatementLine) and "PASSWORD_SALT =" in tree.code(s)
                   for s in tree.module.body):
            tree.insert_before_toplevel(call, _SALT_HELPER)
            tree.add_import("os")
        notes.append("Set PASSWORD_SALT to a long random value in every environment; better still, "
                     "store a per-user random salt (os.urandom(16)) next to each hash.")
    # The same digest computed elsewhere in the module (the check at login) must change with
    # it, or no stored hash verifies any more: both go in one patch.
    twins = [c for c in tree.nodes(cst.Call) if c is not outer and tree.code(c) == tree.code(outer)
             and (_salt_in_scope(tree, c) or "PASSWORD_SALT") == salt]
    for digest in (outer, *twins):
        inner = digest.func.value if isinstance(digest.func, cst.Attribute) else None
        assert isinstance(inner, cst.Call) and isinstance(digest.func, cst.Attribute)
        data = positional(inner, 1 if "hashlib.new" in tree.qualnames(inner.func) else 0)
        assert data is not None
        suffix = ".hex()" if digest.func.attr.value == "hexdigest" else ""
        tree.replace(digest, expr(
            f'hashlib.pbkdf2_hmac("sha256", {tree.code(data.value)}, {salt}, {_ITERATIONS}){suffix}'
        ))
    tree.add_import("hashlib")
    where = sorted({f.name.value for d in twins if (f := tree.enclosing(d, cst.FunctionDef)) is not None})
    also = f" The same hash in {', '.join(f'`{w}`' for w in where)} changes with it, so hashes still verify." \
        if where else ""
    return CodemodResult(
        source=tree.render(),
        summary=f"Replaced the {algorithm} password hash with PBKDF2-HMAC-SHA256 ({_ITERATIONS} "
        "iterations, salted): a fast unsalted hash lets stolen hashes be cracked at billions of "
        f"guesses per second.{also}",
        notes=tuple(notes),
    )


def _digest_call(tree: Tree, call: cst.Call) -> cst.Call | None:
    """`<call>.hexdigest()` / `<call>.digest()` around a one-shot hash call with its data, or None."""
    attribute = tree.parent(call)
    outer = tree.parent(attribute) if isinstance(attribute, cst.Attribute) else None
    data = positional(call, 1 if "hashlib.new" in tree.qualnames(call.func) else 0)
    if (isinstance(attribute, cst.Attribute) and attribute.attr.value in {"hexdigest", "digest"}
            and isinstance(outer, cst.Call) and data is not None):
        return outer
    return None


def _salt_in_scope(tree: Tree, node: cst.CSTNode) -> str | None:
    """The salt variable of the enclosing function, as bytes (`salt.encode()` when it is text)."""
    function = tree.enclosing(node, cst.FunctionDef)
    if function is None:
        return None
    params = {p.name.value: p for p in function.params.params}
    targets = {n.value: a for a in walk(function, cst.AssignTarget)
               if isinstance(a.target, cst.Name | cst.Tuple | cst.List) for n in walk(a.target, cst.Name)}
    name = next((n for n in [*params, *targets] if "salt" in n.lower()), None)
    if name is None:
        return None
    param = params.get(name)
    if param is not None:
        text = param.annotation is not None and tree.code(param.annotation.annotation) == "str"
    else:
        target = targets[name]
        assign = tree.parent(target)
        text = isinstance(assign, cst.Assign) and _is_text(tree, assign.value, unpacked=not isinstance(
            target.target, cst.Name))
    return f"{name}.encode()" if text else name


_TEXT_METHODS = {"hex", "hexdigest", "decode", "format", "join", "strip", "lower", "upper", "replace"}
_TEXT_FUNCS = {"str", "secrets.token_hex", "secrets.token_urlsafe", "base64.b64encode.decode"}


def _is_text(tree: Tree, value: cst.BaseExpression, *, unpacked: bool = False) -> bool:
    """True when `value` certainly makes a str (pbkdf2_hmac needs bytes); unknown stays False."""
    if unpacked:  # `salt, digest = stored.split("$")`
        return isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) and \
            value.func.attr.value in {"split", "rsplit", "partition", "rpartition"}
    if isinstance(value, cst.SimpleString):
        return "b" not in value.prefix.lower()
    if isinstance(value, cst.FormattedString):
        return True
    if isinstance(value, cst.Call):
        if isinstance(value.func, cst.Attribute) and value.func.attr.value in _TEXT_METHODS:
            return True
        return bool(tree.qualnames(value.func) & _TEXT_FUNCS)
    return False
