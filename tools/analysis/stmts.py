"""Statement handlers of the taint interpreter: control flow, loops, `try`, `match`, imports.

Branches whose test folds to a constant are pruned and their lines recorded as dead code,
so a finding another scanner reports inside them can be dismissed. Guards refine variables
per branch; joins take the union.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Any

from aise.tools.analysis.calls import clear_av
from aise.tools.analysis.constfold import match_const as _match_const
from aise.tools.analysis.constfold import truthiness
from aise.tools.analysis.expr import element_of, with_update
from aise.tools.analysis.values import AV, BOTTOM, CHECKED, join, join_env

if TYPE_CHECKING:
    from aise.tools.analysis.project import FuncUnit, Project

__all__ = ["StmtMixin", "dotted"]

Env = dict[str, AV] | None
Refs = dict[str, frozenset[str]]
_TERMINAL_CALLS = frozenset({"abort", "exit", "_exit", "fail", "raise_for_status"})
_VALIDATING_CALLS = frozenset({"builtins.int", "builtins.float", "uuid.UUID", "ipaddress.ip_address",
                               "ipaddress.ip_network", "ipaddress.IPv4Address", "ipaddress.IPv6Address",
                               "datetime.date.fromisoformat", "datetime.datetime.fromisoformat"})
"""Calls that raise unless their argument is well-formed, so the argument is safe afterwards."""


def dotted(node: ast.expr) -> str | None:
    """`x` or `x.attr`: the environment key a simple target is stored under."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return f"{node.value.id}.{node.attr}"
    return None


