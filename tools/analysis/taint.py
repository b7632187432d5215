"""Intraprocedural abstract interpretation over `ast`: bindings, sinks and summaries.

Each function is interpreted once. Parameters are symbolic (`param:i` labels) unless the
function is an entry point, whose parameters are attacker-controlled. Statement handlers
live in `stmts.py`, expressions in `expr.py`, calls in `calls.py` and `library.py`.
"""

from __future__ import annotations

import ast
import re
from typing import TYPE_CHECKING, Any

from aise.tools.analysis.calls import CallMixin, param_label
from aise.tools.analysis.expr import request_value, with_update
from aise.tools.analysis.hits import FunctionSummary, SinkHit
from aise.tools.analysis.library import NOQUOTE
from aise.tools.analysis.responses import ResponseMixin
from aise.tools.analysis.sinks import CallSite, SinkCheck, match_sinks
from aise.tools.analysis.stmts import StmtMixin, dotted
from aise.tools.analysis.summaries import _subst_av, _substitute, subst_av
from aise.tools.analysis.values import AV, BOTTOM, Label, join_env, taint_of

if TYPE_CHECKING:
    from aise.tools.analysis.project import FuncUnit, Project

__all__ = ["FunctionInterpreter", "subst_av"]

Env = dict[str, AV] | None
_FILE_TYPES = ("UploadFile", "UploadedFile", "FileStorage")


