"""Call evaluation: summaries, sanitisers, sources, sinks and container/str methods."""

from __future__ import annotations

import ast
from typing import Any

from aise.tools.analysis.expr import ExprMixin, element_of, subscript, with_update
from aise.tools.analysis.sanitisers import (
    SAFE_METHODS,
    cleared_by_call,
    cleared_by_regex_sub,
    cleared_by_replace,
)
from aise.tools.analysis.sinks import CallSite, match_sinks
from aise.tools.analysis.sources import source_kind_for_qual
from aise.tools.analysis.values import AV, BOTTOM, NO_CONST, Label, Step, taint_of

__all__ = ["CallMixin", "clear_av"]

_STR_FOLD = frozenset({"upper", "lower", "strip", "lstrip", "rstrip", "replace", "format", "join",
                       "split", "title", "capitalize", "casefold", "encode", "decode", "zfill",
                       "removeprefix", "removesuffix", "center", "ljust", "rjust", "swapcase"})
_MUTATORS = frozenset({"append", "extend", "insert", "pop", "remove", "clear", "update",
                       "setdefault", "set", "add_section", "read_dict", "add", "popitem",
                       "setFeature", "__setitem__", "reverse", "sort", "discard"})
_HANDLER_SOURCES = frozenset({"get_argument", "get_arguments", "get_query_argument",
                              "get_query_arguments", "get_body_argument", "get_body_arguments",
                              "get_cookie"})
"""Request accessors of handler classes (tornado `RequestHandler`)."""
_CONFIG = ("configparser.ConfigParser", "configparser.RawConfigParser", "configparser.SafeConfigParser")
_EXTERNAL_GES = ("feature_external_ges", "http://xml.org/sax/features/external-general-entities")


def clear_av(value: AV, classes: frozenset[str]) -> AV:
    """The same value, sanitised for `classes` on every flow it carries."""
    if not classes:
        return value
    labels = frozenset(lb.clear(classes) for lb in value.labels)
    items = tuple(clear_av(i, classes) for i in value.items) if value.items is not None else None
    keys = tuple((k, clear_av(v, classes)) for k, v in value.keys) if value.keys is not None else None
    return with_update(value, labels=labels, items=items, keys=keys)


