"""Path-sensitive guards: what an `if` test proves about a variable on each branch.

A refinement maps a variable (or dotted `self.x`) to the sink classes it is safe for on
that branch. `if os.path.commonpath([base, p]) != base: return` leaves `p` safe for path
traversal after the `if`; `if name in ALLOWED:` makes `name` safe for everything inside.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable

from aise.tools.analysis.charsets import allowed_chars, safe_classes, same_site_pattern
from aise.tools.analysis.sanitisers import ALL
from aise.tools.analysis.values import AV

__all__ = ["Refs", "guard_refinements", "target_name"]

Refs = dict[str, frozenset[str]]
EvalFn = Callable[[ast.expr], AV]
QualFn = Callable[[ast.expr], str | None]
CallRefineFn = Callable[[ast.Call], "Refs"]

_PATH = frozenset({"pathtraver"})
_URL = frozenset({"redirect", "ssrf"})
_VALIDATING_METHODS = frozenset(
    {"isdigit", "isalnum", "isalpha", "isnumeric", "isdecimal", "isidentifier"}
)
_WRAPPERS = frozenset(
    {"str", "realpath", "abspath", "normpath", "resolve", "Path", "PurePath", "fspath", "lower",
     "strip", "casefold", "absolute", "expanduser", "split", "urlparse", "urlsplit"}
)
_URL_PARTS = frozenset({"netloc", "hostname", "host", "scheme", "port"})
_URL_VALIDATORS = ("url_has_allowed_host_and_scheme", "is_safe_url", "is_safe_redirect")


def target_name(node: ast.expr) -> str | None:
    """The variable a guard talks about, looking through str()/realpath()/resolve() wrappers."""
    while True:
        if isinstance(node, ast.Name):
            return node.id
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.attr in ("parents", "parent", "netloc", "hostname", "path", "scheme"):
                return node.value.id
            return f"{node.value.id}.{node.attr}"
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name in _WRAPPERS:
                if node.args:
                    node = node.args[0]
                    continue
                if isinstance(func, ast.Attribute):
                    node = func.value
                    continue
        return None


def _meet(a: Refs, b: Refs) -> Refs:
    """Both branches of an `or` must prove it: intersect."""
    return {k: a[k] & b[k] for k in a.keys() & b.keys() if a[k] & b[k]}


def _union(a: Refs, b: Refs) -> Refs:
    out = dict(a)
    for key, classes in b.items():
        out[key] = out.get(key, frozenset()) | classes
    return out


def _safe_classes(value: AV) -> frozenset[str]:
    """Sink classes a value is safe for (untainted values are safe for all)."""
    labels = value.all_labels()
    if not labels:
        return ALL
    out = ALL
    for label in labels:
        out = out & label.cleared
    return out


def _is_const_collection(value: AV) -> bool:
    if value.is_const and isinstance(value.const, tuple | frozenset | str | bytes):
        return True
    if value.items is not None and all(i.is_const and not i.all_labels() for i in value.items):
        return bool(value.items) or value.items == ()
    if value.keys is not None and not value.all_labels():
        return True
    return False


def _anchored(pattern: object) -> bool:
    return isinstance(pattern, str) and (pattern.endswith("$") or pattern.endswith(r"\Z"))


def guard_refinements(test: ast.expr, evaluate: EvalFn, qual_of: QualFn,
                      call_refine: CallRefineFn | None = None) -> tuple[Refs, Refs]:
    """(refinements when `test` is true, refinements when it is false)."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        t, f = guard_refinements(test.operand, evaluate, qual_of, call_refine)
        return f, t
    if isinstance(test, ast.NamedExpr):
        return guard_refinements(test.value, evaluate, qual_of, call_refine)
    if isinstance(test, ast.BoolOp):
        local = _local_url_check(test, evaluate)
        if local:
            return local
        parts = [guard_refinements(v, evaluate, qual_of, call_refine) for v in test.values]
        t, f = parts[0]
        for pt, pf in parts[1:]:
            if isinstance(test.op, ast.And):
                t, f = _union(t, pt), _meet(f, pf)
            else:
                t, f = _meet(t, pt), _union(f, pf)
        return t, f
    if isinstance(test, ast.Name):
        value = evaluate(test)
        if isinstance(value.refine, tuple):
            return value.refine
        return {}, {}
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        none_test = _none_compare(test, evaluate, qual_of, call_refine)
        if none_test is not None:
            return none_test
        return _compare(test, evaluate, qual_of)
    if isinstance(test, ast.Call):
        refs = _call(test, evaluate, qual_of)
        if not refs and call_refine is not None:
            refs = call_refine(test)
        return refs, {}
    if isinstance(test, ast.Attribute) and test.attr in ("netloc", "hostname"):
        # `if not parsed.netloc:` -> a relative URL on the false side of the truth test.
        target = _url_target(test, evaluate)
        return {}, ({target: _URL} if target else {})
    return {}, {}


