"""Intraprocedural abstract interpretation over `ast`: statements, branches, loops, sinks.

Each function is interpreted once. Parameters are symbolic (`param:i` labels) unless the
function is an entry point, whose parameters are attacker-controlled. Branches whose test
folds to a constant are pruned; guards refine variables per branch; joins take the union.
"""

from __future__ import annotations

import ast
import re
from typing import TYPE_CHECKING, Any

from aise.tools.analysis.calls import CallMixin, clear_av, param_label
from aise.tools.analysis.constfold import match_const as _match_const
from aise.tools.analysis.constfold import truthiness
from aise.tools.analysis.expr import element_of, request_value, with_update
from aise.tools.analysis.hits import FunctionSummary, SinkHit
from aise.tools.analysis.sinks import SinkCheck
from aise.tools.analysis.summaries import _subst_av, _substitute, subst_av
from aise.tools.analysis.values import AV, BOTTOM, Label, join, join_env, taint_of

if TYPE_CHECKING:
    from aise.tools.analysis.project import FuncUnit, Project

__all__ = ["FunctionInterpreter", "subst_av"]

Env = dict[str, AV] | None
_TERMINAL_CALLS = frozenset({"abort", "exit", "_exit", "fail"})
_REDIRECT_HEADERS = frozenset({"location", "refresh"})