class CallMixin(ExprMixin):
    hits: list[Any]
    calls: set[str]

    def record_sink(self, check: Any, node: ast.AST) -> None:  # provided by the interpreter
        raise NotImplementedError

    def apply_summary(self, target: str, argmap: dict[Any, AV], node: ast.Call) -> AV | None:
        raise NotImplementedError

    def _e_Call(self, node: ast.Call) -> AV:
        func = node.func
        receiver: AV | None = None
        method: str | None = None
        qual: str | None = None
        if isinstance(func, ast.Attribute):
            method = func.attr
            receiver = self.eval(func.value)
            qual = f"{receiver.qual}.{method}" if receiver.qual else None
        else:
            callee = self.eval(func)
            qual = callee.qual
        args, kwargs = self._arguments(node)
        site = CallSite(qual, method, receiver, tuple(args), kwargs)
        for check in match_sinks(site):
            self.record_sink(check, node)
        result = self._resolve(site, node)
        if result is not None:
            return result
        return self._library(site, node)

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
                if value.all_labels() and value.keys is None:
                    kwargs["**"] = value
            else:
                kwargs[kw.arg] = value
        return args, kwargs

    # ----- repository functions ----------------------------------------------------------
    def _resolve(self, site: CallSite, node: ast.Call) -> AV | None:
        project = self.project
        if site.qual:
            target = project.resolve_function(site.qual)
            if target is not None:
                kind, name = target
                if kind == "class":
                    return self._construct(name, site, node)
                argmap = _argmap(project.params_of(name), site.args, site.kwargs)
                return self.apply_summary(name, argmap, node)
        if site.receiver is not None and site.method and site.receiver.inst:
            target = project.resolve_function(f"{site.receiver.inst}.{site.method}")
            if target is not None and target[0] == "function":
                params = project.params_of(target[1])
                argmap = _argmap(params, (site.receiver, *site.args), site.kwargs)
                return self.apply_summary(target[1], argmap, node)
        return None

    def _construct(self, name: str, site: CallSite, node: ast.Call) -> AV:
        """A repository class instance, with the fields its `__init__` sets when known."""
        from aise.tools.analysis.taint import subst_av

        project = self.project
        self.calls.add(name)
        init = project.resolve_function(f"{name}.__init__")
        summary = project.summary(init[1]) if init is not None else None
        if init is None or summary is None or not summary.complete:
            return AV(labels=taint_of(*site.args, *site.kwargs.values()).labels, inst=name)
        argmap = _argmap(project.params_of(init[1]), (AV(inst=name), *site.args), site.kwargs)
        self.apply_summary(init[1], argmap, node)
        where = self.step(node, f"{name.rpartition('.')[2]}()")
        fields = tuple((("@attr", k), subst_av(v, argmap, where)) for k, v in summary.fields.items()
                       if isinstance(v, AV))
        return AV(inst=name, keys=fields)

    # ----- library calls -----------------------------------------------------------------
    def _library(self, site: CallSite, node: ast.Call) -> AV:
        qual, method, recv = site.qual, site.method, site.receiver
        if qual:
            kind = source_kind_for_qual(qual)
            if kind:
                return self.source(kind, node, qual)
            cleared = cleared_by_call(qual)
            if cleared is not None:
                return clear_av(taint_of(*site.args, *site.kwargs.values()), cleared)
            special = self._special_qual(site, node)
            if special is not None:
                return special
        if recv is not None and method:
            if method in SAFE_METHODS:
                return BOTTOM
            if method in _HANDLER_SOURCES and recv.inst and not recv.qual:
                return self.source("request", node, f"self.{method}()")
            handled = self._method(site, node)
            if handled is not None:
                return handled
        out = taint_of(*((recv,) if recv is not None and not recv.qual else ()), *site.args,
                       *site.kwargs.values())
        inst = qual if qual else (f"{recv.inst}.{method}" if recv is not None and recv.inst else None)
        kwconst = tuple((k, v.const) for k, v in site.kwargs.items() if v.is_const)
        return AV(labels=out.labels, inst=inst if inst and len(inst) < 120 else None, kwargs=kwconst)

    def _special_qual(self, site: CallSite, node: ast.Call) -> AV | None:
        qual = site.qual or ""
        first = site.args[0] if site.args else BOTTOM
        if qual in ("builtins.str", "builtins.repr", "builtins.bytes"):
            if first.is_const and qual == "builtins.str":
                return AV(const=str(first.const))
            return AV(labels=first.all_labels(), inst=first.inst if (first.inst or "").startswith("pathlib") else None)
        if qual in ("builtins.list", "builtins.tuple") and first.items is not None:
            return AV(items=first.items)
        if qual == "builtins.dict":
            return AV(keys=first.keys or tuple((k, v) for k, v in site.kwargs.items()),
                      labels=first.labels if first.keys is not None else first.all_labels())
        if qual in ("builtins.sorted", "builtins.reversed", "builtins.set", "builtins.frozenset",
                    "builtins.list", "builtins.tuple", "builtins.next", "builtins.iter"):
            return AV(labels=first.all_labels())
        if qual in ("builtins.min", "builtins.max", "builtins.sum"):
            return BOTTOM
        if qual == "re.sub" and len(site.args) >= 3:
            cleared = cleared_by_regex_sub(site.args[0].const, site.args[1].const)
            return clear_av(taint_of(site.args[2], site.args[1]), cleared)
        if qual == "shlex.split":
            return AV(labels=first.all_labels(), kwargs=tuple(kv for kv in first.kwargs if kv[0] == "prefix"))
        if qual == "re.compile":
            return AV(inst="re.Pattern", kwargs=(("pattern", first.const),))
        if qual in ("urllib.parse.urlparse", "urllib.parse.urlsplit", "urlparse.urlparse"):
            arg = node.args[0] if node.args else None
            origin = arg.id if isinstance(arg, ast.Name) else None
            return AV(labels=first.all_labels(), keys=(), kwargs=(("parsed_from", origin),))
        if qual in ("pathlib.Path", "pathlib.PurePath", "pathlib.PosixPath"):
            return AV(labels=taint_of(*site.args).labels, inst="pathlib.Path")
        if qual in ("random.SystemRandom", "secrets.SystemRandom", "random.Random"):
            return AV(inst=qual)
        if qual in ("xml.sax.make_parser",):
            return AV(inst=qual)
        return None

    def _method(self, site: CallSite, node: ast.Call) -> AV | None:
        recv, method = site.receiver, site.method or ""
        assert recv is not None
        func = node.func
        assert isinstance(func, ast.Attribute)
        if method in _STR_FOLD and recv.is_const and isinstance(recv.const, str | bytes):
            folded = _fold_str(recv.const, method, site)
            if folded is not NO_CONST:
                return AV(const=folded)
        if method in ("bindparams", "params") and recv.inst:
            return recv  # bound values travel as parameters, not as SQL text
        if method == "sub" and recv.inst == "re.Pattern" and len(site.args) >= 2:
            cleared = cleared_by_regex_sub(dict(recv.kwargs).get("pattern"), site.args[0].const)
            return clear_av(taint_of(site.args[1], site.args[0]), cleared)
        if method == "relative_to" and recv.inst and recv.inst.startswith("pathlib"):
            return clear_av(AV(labels=recv.all_labels(), inst=recv.inst), frozenset({"pathtraver"}))
        if method == "replace" and len(site.args) >= 2:
            cleared = cleared_by_replace(site.args[0].const, site.args[1].const)
            return clear_av(taint_of(recv, *site.args[1:]), cleared)
        if method == "join" and recv.is_const:
            return taint_of(element_of(site.args[0])) if site.args else BOTTOM
        if (recv.inst or "") in _CONFIG and method in ("get", "getint", "getboolean", "getfloat"):
            if method != "get":
                return BOTTOM
            key = (site.args[0].const, site.args[1].const) if len(site.args) >= 2 else None
            for k, v in recv.keys or ():
                if k == key:
                    return v
            return taint_of(recv)
        if method in ("get", "getlist") and recv.keys is not None and site.args:
            value = subscript(recv, site.args[0]) if site.args[0].is_const else taint_of(recv)
            default = site.args[1] if len(site.args) > 1 else BOTTOM
            found = any(k == site.args[0].const for k, _ in recv.keys)
            return value if found else taint_of(value, default)
        if method in ("items", "values", "keys", "copy") and (recv.keys is not None or recv.items is not None):
            return recv if method == "copy" else AV(labels=recv.all_labels())
        if method in _MUTATORS:
            return self._mutate(site, func.value, node)
        if method == "setFeature":
            return BOTTOM
        return None

    def _mutate(self, site: CallSite, target: ast.expr, node: ast.Call) -> AV | None:
        """List/dict/configparser mutators: rebind the receiver variable with the new value."""
        recv, method, args = site.receiver, site.method or "", site.args
        assert recv is not None
        name = target.id if isinstance(target, ast.Name) else None
        if name is None and isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
            name = f"{target.value.id}.{target.attr}"
        new, result = _mutated(recv, method, args, site.kwargs)
        if new is not None and name is not None and self.env is not None:
            self.env[name] = new
        return result


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


