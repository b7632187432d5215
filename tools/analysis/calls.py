"""Call evaluation: sinks at the call, repository functions (summaries), lambdas, partials.

Library calls that are not repository code are modelled in `library.py`.
"""

from __future__ import annotations

import ast
from typing import Any

from aise.tools.analysis.expr import with_update
from aise.tools.analysis.inline import InlineMixin
from aise.tools.analysis.library import LibraryMixin
from aise.tools.analysis.sanitisers import promoted
from aise.tools.analysis.sinks import CallSite, match_sinks
from aise.tools.analysis.values import AV, BOTTOM, Label, Step, taint_of

__all__ = ["CallMixin", "clear_av", "param_label"]


def clear_av(value: AV, classes: frozenset[str]) -> AV:
    """The same value, sanitised for `classes` on every flow it carries."""
    if not classes:
        return value
    labels = frozenset(lb.clear(promoted(lb.cleared | classes)) for lb in value.labels)
    items = tuple(clear_av(i, classes) for i in value.items) if value.items is not None else None
    keys = tuple((k, clear_av(v, classes)) for k, v in value.keys) if value.keys is not None else None
    return with_update(value, labels=labels, items=items, keys=keys)


def param_label(index: Any, step: Step) -> Label:
    return Label(f"param:{index}", trail=(step,))