class FunctionInterpreter(CallMixin):
    """Interprets one function body and produces its summary."""

    def __init__(self, project: Project, unit: FuncUnit, closure: dict[str, AV]) -> None:
        self.project = project
        self.unit = unit
        self.path = unit.path
        self.module = unit.module
        self.globals = closure
        self.env: Env = {}
        self.ret: AV | None = None
        self.hits: list[SinkHit] = []
        self.calls: set[str] = set()
        self._hit_index: dict[tuple[Any, ...], int] = {}
        self._breaks: list[list[Env]] = []
        self.exit_env: Env = None
        self.budget = 20_000

    # ----- entry -------------------------------------------------------------------------
    def run(self) -> FunctionSummary:
        node = self.unit.node
        if isinstance(node, ast.Module):
            self.block(node.body)
            self.project.set_module_env(self.unit.module, self.env or {})
            return FunctionSummary(self.unit.qual, BOTTOM, self.hits, self.calls)
        self.bind_params(node)
        self.block(node.body)
        self.exit_env = join_env(self.exit_env, self.env)
        ret = self.ret if self.ret is not None else AV(const=None)
        if self.unit.entry == "route":
            self._response_sink(ret, node)
        fields = {k[5:]: v for k, v in (self.exit_env or {}).items() if k.startswith("self.")}
        return FunctionSummary(self.unit.qual, ret, self.hits, self.calls, fields=fields)

    def bind_params(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        assert self.env is not None
        args = node.args
        names = [a.arg for a in args.posonlyargs + args.args]
        for index, name in enumerate(names):
            self.env[name] = self._param_value(index, name, node)
        if args.vararg:
            self.env[args.vararg.arg] = AV(labels=frozenset({param_label("*", self.step(node, "*args"))}))
        for kw in args.kwonlyargs:
            self.env[kw.arg] = self._param_value(len(names) + args.kwonlyargs.index(kw), kw.arg, node)
        if args.kwarg:
            self.env[args.kwarg.arg] = AV(labels=frozenset({param_label("*", self.step(node, "**kwargs"))}))

    def _param_value(self, index: int, name: str, node: ast.AST) -> AV:
        unit = self.unit
        if index == 0 and unit.cls and name in ("self", "cls"):
            return AV(labels=frozenset({param_label(0, self.step(node, name))}), inst=unit.cls)
        if unit.entry in ("route", "cli", "task"):
            if name == "request":
                return request_value(self.step(node, "source: request parameter"))
            return AV(labels=frozenset({Label(f"src:{unit.entry}", trail=(self.step(node, f"source: parameter {name}"),))}))
        return AV(labels=frozenset({param_label(index, self.step(node, f"parameter {name}"))}))

    # ----- sinks -------------------------------------------------------------------------
    def record_sink(self, check: SinkCheck, node: ast.AST) -> None:
        labels: frozenset[Label] = frozenset()
        tainted: frozenset[Label] = frozenset()
        sanitisers: set[str] = set()
        constant = True
        where = self.step(node, f"sink: {check.api}")
        for value in check.values:
            all_labels = value.all_labels()
            if check.sink_class in ("ssrf", "redirect") and _fixed_host(value):
                all_labels = frozenset(lb.clear(frozenset({check.sink_class})) for lb in all_labels)
            labels |= all_labels
            tainted |= frozenset(lb.step(where) for lb in all_labels if check.sink_class not in lb.cleared)
            constant = constant and (value.is_const or (value.items is not None and all(i.is_const for i in value.items)))
            sanitisers.update(lb.origin for lb in all_labels if check.sink_class in lb.cleared)
        self._add_hit(SinkHit(
            sink_class=check.sink_class, path=self.path, line=getattr(node, "lineno", 1),
            col=getattr(node, "col_offset", 0), end_line=getattr(node, "end_lineno", None) or getattr(node, "lineno", 1),
            api=check.api, function=self.unit.qual, labels=labels, tainted=tainted,
            constant=constant and bool(check.values), weak=check.weak, detail=check.detail,
        ))

    def _add_hit(self, hit: SinkHit) -> None:
        key = hit.key + (hit.via[:1],)
        if key in self._hit_index:
            old = self.hits[self._hit_index[key]]
            old.labels |= hit.labels
            old.tainted |= hit.tainted
            old.constant = old.constant and hit.constant
            return
        self._hit_index[key] = len(self.hits)
        self.hits.append(hit)

    def _response_sink(self, value: AV, node: ast.AST) -> None:
        """A string returned from a web route becomes the HTML response body."""
        body = value.items[0] if value.items else value
        if body.inst or body.qual:
            return
        for ret in ast.walk(node):
            if isinstance(ret, ast.Return) and ret.value is not None:
                self.record_sink(SinkCheck("xss", (body,), "route response"), ret)
                return

    def apply_summary(self, target: str, argmap: dict[Any, AV], node: ast.Call) -> AV | None:
        summary = self.project.summary(target)
        self.calls.add(target)
        if summary is None:
            return None
        where = self.step(node, f"call {target.rpartition('.')[2]}()")
        for hit in summary.hits:
            params = [lb for lb in hit.tainted if lb.is_param]
            if not params:
                continue
            flows = _substitute(frozenset(params), argmap, where)
            tainted = frozenset(lb for lb in flows if hit.sink_class not in lb.cleared)
            if not flows:
                continue
            self._add_hit(SinkHit(
                sink_class=hit.sink_class, path=hit.path, line=hit.line, col=hit.col,
                end_line=hit.end_line, api=hit.api, function=self.unit.qual, labels=flows,
                tainted=tainted, weak=hit.weak, detail=hit.detail, via=(where,) + hit.via,
            ))
        ret = summary.ret
        assert isinstance(ret, AV)
        return _subst_av(ret, argmap, where)

    # ----- statements --------------------------------------------------------------------
    def block(self, stmts: list[ast.stmt]) -> None:
        for stmt in stmts:
            if self.env is None:
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

    def bind(self, target: ast.expr, value: AV, node: ast.AST | None = None) -> None:
        if self.env is None:
            return
        if isinstance(target, ast.Name):
            if node is not None and value.labels:
                where = self.step(node, f"{target.id} = ...")
                value = with_update(value, labels=frozenset(lb.step(where) for lb in value.labels))
            self.env[target.id] = value
        elif isinstance(target, ast.Tuple | ast.List):
            elts = target.elts
            if value.items is not None and len(value.items) == len(elts) and not any(isinstance(e, ast.Starred) for e in elts):
                for elt, item in zip(elts, value.items, strict=True):
                    self.bind(elt, item, node)
            else:
                element = element_of(value) if value.items is not None else AV(labels=value.all_labels())
                for elt in elts:
                    self.bind(elt.value if isinstance(elt, ast.Starred) else elt, element, node)
        elif isinstance(target, ast.Attribute):
            if isinstance(target.value, ast.Name):
                self.env[f"{target.value.id}.{target.attr}"] = value
            if target.attr == "data" or target.attr == "location":
                base = self.eval(target.value)
                if base.inst or base.qual:
                    klass = "xss" if target.attr == "data" else "redirect"
                    self.record_sink(SinkCheck(klass, (value,), f"response.{target.attr}"), target)
        elif isinstance(target, ast.Subscript):
            self._store_subscript(target, value)
        elif isinstance(target, ast.Starred):
            self.bind(target.value, value, node)

    def _store_subscript(self, target: ast.Subscript, value: AV) -> None:
        assert self.env is not None
        base = self.eval(target.value)
        key = self.eval(target.slice) if not isinstance(target.slice, ast.Slice) else BOTTOM
        from aise.tools.analysis.sinks import _is_session

        if _is_session(base) or (isinstance(target.value, ast.Name) and "session" in target.value.id.lower()):
            self.record_sink(SinkCheck("trustbound", (key, value), "session[...] ="), target)
        if isinstance(target.value, ast.Attribute) and target.value.attr == "headers":
            if str(key.const).lower() in _REDIRECT_HEADERS:
                self.record_sink(SinkCheck("redirect", (value,), "headers['Location'] ="), target)
        name = _dotted(target.value)
        if name is None:
            return
        if key.is_const and base.keys is not None:
            try:
                hash(key.const)
            except TypeError:
                return
            entries = tuple((k, v) for k, v in base.keys if k != key.const) + ((key.const, value),)
            self.env[name] = with_update(base, keys=entries)
        elif key.is_const and base.items is not None and isinstance(key.const, int):
            items = list(base.items)
            if -len(items) <= key.const < len(items):
                items[key.const] = value
                self.env[name] = with_update(base, items=tuple(items))
        elif value.all_labels() or key.all_labels():
            self.env[name] = AV(labels=base.all_labels() | value.all_labels() | key.all_labels(),
                                inst=base.inst, qual=base.qual)

    def _s_Assign(self, node: ast.Assign) -> None:
        value = self.eval(node.value)
        if isinstance(node.value, ast.Compare | ast.BoolOp | ast.UnaryOp | ast.Call) and value.refine is None:
            refine = self.refine_of(node.value)
            if refine is not None:
                value = with_update(value, refine=refine)
        for target in node.targets:
            self.bind(target, value, node)

    def _s_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.bind(node.target, self.eval(node.value), node)

    def _s_AugAssign(self, node: ast.AugAssign) -> None:
        current = self.eval(node.target) if not isinstance(node.target, ast.Subscript) else self.eval(node.target)
        fake = ast.BinOp(left=ast.Constant(0), op=node.op, right=ast.Constant(0))
        right = self.eval(node.value)
        from aise.tools.analysis.constfold import fold_binop

        const = fold_binop(fake.op, current.const, right.const)
        if isinstance(node.op, ast.Add) and current.items is not None and right.items is not None:
            value = AV(items=current.items + right.items)
        else:
            value = AV(labels=taint_of(current, right).labels, const=const)
        self.bind(node.target, value, node)

    def _s_Expr(self, node: ast.Expr) -> None:
        self.eval(node.value)
        if isinstance(node.value, ast.Call):
            func = node.value.func
            if isinstance(func, ast.Attribute) and func.attr == "relative_to" and self.env is not None:
                # `p.relative_to(base)` raises unless p is inside base.
                from aise.tools.analysis.guards import target_name

                name = target_name(func.value)
                if name:
                    self.env = self._apply_refs(self.env, {name: frozenset({"pathtraver"})})
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in _TERMINAL_CALLS:
                self.env = None

    def _s_Return(self, node: ast.Return) -> None:
        value = self.eval(node.value) if node.value is not None else AV(const=None)
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
                name = _dotted(target.value)
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

    def _apply_refs(self, env: Env, refs: dict[str, frozenset[str]]) -> Env:
        if env is None or not refs:
            return env
        env = dict(env)
        for name, classes in refs.items():
            if name in env:
                env[name] = clear_av(env[name], classes)
        return env

    def _branches(self, test: ast.expr) -> tuple[bool | None, dict[str, frozenset[str]], dict[str, frozenset[str]]]:
        value = self.eval(test)
        truth = truthiness(value.const)
        refine = value.refine if isinstance(value.refine, tuple) else self.refine_of(test)
        t, f = refine if refine else ({}, {})
        return truth, t, f

    def _s_If(self, node: ast.If) -> None:
        truth, t, f = self._branches(node.test)
        if truth is True:
            self.env = self._apply_refs(self.env, t)
            self.block(node.body)
            return
        if truth is False:
            self.env = self._apply_refs(self.env, f)
            self.block(node.orelse)
            return
        start = self.env
        self.env = self._apply_refs(dict(start) if start is not None else None, t)
        self.block(node.body)
        after_body = self.env
        self.env = self._apply_refs(dict(start) if start is not None else None, f)
        self.block(node.orelse)
        self.env = join_env(after_body, self.env)

    def _s_Assert(self, node: ast.Assert) -> None:
        _, t, _ = self._branches(node.test)
        self.env = self._apply_refs(self.env, t)

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
        element = element_of(self.eval(node.iter))
        self._loop(node.body, node.orelse, lambda: self.bind(node.target, element, node))

    _s_AsyncFor = _s_For  # type: ignore[assignment]

    def _s_While(self, node: ast.While) -> None:
        truth, _, _ = self._branches(node.test)
        if truth is False:
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
                continue
            self.env = dict(start) if start is not None else None
            if isinstance(case.pattern, ast.MatchAs) and case.pattern.name and self.env is not None:
                self.env[case.pattern.name] = subject
            if case.guard is not None:
                self.eval(case.guard)
            self.block(case.body)
            out = join_env(out, self.env)
            if decided is True and case.guard is None:
                break
        self.env = out

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
        self.project.set_closure(qual, {**self.globals, **self.env})

    _s_AsyncFunctionDef = _s_FunctionDef  # type: ignore[assignment]

    def _s_ClassDef(self, node: ast.ClassDef) -> None:
        assert self.env is not None
        qual = self.project.nested_qual(self.unit, node)
        self.env[node.name] = AV(qual=qual)
        self.project.set_closure(qual, {**self.globals, **self.env})


_HOST_PREFIX = re.compile(r"^(https?://[^/?#]+[/?#]|/(?![/\\]))", re.IGNORECASE)


def _fixed_host(value: AV) -> bool:
    """A URL whose scheme and host (or same-site path) are constant cannot be steered elsewhere."""
    prefix = dict(value.kwargs).get("prefix")
    return isinstance(prefix, str) and bool(_HOST_PREFIX.match(prefix))


def _dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return f"{node.value.id}.{node.attr}"
    return None