def _none_compare(test: ast.Compare, evaluate: EvalFn, qual_of: QualFn,
                  call_refine: CallRefineFn | None) -> tuple[Refs, Refs] | None:
    """`m is None` / `re.fullmatch(p, x) is not None`: the truth test of the other side."""
    op, left, right = test.ops[0], test.left, test.comparators[0]
    if not isinstance(op, ast.Is | ast.IsNot | ast.Eq | ast.NotEq):
        return None
    if isinstance(right, ast.Constant) and right.value is None:
        other = left
    elif isinstance(left, ast.Constant) and left.value is None:
        other = right
    else:
        return None
    t, f = guard_refinements(other, evaluate, qual_of, call_refine)
    return (f, t) if isinstance(op, ast.Is | ast.Eq) else (t, f)


def normalised(value: AV) -> bool:
    """A path made absolute and free of `..` (realpath/abspath/normpath/resolve)."""
    return bool(dict(value.kwargs).get("normalised"))


def _call(test: ast.Call, evaluate: EvalFn, qual_of: QualFn) -> Refs:
    func = test.func
    qual = qual_of(func) or ""
    last = qual.rpartition(".")[2] if qual else getattr(func, "attr", getattr(func, "id", ""))
    if isinstance(func, ast.Attribute) and func.attr in _VALIDATING_METHODS:
        name = target_name(func.value)
        return {name: ALL} if name else {}
    if isinstance(func, ast.Attribute) and func.attr in ("startswith", "is_relative_to"):
        name = target_name(func.value)
        prefix = evaluate(test.args[0]) if test.args else None
        prefixes = _constant_strings(prefix) if prefix is not None else []
        if not name or prefix is None or prefix.all_labels():
            return {}
        if not prefixes:
            # A fixed but not literal base (`ROOT.resolve()`, `BASE + os.sep`): a containment test.
            return {name: _PATH} if normalised(evaluate(func.value)) else {}
        if any(p in ("/", "\\", "..", "../", "~", "") for p in prefixes):
            return {}  # a rejection test ("..") or no proof on its own ("//evil" starts with "/")
        if all(p.startswith(("http://", "https://")) for p in prefixes):
            return {name: _URL} if all(p.count("/") >= 3 for p in prefixes) else {}
        # A prefix test proves containment only on a normalised path ("/base/../etc" passes it).
        return {name: _PATH} if normalised(evaluate(func.value)) else {}
    if isinstance(func, ast.Name) and func.id in ("any", "all") and test.args and isinstance(test.args[0], ast.GeneratorExp):
        return _any_prefix(test.args[0], evaluate, qual_of)
    if isinstance(func, ast.Name) and func.id == "isinstance" and len(test.args) == 2:
        kinds = ast.unparse(test.args[1])
        name = target_name(test.args[0])
        if name and all(k.strip("() ") in ("int", "float", "bool", "uuid.UUID", "UUID", "Decimal")
                        for k in kinds.split(",") if k.strip("() ")):
            return {name: ALL}
        return {}
    if last in ("fullmatch", "match", "search") and (qual.startswith("re.") or _is_pattern(func, evaluate)):
        pattern, subject = _regex_parts(test, func, evaluate)
        anchored = last == "fullmatch" or (
            _anchored(pattern) and (last == "match" or str(pattern).startswith("^"))
        )
        name = target_name(subject) if subject is not None else None
        if not (name and anchored):
            return {}
        allowed = allowed_chars(pattern)
        if allowed is not None and last != "fullmatch" and str(pattern).endswith("$"):
            allowed = allowed | {"\n"}  # `$` also matches before a trailing newline
        classes = safe_classes(allowed)
        if last != "search" and same_site_pattern(pattern):
            classes |= _URL
        return {name: classes} if classes else {}
    if last == "compare_digest":
        # An authenticated message: everything fed to the MAC check is trusted afterwards.
        names = {n.id for arg in test.args for n in ast.walk(arg) if isinstance(n, ast.Name)}
        for arg in test.args:
            origin = dict(evaluate(arg).kwargs).get("mac_of")
            if isinstance(origin, str):
                names.add(origin)
        return {n: frozenset({"deserialization", "trustbound", "codeinj"}) for n in names}
    if last in _URL_VALIDATORS and test.args:
        name = target_name(test.args[0])
        return {name: _URL} if name else {}
    return {}