class CallMixin(InlineMixin, LibraryMixin):
    hits: list[Any]
    calls: set[str]
    site: CallSite | None = None
    """The call whose sinks are being recorded (kept on hits whose arguments depend on parameters)."""

    def record_sink(self, check: Any, node: ast.AST) -> None:  # provided by the interpreter
        raise NotImplementedError

    def apply_summary(self, target: str, argmap: dict[Any, AV], node: ast.Call) -> AV | None:
        raise NotImplementedError

    def _e_Call(self, node: ast.Call) -> AV:
        func = node.func
        receiver: AV | None = None
        method: str | None = None
        qual: str | None = None
        callee = BOTTOM
        if isinstance(func, ast.Attribute):
            method = func.attr
            receiver = self.eval(func.value)
            qual = f"{receiver.qual}.{method}" if receiver.qual else None
            if qual is None and self._holds_callable(receiver, method):
                # `self.loader(x)`: a field holding a function, not a method of the class.
                callee = self.attribute(receiver, method, func)
                if callee.qual or "param_id" in dict(callee.kwargs) or callee.inst == "<lambda>":
                    qual, method, receiver = callee.qual, None, None
                else:
                    callee = BOTTOM
        else:
            callee = self.eval(func)
            qual = callee.qual
            if qual is None and callee.inst and callee.inst != "<lambda>":
                qual = f"{callee.inst}.__call__"  # a callable object, e.g. an XPathEvaluator
        args, kwargs = self._arguments(node)
        if qual == "builtins.getattr" and len(args) >= 2 and args[1].is_const and isinstance(args[1].const, str):
            found = self.attribute(args[0], args[1].const, node)
            return found if found.qual or found.all_labels() or len(args) < 3 else args[2]
        partial = dict(callee.kwargs).get("partial_of")
        if isinstance(partial, str):
            qual = partial
            args = [*dict(callee.kwargs).get("partial_args", ()), *args]
        site = CallSite(qual, method, receiver, tuple(args), kwargs)
        self._note_call(node, site)
        self.site = site
        for check in match_sinks(site):
            self.record_sink(check, node)
        for choice in dict(callee.kwargs).get("one_of", ()) if qual is None else ():
            # A dispatch table picked by an unknown key may call any of its functions.
            for check in match_sinks(CallSite(choice, None, None, tuple(args), kwargs)):
                self.record_sink(check, node)
        self.site = None
        if qual is None and method is None and "param_id" in dict(callee.kwargs):
            self._dynamic_call(CallSite(None, None, None, tuple(args), kwargs, callee), node)
        lambda_id = dict(callee.kwargs).get("lambda") if callee.inst == "<lambda>" else None
        if lambda_id is not None:
            return self._call_lambda(lambda_id, site)
        result = self._resolve(site, node)
        if result is not None:
            return result
        return self._library(site, node)

    def _holds_callable(self, receiver: AV, name: str) -> bool:
        inst = receiver.inst or ""
        if inst not in self.project.classes and not any(k == ("@attr", name) for k, _ in receiver.keys or ()):
            return False
        return self.project.resolve_function(f"{inst}.{name}") is None

    def _dynamic_call(self, site: CallSite, node: ast.Call) -> None:
        """A call of a parameter: the sinks depend on what each caller passes (callbacks, strategies)."""
        from aise.tools.analysis.hits import SinkHit

        self.hits.append(SinkHit(sink_class="dynamic", path=self.path, line=node.lineno, col=node.col_offset,
                                 end_line=getattr(node, "end_lineno", None) or node.lineno, api="callback",
                                 function=self.unit.qual, site=site))

    def _note_call(self, node: ast.Call, site: CallSite) -> None:
        """Remember which flows reach any argument of this call (judging sinks no table knows)."""
        labels = taint_of(*site.args, *site.kwargs.values()).labels
        if site.receiver is not None and not site.receiver.qual:
            labels |= site.receiver.all_labels()
        if labels:
            self.project.note_call(self.path, node.lineno, getattr(node, "end_lineno", None) or node.lineno, labels)

    def _arguments(self, node: ast.Call) -> tuple[list[AV], dict[str, AV]]:
        args: list[AV] = []
        for arg in node.args:
            value = self.eval(arg.value if isinstance(arg, ast.Starred) else arg)
            if isinstance(arg, ast.Starred) and value.items is not None:
                args.extend(value.items)
            else:
                args.append(value)
        kwargs: dict[str, AV] = {}
        for kw in node.keywords:
            value = self.eval(kw.value)
            if kw.arg is None:
                for k, v in value.keys or ():
                    kwargs[str(k)] = v
                if value.keys is None:
                    kwargs["**"] = value
            else:
                kwargs[kw.arg] = value
        return args, kwargs

    def _call_lambda(self, lambda_id: int, site: CallSite) -> AV:
        """Evaluate a lambda's body with its parameters bound to the call's arguments."""
        found = self.project.lambda_of(lambda_id)
        depth = getattr(self, "_lambda_depth", 0)
        if found is None or depth >= 8:
            return taint_of(*site.args, *site.kwargs.values())
        node, closure = found
        saved = self.env
        env = dict(closure)  # names in a lambda resolve where it was written, not where it is called
        names = [a.arg for a in node.args.posonlyargs + node.args.args]
        for index, name in enumerate(names):
            env[name] = site.args[index] if index < len(site.args) else site.kwargs.get(name, BOTTOM)
        self.env = env
        self._lambda_depth = depth + 1
        try:
            return self.eval(node.body)
        finally:
            self.env = saved
            self._lambda_depth = depth

    # ----- repository functions ----------------------------------------------------------
    def _resolve(self, site: CallSite, node: ast.Call) -> AV | None:
        project = self.project
        if site.qual:
            target = project.resolve_function(site.qual)
            if target is not None:
                kind, name = target
                if kind == "class":
                    return self._construct(name, site, node)
                nested = project.units.get(name)
                if nested is not None and nested.parent == self.unit.qual:
                    # A nested function sees the enclosing variables as they are now (late binding).
                    inlined = self.inline(name, site.args, site.kwargs, node, closure={**self.globals, **(self.env or {})})
                    if inlined is not None:
                        return inlined
                inlined = self.inline(name, site.args, site.kwargs, node)
                if inlined is not None:
                    return inlined
                argmap = _argmap(project.params_of(name), site.args, site.kwargs)
                for index, default in project.defaults_of(name).items():
                    argmap.setdefault(index, default)
                return self.apply_summary(name, argmap, node)
        if site.receiver is not None and site.method and site.receiver.inst:
            target = project.resolve_function(f"{site.receiver.inst}.{site.method}")
            if target is not None and target[0] == "function":
                params = project.params_of(target[1])
                unit = project.units.get(target[1])
                static = unit is not None and _is_static(unit.node)
                actual = tuple(site.args) if static else (site.receiver, *site.args)
                inlined = self.inline(target[1], actual, site.kwargs, node)
                if inlined is not None:
                    return inlined
                argmap = _argmap(params, actual, site.kwargs)
                for index, default in project.defaults_of(target[1]).items():
                    argmap.setdefault(index, default)
                return self.apply_summary(target[1], argmap, node)
        return None

    def _construct(self, name: str, site: CallSite, node: ast.Call) -> AV:
        """A repository class instance, with the fields its `__init__` sets when known."""
        from aise.tools.analysis.summaries import subst_av

        project = self.project
        self.calls.add(name)
        init = project.resolve_function(f"{name}.__init__")
        if init is not None and init[0] == "function":
            fields = self.inline_fields(init[1], (AV(inst=name), *site.args), site.kwargs, node)
            if fields is not None:
                return AV(inst=name, keys=tuple((("@attr", k), v) for k, v in fields.items()))
        summary = project.summary(init[1]) if init is not None else None
        if init is None or summary is None or not summary.complete:
            return AV(labels=taint_of(*site.args, *site.kwargs.values()).labels, inst=name)
        argmap = _argmap(project.params_of(init[1]), (AV(inst=name), *site.args), site.kwargs)
        for index, default in project.defaults_of(init[1]).items():
            argmap.setdefault(index, default)
        self.apply_summary(init[1], argmap, node)
        where = self.step(node, f"{name.rpartition('.')[2]}()")
        fields = tuple((("@attr", k), subst_av(v, argmap, where)) for k, v in summary.fields.items()
                       if isinstance(v, AV))
        return AV(inst=name, keys=fields)

    def call_refine(self, node: ast.Call) -> dict[str, frozenset[str]]:
        """What a call to a repository validator (`if is_safe_url(x):`) proves when it is true."""
        from aise.tools.analysis.guards import target_name

        qual = self.qual_of(node.func)
        target = self.project.resolve_function(qual) if qual else None
        if target is None or target[0] != "function":
            return {}
        summary = self.project.summary(target[1])
        if summary is None or not summary.ret_refine:
            return {}
        params = self.project.params_of(target[1])
        out: dict[str, frozenset[str]] = {}
        for index, classes in summary.ret_refine.items():
            arg: ast.expr | None = node.args[index] if index < len(node.args) else None
            if arg is None and index < len(params):
                arg = next((k.value for k in node.keywords if k.arg == params[index]), None)
            name = target_name(arg) if arg is not None else None
            if name:
                out[name] = classes
        return out


def _is_static(node: ast.AST) -> bool:
    return any(isinstance(d, ast.Name) and d.id == "staticmethod" for d in getattr(node, "decorator_list", ()))


def _argmap(params: list[str], args: tuple[AV, ...] | list[AV], kwargs: dict[str, AV]) -> dict[Any, AV]:
    out: dict[Any, AV] = {}
    extra: list[AV] = []
    for index, value in enumerate(args):
        if index < len(params) and not params[index].startswith("*"):
            out[index] = value
        else:
            extra.append(value)
    for key, value in kwargs.items():
        if key in params:
            out[params.index(key)] = value
        else:
            extra.append(value)
    if extra:
        out["*"] = taint_of(*extra)
    return out