def _fold_str(text: Any, method: str, site: CallSite) -> Any:
    if not all(a.is_const for a in site.args) or any(not v.is_const for v in site.kwargs.values()):
        return NO_CONST
    if method == "join":
        return NO_CONST
    try:
        result = getattr(text, method)(*(a.const for a in site.args), **{k: v.const for k, v in site.kwargs.items()})
    except (TypeError, ValueError, AttributeError, LookupError, IndexError, KeyError):
        return NO_CONST
    if isinstance(result, list):
        return tuple(result) if len(result) < 1000 else NO_CONST
    return result if isinstance(result, str | bytes) and len(result) < 10_000 else NO_CONST


def _mutated(recv: AV, method: str, args: tuple[AV, ...], kwargs: dict[str, AV]) -> tuple[AV | None, AV]:
    """(new receiver value or None, call result) for a mutating method."""
    items, keys = recv.items, recv.keys
    if method == "setFeature" and len(args) >= 2:
        feature = str(args[0].const) if args[0].is_const else ""
        name = args[0]
        if feature in _EXTERNAL_GES or (name.qual or "").endswith("feature_external_ges"):
            flag = bool(args[1].const) if args[1].is_const else True
            return with_update(recv, kwargs=recv.kwargs + (("external_ges", flag),)), BOTTOM
        return None, BOTTOM
    if items is not None:
        lst = list(items)
        if method == "append" and args:
            return with_update(recv, items=tuple(lst + [args[0]])), BOTTOM
        if method == "extend" and args:
            more = args[0].items
            if more is not None:
                return with_update(recv, items=tuple(lst + list(more))), BOTTOM
            return AV(labels=taint_of(recv, args[0]).labels), BOTTOM
        if method == "insert" and len(args) >= 2 and isinstance(args[0].const, int):
            lst.insert(args[0].const, args[1])
            return with_update(recv, items=tuple(lst)), BOTTOM
        if method == "pop":
            index = args[0].const if args else -1
            if isinstance(index, int) and lst:
                try:
                    popped = lst.pop(index)
                except IndexError:
                    return None, BOTTOM
                return with_update(recv, items=tuple(lst)), popped
        if method == "remove" and args and args[0].is_const:
            for i, item in enumerate(lst):
                if item.is_const and item.const == args[0].const:
                    del lst[i]
                    return with_update(recv, items=tuple(lst)), BOTTOM
            return None, BOTTOM
        if method == "clear":
            return with_update(recv, items=()), BOTTOM
        if method == "reverse":
            return with_update(recv, items=tuple(reversed(lst))), BOTTOM
    if (recv.inst or "") in _CONFIG:
        if method == "set" and len(args) >= 3 and args[0].is_const and args[1].is_const:
            key = (args[0].const, args[1].const)
            entries = [(k, v) for k, v in (keys or ()) if k != key] + [(key, args[2])]
            return with_update(recv, keys=tuple(entries)), BOTTOM
        if method in ("add_section",):
            return None, BOTTOM
    if keys is not None:
        if method in ("update",) and args and args[0].keys is not None:
            merged = dict(keys)
            merged.update(dict(args[0].keys))
            merged.update(kwargs)
            return with_update(recv, keys=tuple(merged.items())), BOTTOM
        if method == "setdefault" and args and args[0].is_const:
            for k, v in keys:
                if k == args[0].const:
                    return None, v
            value = args[1] if len(args) > 1 else BOTTOM
            return with_update(recv, keys=keys + ((args[0].const, value),)), value
        if method == "pop" and args and args[0].is_const:
            remaining = tuple((k, v) for k, v in keys if k != args[0].const)
            found = [v for k, v in keys if k == args[0].const]
            default = args[1] if len(args) > 1 else BOTTOM
            return with_update(recv, keys=remaining), (found[0] if found else default)
        if method == "clear":
            return with_update(recv, keys=()), BOTTOM
    # Imprecise container: the receiver absorbs the taint of what was added.
    added = taint_of(*args, *kwargs.values())
    if added.labels and method in ("append", "extend", "insert", "add", "update", "setdefault", "set"):
        return AV(labels=recv.all_labels() | added.labels, inst=recv.inst, qual=recv.qual), BOTTOM
    return None, AV(labels=recv.all_labels())


def param_label(index: Any, step: Step) -> Label:
    return Label(f"param:{index}", trail=(step,))