def _constant_strings(value: AV) -> list[str]:
    """The prefixes a `startswith` argument can be: a string, or a tuple/list of constant strings."""
    if value.is_const and isinstance(value.const, str):
        return [value.const]
    if value.is_const and isinstance(value.const, tuple | frozenset):
        return [v for v in value.const if isinstance(v, str)] if all(isinstance(v, str) for v in value.const) else []
    if value.items is not None and value.items and all(i.is_const and isinstance(i.const, str) for i in value.items):
        return [str(i.const) for i in value.items]
    return []


def _any_prefix(gen: ast.GeneratorExp, evaluate: EvalFn, qual_of: QualFn) -> Refs:
    """`any(url.startswith(p) for p in ALLOWED_PREFIXES)`: the same proof as `url.startswith(ALLOWED)`."""
    if len(gen.generators) != 1 or gen.generators[0].ifs or not isinstance(gen.generators[0].target, ast.Name):
        return {}
    loop = gen.generators[0]
    call = gen.elt
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "startswith"
            and call.args and isinstance(call.args[0], ast.Name) and call.args[0].id == loop.target.id):
        return {}
    rewritten = ast.Call(func=call.func, args=[loop.iter], keywords=[])
    return _call(rewritten, evaluate, qual_of)


def _is_pattern(func: ast.expr, evaluate: EvalFn) -> bool:
    return isinstance(func, ast.Attribute) and evaluate(func.value).inst == "re.Pattern"


def _regex_parts(test: ast.Call, func: ast.expr, evaluate: EvalFn) -> tuple[object, ast.expr | None]:
    if isinstance(func, ast.Attribute) and evaluate(func.value).inst == "re.Pattern":
        pattern = dict(evaluate(func.value).kwargs).get("pattern")
        return pattern, (test.args[0] if test.args else None)
    if len(test.args) >= 2:
        return evaluate(test.args[0]).const, test.args[1]
    return None, None