def _presence_check(test: ast.expr) -> bool:
    """`if not x`, `if x is None`, `if x == ""`, `if len(x) == 0`: emptiness, not validation."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        test = test.operand
    if isinstance(test, ast.Name | ast.Attribute):
        return True
    if isinstance(test, ast.BoolOp):
        return all(_presence_check(v) for v in test.values)
    if isinstance(test, ast.Compare) and len(test.comparators) == 1:
        other = test.comparators[0]
        if isinstance(other, ast.Constant) and other.value in (None, "", 0, b""):
            return True
        left = test.left
        return isinstance(left, ast.Call) and getattr(left.func, "id", "") == "len"
    return False


def _straight(body: list[ast.stmt]) -> bool:
    """No `break`/`continue`/`return` of this loop: unrolling it is exact."""
    for stmt in body:
        for node in ast.walk(stmt):
            if isinstance(node, ast.Break | ast.Continue | ast.Return | ast.Raise | ast.Try):
                return False
    return True


def _span(stmts: list[ast.stmt]) -> tuple[int, int] | None:
    if not stmts:
        return None
    return stmts[0].lineno, getattr(stmts[-1], "end_lineno", None) or stmts[-1].lineno


class StmtMixin:
    env: Env
    project: Project
    unit: FuncUnit
    globals: dict[str, AV]
    budget: int
    ret: AV | None
    exit_env: Env
    returns: list[tuple[ast.Return, AV]]
    dead: list[tuple[int, int]]
    _breaks: list[list[Env]]

    if TYPE_CHECKING:  # provided by the expression/call mixins and the interpreter
        def eval(self, node: ast.expr | None) -> AV: ...
        def refine_of(self, node: ast.expr) -> Any: ...
        def bind(self, target: ast.expr, value: AV, node: ast.AST | None = None) -> None: ...
        def qual_of(self, node: ast.expr) -> str | None: ...

    def block(self, stmts: list[ast.stmt]) -> None:
        for index, stmt in enumerate(stmts):
            if self.env is None:
                span = _span(stmts[index:])
                if span:
                    self.dead.append(span)
                return
            self.budget -= 1
            if self.budget < 0:
                return
            handler = getattr(self, f"_s_{type(stmt).__name__}", None)
            if handler is not None:
                handler(stmt)
            else:
                for child in ast.iter_child_nodes(stmt):
                    if isinstance(child, ast.expr):
                        self.eval(child)

    def _skip(self, stmts: list[ast.stmt]) -> None:
        span = _span(stmts)
        if span:
            self.dead.append(span)

    def _s_Expr(self, node: ast.Expr) -> None:
        self.eval(node.value)
        call = node.value.value if isinstance(node.value, ast.Await) else node.value
        if not isinstance(call, ast.Call) or self.env is None:
            return
        func = call.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in _TERMINAL_CALLS:
            self.env = None
            return
        self._validate_by_call(call)

    def _validate_by_call(self, call: ast.Call) -> None:
        """`p.relative_to(base)`, `uuid.UUID(x)`, `int(x)` as statements raise unless x is valid."""
        from aise.tools.analysis.guards import normalised, target_name
        from aise.tools.analysis.sanitisers import ALL

        func = call.func
        if isinstance(func, ast.Attribute) and func.attr == "relative_to":
            name = target_name(func.value) if normalised(self.eval(func.value)) else None
            if name:
                self.env = self._apply_refs(self.env, {name: frozenset({"pathtraver"})})
            return
        if (self.qual_of(func) or "") in _VALIDATING_CALLS and call.args:
            name = target_name(call.args[0])
            if name:
                self.env = self._apply_refs(self.env, {name: ALL})

    def _s_Return(self, node: ast.Return) -> None:
        value = self.eval(node.value) if node.value is not None else AV(const=None)
        if isinstance(node.value, ast.Compare | ast.BoolOp | ast.UnaryOp | ast.Call) and value.refine is None:
            refine = self.refine_of(node.value)  # a validator returns what it proved
            if refine is not None:
                value = with_update(value, refine=refine)
        self.returns.append((node, value))
        self.ret = value if self.ret is None else join(self.ret, value)
        self.exit_env = join_env(self.exit_env, self.env)
        self.env = None

    def _s_Raise(self, node: ast.Raise) -> None:
        if node.exc is not None:
            self.eval(node.exc)
        self.env = None

    def _s_Break(self, node: ast.Break) -> None:
        if self._breaks:
            self._breaks[-1].append(self.env)
        self.env = None

    def _s_Continue(self, node: ast.Continue) -> None:
        self.env = None

    def _s_Pass(self, node: ast.Pass) -> None:
        return

    def _s_Global(self, node: ast.Global) -> None:
        return

    _s_Nonlocal = _s_Global  # type: ignore[assignment]

    def _s_Delete(self, node: ast.Delete) -> None:
        for target in node.targets:
            if isinstance(target, ast.Subscript) and self.env is not None:
                name = dotted(target.value)
                base = self.eval(target.value)
                key = self.eval(target.slice)
                if name is None or not key.is_const:
                    continue
                if base.keys is not None:
                    self.env[name] = with_update(base, keys=tuple((k, v) for k, v in base.keys if k != key.const))
                elif base.items is not None and isinstance(key.const, int):
                    items = list(base.items)
                    if -len(items) <= key.const < len(items):
                        del items[key.const]
                        self.env[name] = with_update(base, items=tuple(items))
            elif isinstance(target, ast.Name) and self.env is not None:
                self.env.pop(target.id, None)

    # ----- branches ----------------------------------------------------------------------
    def _apply_refs(self, env: Env, refs: Refs) -> Env:
        if env is None or not refs:
            return env
        env = dict(env)
        for name, classes in refs.items():
            if name in env:
                env[name] = clear_av(env[name], classes)
            elif "." not in name:
                value = self.globals.get(name)
                if value is not None and value.all_labels():
                    env[name] = clear_av(value, classes)
        return env

    def _branches(self, test: ast.expr) -> tuple[bool | None, Refs, Refs]:
        value = self.eval(test)
        truth = truthiness(value.const)
        refine = value.refine if isinstance(value.refine, tuple) else self.refine_of(test)
        t, f = refine if refine else ({}, {})
        return truth, t, f

    def _s_If(self, node: ast.If) -> None:
        truth, t, f = self._branches(node.test)
        if truth is True:
            self._skip(node.orelse)
            self.env = self._apply_refs(self.env, t)
            self.block(node.body)
            return
        if truth is False:
            self._skip(node.body)
            self.env = self._apply_refs(self.env, f)
            self.block(node.orelse)
            return
        start = self.env
        self.env = self._apply_refs(dict(start) if start is not None else None, t)
        self.block(node.body)
        after_body = self.env
        self.env = self._apply_refs(dict(start) if start is not None else None, f)
        self.block(node.orelse)
        one_side_ends = (after_body is None) != (self.env is None)
        self.env = join_env(after_body, self.env)
        if one_side_ends and not t and not f:
            self._mark_checked(node.test)

    def _mark_checked(self, test: ast.expr) -> None:
        """A test on tainted data that the guard rules do not understand, which ends one branch."""
        if self.env is None or _presence_check(test):
            return
        for name in {n.id for n in ast.walk(test) if isinstance(n, ast.Name)}:
            value = self.env.get(name)
            if value is not None and any(not lb.is_param for lb in value.all_labels()):
                self.env[name] = clear_av(value, frozenset({CHECKED}))

    def _s_Assert(self, node: ast.Assert) -> None:
        _, t, _ = self._branches(node.test)
        self.env = self._apply_refs(self.env, t)

    # ----- loops -------------------------------------------------------------------------
    def _loop(self, body: list[ast.stmt], orelse: list[ast.stmt], bind: Any) -> None:
        start = self.env
        self._breaks.append([])
        state = start
        for _ in range(2):
            self.env = dict(state) if state is not None else None
            if self.env is None:
                break
            bind()
            self.block(body)
            state = join_env(state, self.env)
        breaks = self._breaks.pop()
        self.env = state
        self.block(orelse)
        for env in breaks:
            self.env = join_env(self.env, env)

    def _s_For(self, node: ast.For) -> None:
        iterable = self.eval(node.iter)
        if iterable.items is not None and len(iterable.items) <= 12 and not node.orelse and _straight(node.body):
            # A short known sequence (a pipeline of steps, a tuple of options): run the body per item.
            for item in iterable.items:
                if self.env is None:
                    return
                self.bind(node.target, item, node)
                self.block(node.body)
            return
        element = element_of(iterable)
        self._loop(node.body, node.orelse, lambda: self.bind(node.target, element, node))

    _s_AsyncFor = _s_For  # type: ignore[assignment]

    def _s_While(self, node: ast.While) -> None:
        truth, _, _ = self._branches(node.test)
        if truth is False:
            self._skip(node.body)
            self.block(node.orelse)
            return
        self._loop(node.body, [] if truth is True else node.orelse, lambda: None)

    def _s_With(self, node: ast.With) -> None:
        for item in node.items:
            value = self.eval(item.context_expr)
            if item.optional_vars is not None:
                self.bind(item.optional_vars, value, node)
        self.block(node.body)

    _s_AsyncWith = _s_With  # type: ignore[assignment]

    def _s_Try(self, node: ast.Try) -> None:
        start = self.env
        self.block(node.body)
        self.block(node.orelse)
        after = self.env
        handler_entry = join_env(start, after)
        ends = [after]
        for handler in node.handlers:
            self.env = dict(handler_entry) if handler_entry is not None else None
            if self.env is not None and handler.name:
                self.env[handler.name] = BOTTOM
            self.block(handler.body)
            ends.append(self.env)
        state: Env = None
        for env in ends:
            state = join_env(state, env)
        self.env = state
        if node.finalbody:
            if self.env is None:
                # The finally block still runs (its sinks count), but the path stays dead.
                self.env = dict(handler_entry or {})
                self.block(node.finalbody)
                self.env = None
            else:
                self.block(node.finalbody)

    _s_TryStar = _s_Try  # type: ignore[assignment]

    def _s_Match(self, node: ast.Match) -> None:
        subject = self.eval(node.subject)
        start, out = self.env, None
        for case in node.cases:
            decided = _match_const(case.pattern, subject)
            if decided is False:
                self._skip(case.body)
                continue
            self.env = dict(start) if start is not None else None
            if self.env is not None:
                self._bind_pattern(case.pattern, subject)
            if case.guard is not None:
                _, t, _ = self._branches(case.guard)
                self.env = self._apply_refs(self.env, t)
            self.block(case.body)
            out = join_env(out, self.env)
            if decided is True and case.guard is None:
                for later in node.cases[node.cases.index(case) + 1:]:
                    self._skip(later.body)
                break
        self.env = out

    def _bind_pattern(self, pattern: ast.pattern, subject: AV) -> None:
        """Capture names of a case pattern; a literal pattern proves the subject is that constant."""
        assert self.env is not None
        if isinstance(pattern, ast.MatchAs):
            if pattern.pattern is not None:
                self._bind_pattern(pattern.pattern, subject)
            if pattern.name:
                self.env[pattern.name] = subject
        elif isinstance(pattern, ast.MatchOr):
            for option in pattern.patterns:
                self._bind_pattern(option, subject)
        elif isinstance(pattern, ast.MatchSequence | ast.MatchMapping | ast.MatchClass):
            loose = AV(labels=subject.all_labels())
            for node in ast.walk(pattern):
                name = getattr(node, "name", None) or getattr(node, "rest", None)
                if isinstance(name, str):
                    self.env[name] = loose

    # ----- definitions and imports ---------------------------------------------------------
    def _s_Import(self, node: ast.Import) -> None:
        assert self.env is not None
        for alias in node.names:
            if alias.asname:
                self.env[alias.asname] = AV(qual=alias.name)
            else:
                head = alias.name.partition(".")[0]
                self.env[head] = AV(qual=head)

    def _s_ImportFrom(self, node: ast.ImportFrom) -> None:
        assert self.env is not None
        base = self.project.absolute_module(self.unit.module, node.module, node.level, self.unit.is_package)
        for alias in node.names:
            if alias.name == "*":
                continue
            self.env[alias.asname or alias.name] = AV(qual=f"{base}.{alias.name}" if base else alias.name)

    def _s_FunctionDef(self, node: ast.FunctionDef) -> None:
        assert self.env is not None
        qual = self.project.nested_qual(self.unit, node)
        self.env[node.name] = AV(qual=qual)
        if not isinstance(self.unit.node, ast.ClassDef):
            self.project.set_closure(qual, {**self.globals, **self.env})

    _s_AsyncFunctionDef = _s_FunctionDef  # type: ignore[assignment]

    def _s_ClassDef(self, node: ast.ClassDef) -> None:
        assert self.env is not None
        qual = self.project.nested_qual(self.unit, node)
        self.env[node.name] = AV(qual=qual)
        self.project.set_closure(qual, {**self.globals, **self.env})