class FunctionInterpreter(ResponseMixin, StmtMixin, CallMixin):
    """Interprets one function body (or module, or class body) and produces its summary."""

    def __init__(self, project: Project, unit: FuncUnit, closure: dict[str, AV],
                 bound: dict[Any, AV] | None = None, depth: int = 0) -> None:
        self.bound = bound
        """Inlined call: the caller's argument values by parameter position (`*`/`**` for the rest)."""
        self.depth = depth
        self.project = project
        self.unit = unit
        self.path = unit.path
        self.module = unit.module
        self.globals = closure
        self.env: Env = {}
        self.ret: AV | None = None
        self.returns: list[tuple[ast.Return, AV]] = []
        self.hits: list[SinkHit] = []
        self.calls: set[str] = set()
        self.dead: list[tuple[int, int]] = []
        self._hit_index: dict[tuple[Any, ...], int] = {}
        self._breaks: list[list[Env]] = []
        self._response_vars: dict[str, list[int]] = {}
        self._plain_vars: set[str] = set()
        self.exit_env: Env = None
        self.budget = 20_000

    # ----- entry -------------------------------------------------------------------------
    def run(self) -> FunctionSummary:
        node = self.unit.node
        if isinstance(node, ast.Module | ast.ClassDef):
            self.block(node.body)
            env = self.env or {}
            if isinstance(node, ast.Module):
                self.project.set_module_env(self.unit.module, env)
            fields = dict(env) if isinstance(node, ast.ClassDef) else {}
            return FunctionSummary(self.unit.qual, BOTTOM, self.hits, self.calls, fields=fields, dead=self.dead)
        self.bind_params(node)
        self.block(node.body)
        self.exit_env = join_env(self.exit_env, self.env)
        ret = self.ret if self.ret is not None else AV(const=None)
        yielded = getattr(self, "yielded", None)
        if yielded is not None and yielded.all_labels():
            ret = AV(labels=ret.all_labels() | yielded.all_labels())
        if self.unit.entry == "route" and self.bound is None:
            self.response_sinks()
        self.retract_plain_responses()
        fields = {k[5:]: v for k, v in (self.exit_env or {}).items() if k.startswith("self.")}
        return FunctionSummary(self.unit.qual, ret, self.hits, self.calls, fields=fields, dead=self.dead,
                               ret_refine=self._ret_refine(node))

    def bind_params(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        assert self.env is not None
        args = node.args
        positional = args.posonlyargs + args.args
        if self.bound is not None:
            names = [a.arg for a in positional] + [a.arg for a in args.kwonlyargs]
            for index, name in enumerate(names):
                self.env[name] = self.bound.get(index, BOTTOM)
            if args.vararg:
                self.env[args.vararg.arg] = self.bound.get("*", AV(items=()))
            if args.kwarg:
                self.env[args.kwarg.arg] = self.bound.get("**", AV(keys=()))
            return
        for index, arg in enumerate(positional):
            self.env[arg.arg] = self._param_value(index, arg, node)
        if args.vararg:
            self.env[args.vararg.arg] = AV(labels=frozenset({param_label("*", self.step(node, "*args"))}))
        for offset, kw in enumerate(args.kwonlyargs):
            self.env[kw.arg] = self._param_value(len(positional) + offset, kw, node)
        if args.kwarg:
            self.env[args.kwarg.arg] = AV(labels=frozenset({param_label("*", self.step(node, "**kwargs"))}))

    def _param_value(self, index: int, arg: ast.arg, node: ast.AST) -> AV:
        unit, name = self.unit, arg.arg
        annotation = ast.unparse(arg.annotation) if arg.annotation is not None else ""
        if index == 0 and unit.cls and name in ("self", "cls"):
            return AV(labels=frozenset({param_label(0, self.step(node, name))}), inst=unit.cls,
                      kwargs=(("param_id", "0"),))
        if unit.entry in ("route", "cli", "task"):
            if name == "request" or annotation.endswith(("Request", "HttpRequest", "WebSocket")):
                return request_value(self.step(node, f"source: request parameter {name}"))
            if annotation.endswith(("Response", "BackgroundTasks", "Session")):
                return AV(inst=f"param.{annotation.rpartition('.')[2]}")
            inst = "upload" if annotation.endswith(_FILE_TYPES) else None
            if _scalar(annotation) or name in _typed_route_params(node):
                return BOTTOM  # framework-validated scalar (`x: int`, `<int:x>`): no attacker text
            label = Label(f"src:{unit.entry}", trail=(self.step(node, f"source: parameter {name}"),))
            return AV(labels=frozenset({label}), inst=inst)
        return AV(labels=frozenset({param_label(index, self.step(node, f"parameter {name}"))}),
                  kwargs=(("param_id", str(index)),))

    def _ret_refine(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[int, frozenset[str]]:
        """For a validator (`def is_safe(x): return ...`): sink classes its True result proves."""
        params = [a.arg for a in node.args.posonlyargs + node.args.args]
        proven: dict[int, frozenset[str]] | None = None
        for _ret, value in self.returns:
            if value.is_const and value.const is False:
                continue
            refine = value.refine if isinstance(value.refine, tuple) else None
            true_refs = refine[0] if refine else {}
            mapped = {params.index(k): v for k, v in true_refs.items() if k in params}
            proven = mapped if proven is None else {k: proven[k] & v for k, v in mapped.items() if k in proven}
        return {k: v for k, v in (proven or {}).items() if v}

    # ----- sinks -------------------------------------------------------------------------
    def record_sink(self, check: SinkCheck, node: ast.AST) -> None:
        where = self.step(node, f"sink: {check.api}")
        labels, tainted, constant = _flows(check, where)
        site = self.site if self.site is not None and _depends_on_params(self.site) else None
        self._add_hit(SinkHit(
            sink_class=check.sink_class, path=self.path, line=getattr(node, "lineno", 1),
            col=getattr(node, "col_offset", 0), end_line=getattr(node, "end_lineno", None) or getattr(node, "lineno", 1),
            api=check.api, function=self.unit.qual, labels=labels, tainted=tainted,
            constant=constant, weak=check.weak, detail=check.detail, site=site,
        ))

    def _add_hit(self, hit: SinkHit) -> None:
        key = hit.key + (hit.via[:1],)
        if key in self._hit_index:
            old = self.hits[self._hit_index[key]]
            old.labels |= hit.labels
            old.tainted |= hit.tainted
            old.constant = old.constant and hit.constant
            if old.weak is not None and hit.weak is not None:
                old.weak = old.weak or hit.weak
            return
        self._hit_index[key] = len(self.hits)
        self.hits.append(hit)

    def apply_summary(self, target: str, argmap: dict[Any, AV], node: ast.Call) -> AV | None:
        summary = self.project.summary(target)
        self.calls.add(target)
        if summary is None:
            return None
        where = self.step(node, f"call {target.rpartition('.')[2]}()")
        for hit in summary.hits:
            if isinstance(hit.site, CallSite):
                self._recheck(hit, hit.site, argmap, where)
                continue
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
        self._write_back_fields(summary, argmap, node, where)
        ret = summary.ret
        assert isinstance(ret, AV)
        return _subst_av(ret, argmap, where)

    def _recheck(self, hit: SinkHit, site: CallSite, argmap: dict[Any, AV], where: Any) -> None:
        """Re-judge a callee's sink with the caller's arguments (argument lists, flags, algorithms)."""
        def sub(value: AV | None) -> AV | None:
            return subst_av(value, argmap, where) if value is not None else None

        concrete = CallSite(site.qual, site.method, sub(site.receiver), tuple(sub(a) for a in site.args),
                            {k: sub(v) for k, v in site.kwargs.items()}, sub(site.callee))  # type: ignore[misc]
        if hit.sink_class == "dynamic":
            callee = concrete.callee
            if callee is not None and "param_id" in dict(callee.kwargs):
                self.hits.append(SinkHit(sink_class="dynamic", path=hit.path, line=hit.line, col=hit.col,
                                         end_line=hit.end_line, api=hit.api, function=self.unit.qual,
                                         via=(where,) + hit.via, site=concrete))
                return
            if callee is None or not callee.qual:
                return
            concrete = CallSite(callee.qual, None, None, concrete.args, concrete.kwargs)
        for check in match_sinks(concrete):
            if check.sink_class != hit.sink_class and hit.sink_class != "dynamic":
                continue
            labels, tainted, constant = _flows(check, where)
            still_param = any(lb.is_param for lb in tainted) or _depends_on_params(concrete)
            self._add_hit(SinkHit(
                sink_class=check.sink_class, path=hit.path, line=hit.line, col=hit.col, end_line=hit.end_line,
                api=check.api, function=self.unit.qual, labels=labels, tainted=tainted, constant=constant,
                weak=check.weak, detail=check.detail, via=(where,) + hit.via,
                site=concrete if still_param else None,
            ))

    def _write_back_fields(self, summary: FunctionSummary, argmap: dict[Any, AV], node: ast.Call, where: Any) -> None:
        """`obj.configure(x)` assigns `self.field`: the caller's `obj` now carries that field."""
        func = getattr(node, "func", None)
        if not summary.fields or not isinstance(func, ast.Attribute) or self.env is None:
            return
        name = dotted(func.value)
        receiver = argmap.get(0)
        if name is None or receiver is None or not receiver.inst or name not in self.env:
            return
        keys = dict(receiver.keys or ())
        for field, value in summary.fields.items():
            if isinstance(value, AV):
                keys[("@attr", field)] = subst_av(value, argmap, where)
        self.env[name] = AV(inst=receiver.inst, keys=tuple(keys.items()), labels=receiver.labels)

    # ----- bindings ----------------------------------------------------------------------
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
                from aise.tools.analysis.expr import element_of

                element = element_of(value) if value.items is not None else AV(labels=value.all_labels())
                for elt in elts:
                    self.bind(elt.value if isinstance(elt, ast.Starred) else elt, element, node)
        elif isinstance(target, ast.Attribute):
            self._store_attribute(target, value)
        elif isinstance(target, ast.Subscript):
            self._store_subscript(target, value)
        elif isinstance(target, ast.Starred):
            self.bind(target.value, value, node)

    def _store_attribute(self, target: ast.Attribute, value: AV) -> None:
        assert self.env is not None
        if isinstance(target.value, ast.Name):
            self.env[f"{target.value.id}.{target.attr}"] = value
        base = self.eval(target.value)
        self.attribute_store_sinks(target, base, value)

    def _store_subscript(self, target: ast.Subscript, value: AV) -> None:
        assert self.env is not None
        base = self.eval(target.value)
        key = self.eval(target.slice) if not isinstance(target.slice, ast.Slice) else BOTTOM
        self.subscript_store_sinks(target, base, key, value)
        name = dotted(target.value)
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
        before = len(self.hits)
        value = self.eval(node.value)
        if isinstance(node.value, ast.Compare | ast.BoolOp | ast.UnaryOp | ast.Call) and value.refine is None:
            refine = self.refine_of(node.value)
            if refine is not None:
                value = with_update(value, refine=refine)
        for target in node.targets:
            self.bind(target, value, node)
            self.note_response_var(target, before)

    def _s_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            before = len(self.hits)
            self.bind(node.target, self.eval(node.value), node)
            self.note_response_var(node.target, before)

    def _s_AugAssign(self, node: ast.AugAssign) -> None:
        from aise.tools.analysis.constfold import fold_binop

        current = self.eval(node.target)
        right = self.eval(node.value)
        const = fold_binop(node.op, current.const, right.const)
        if isinstance(node.op, ast.Add) and current.items is not None and right.items is not None:
            value = AV(items=current.items + right.items)
        else:
            from aise.tools.analysis.expr import text_of

            prefix = tuple(kv for kv in current.kwargs if kv[0] == "prefix")
            if current.is_const and isinstance(current.const, str):
                prefix = (("prefix", current.const[:200]),)
            text = (("text", (text_of(current) + text_of(right))[:400]),) if isinstance(node.op, ast.Add) else ()
            value = AV(labels=taint_of(current, right).labels, const=const, kwargs=prefix + text)
        self.bind(node.target, value, node)


_SCALARS = frozenset({"int", "float", "bool", "uuid.UUID", "UUID", "datetime", "date", "datetime.date",
                      "datetime.datetime", "Decimal", "decimal.Decimal", "PositiveInt", "conint"})
_CONVERTER = re.compile(r"<(int|float|uuid):(\w+)>")


def _scalar(annotation: str) -> bool:
    """`int`, `Optional[int]`, `int | None`, `Annotated[int, ...]`, `UUID`..."""
    text = re.sub(r"^(Optional|typing\.Optional|Annotated|typing\.Annotated)\[", "", annotation)
    head = re.split(r"[\[\],| ]", text, maxsplit=1)[0]
    return head in _SCALARS


def _typed_route_params(node: ast.AST) -> frozenset[str]:
    """Flask/werkzeug URL converters that only match numbers or UUIDs: `@app.route("/p/<int:id>")`."""
    names: set[str] = set()
    for decorator in getattr(node, "decorator_list", ()):
        if isinstance(decorator, ast.Call) and decorator.args and isinstance(decorator.args[0], ast.Constant):
            names.update(m.group(2) for m in _CONVERTER.finditer(str(decorator.args[0].value)))
    return frozenset(names)


def _flows(check: SinkCheck, where: Any) -> tuple[frozenset[Label], frozenset[Label], bool]:
    """(every flow reaching the checked values, the flows not sanitised for the class, all constant)."""
    labels: frozenset[Label] = frozenset()
    tainted: frozenset[Label] = frozenset()
    constant = bool(check.values)
    for value in check.values:
        all_labels = value.all_labels()
        if check.weak is False:
            # The safe variant of the API (yaml.safe_load, defusedxml, ...): data cannot hurt here.
            all_labels = frozenset(lb.clear(frozenset({check.sink_class})) for lb in all_labels)
        if check.sink_class in ("ssrf", "redirect") and _fixed_host(value):
            all_labels = frozenset(lb.clear(frozenset({check.sink_class})) for lb in all_labels)
        if check.sink_class == "cmdi" and _double_quoted(value):
            # shlex.quote's single quotes are literal inside "...": $(...) and `...` still run.
            all_labels = frozenset(Label(lb.origin, lb.cleared - {"cmdi"}, lb.trail) if "cmdi:quoted" in lb.cleared
                                   else lb for lb in all_labels)
        if check.sink_class == "xss" and not _attribute_context(value):
            all_labels = frozenset(lb.clear(frozenset({"xss"})) if NOQUOTE in lb.cleared else lb for lb in all_labels)
        labels |= all_labels
        tainted |= frozenset(lb.step(where) for lb in all_labels if check.sink_class not in lb.cleared)
        constant = constant and (value.is_const or (value.items is not None and all(i.is_const for i in value.items)))
    return labels, tainted, constant


_ATTRIBUTE = re.compile(r"""=\s*["'][^"'<>]*\x00""")


def _attribute_context(value: AV) -> bool:
    """Some unknown part of the markup sits inside a quoted attribute value (`value="...`)."""
    text = dict(value.kwargs).get("text")
    return isinstance(text, str) and bool(_ATTRIBUTE.search(text))


def _double_quoted(value: AV) -> bool:
    """Some unknown part of a shell command sits between double quotes."""
    text = dict(value.kwargs).get("text")
    if not isinstance(text, str) or "\x00" not in text:
        return False
    return text[:text.index("\x00")].count('"') % 2 == 1


def _depends_on_params(site: CallSite) -> bool:
    values = (site.receiver, *site.args, *site.kwargs.values())
    return any(v is not None and (any(lb.is_param for lb in v.all_labels()) or "param_id" in dict(v.kwargs))
               for v in values)


_HOST_PREFIX = re.compile(r"^(https?://[^/?#]+[/?#]|/(?![/\\]))", re.IGNORECASE)


def _fixed_host(value: AV) -> bool:
    """A URL whose scheme and host (or same-site path) are constant cannot be steered elsewhere."""
    prefix = dict(value.kwargs).get("prefix")
    return isinstance(prefix, str) and bool(_HOST_PREFIX.match(prefix))