def _compare(test: ast.Compare, evaluate: EvalFn, qual_of: QualFn) -> tuple[Refs, Refs]:
    op = test.ops[0]
    left, right = test.left, test.comparators[0]
    if isinstance(op, ast.In | ast.NotIn):
        bad = _dangerous_substring(left, right)
        if bad:
            return ({}, bad) if isinstance(op, ast.In) else (bad, {})
        refs = _membership(left, right, evaluate)
        return (refs, {}) if isinstance(op, ast.In) else ({}, refs)
    if not isinstance(op, ast.Eq | ast.NotEq | ast.Is | ast.IsNot):
        return {}, {}
    equal: Refs = {}
    # `commonpath([base, p]) == base`: p is inside base.
    for side, other in ((left, right), (right, left)):
        if isinstance(side, ast.Call) and (qual_of(side.func) or "").endswith(("commonpath", "commonprefix")):
            for arg in _list_elts(side):
                name = target_name(arg)
                if name and normalised(evaluate(arg)):
                    equal[name] = _PATH
        if isinstance(side, ast.Call) and (qual_of(side.func) or "").endswith("path.dirname") and side.args:
            # `dirname(realpath(p)) == BASE`: p is a direct child of a fixed directory.
            name = target_name(side.args[0])
            if name and normalised(evaluate(side.args[0])) and not evaluate(other).all_labels():
                equal[name] = _PATH
        url = _url_target(side, evaluate)
        if url is not None:
            if isinstance(side, ast.Attribute) and side.attr in ("netloc", "hostname", "host"):
                other_value = evaluate(other)
                if not other_value.all_labels():
                    equal[url] = _URL
            continue
        name = target_name(side)
        if name and not isinstance(side, ast.Call | ast.Constant):
            if isinstance(side, ast.Attribute) and side.attr not in ("path",) and "." not in name:
                continue
            classes = _safe_classes(evaluate(other))
            if classes:
                equal[name] = equal.get(name, frozenset()) | classes
    if isinstance(op, ast.Eq | ast.Is):
        return equal, {}
    return {}, equal


def _url_target(node: ast.expr, evaluate: EvalFn) -> str | None:
    """The variable whose URL host `urlparse(x).hostname` / `parsed.netloc` talks about."""
    if not (isinstance(node, ast.Attribute) and node.attr in _URL_PARTS):
        return None
    base = node.value
    if isinstance(base, ast.Call) and base.args:
        return target_name(base.args[0])
    if isinstance(base, ast.Name):
        origin = dict(evaluate(base).kwargs).get("parsed_from")
        return origin if isinstance(origin, str) else base.id
    return None


def _list_elts(call: ast.Call) -> list[ast.expr]:
    out: list[ast.expr] = []
    for arg in call.args:
        out.extend(arg.elts if isinstance(arg, ast.List | ast.Tuple) else [arg])
    return out


def _membership(left: ast.expr, right: ast.expr, evaluate: EvalFn) -> Refs:
    """`x in ALLOWED` proves x safe; `base in p.parents` proves p inside base."""
    if isinstance(right, ast.Attribute) and right.attr == "parents":
        name = target_name(right.value)
        return {name: _PATH} if name and normalised(evaluate(right.value)) else {}
    url = _url_target(left, evaluate)
    if url is not None:
        return {url: _URL} if _is_const_collection(evaluate(right)) else {}
    name = target_name(left)
    if name is None:
        return {}
    if _is_const_collection(evaluate(right)):
        return {name: ALL}
    return {}


def _dangerous_substring(left: ast.expr, right: ast.expr) -> Refs:
    """`'..' in p` is a rejection test: on its false side p is safe for path traversal."""
    if isinstance(left, ast.Constant) and isinstance(left.value, str):
        if re.search(r"\.\.|/|\\", left.value):
            name = target_name(right)
            return {name: _PATH} if name else {}
    return {}


def _prefix_test(node: ast.expr, evaluate: EvalFn) -> tuple[str, object, bool] | None:
    """(variable, prefix, negated) for `x.startswith(p)` / `not x.startswith(p)`."""
    negated = False
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        node, negated = node.operand, True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "startswith":
        name = target_name(node.func.value)
        if name and node.args:
            return name, evaluate(node.args[0]).const, negated
    return None


def _local_url_check(test: ast.BoolOp, evaluate: EvalFn) -> tuple[Refs, Refs] | None:
    """`x.startswith('/') and not x.startswith('//')`: x is a same-site path."""
    tests = [_prefix_test(v, evaluate) for v in test.values]
    found = {(t[1], t[2]) for t in tests if t}
    names = {t[0] for t in tests if t}
    if len(names) != 1:
        return None
    name = names.pop()
    if isinstance(test.op, ast.And) and ("/", False) in found and ("//", True) in found:
        return {name: _URL}, {}
    if isinstance(test.op, ast.Or) and ("/", True) in found and ("//", False) in found:
        return {}, {name: _URL}
    return None
