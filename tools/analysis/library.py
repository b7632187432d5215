"""Library calls: sources, sanitisers, known propagators, containers and string methods.

A call the engine does not model still propagates taint (soundness), but its flows are
marked `UNSURE`, or `LOOKS_SAFE` when the callee's name suggests a sanitiser, so the brain
lowers its confidence instead of asserting a flow through an API it does not know.
"""

from __future__ import annotations

import ast
import re
from typing import Any

from aise.tools.analysis.charsets import DANGEROUS
from aise.tools.analysis.containers import fold_str, mutated
from aise.tools.analysis.expr import ExprMixin, element_of, one_of, subscript
from aise.tools.analysis.sanitisers import (
    SAFE_METHODS,
    cleared_by_call,
    cleared_by_regex_sub,
    cleared_by_replace,
    undone_by_call,
)
from aise.tools.analysis.sinks import CallSite
from aise.tools.analysis.sources import source_kind_for_qual
from aise.tools.analysis.values import AV, BOTTOM, LOOKS_SAFE, NO_CONST, UNSURE, Label, taint_of

__all__ = ["NOQUOTE", "LibraryMixin", "mark"]

_STR_FOLD = frozenset({"upper", "lower", "strip", "lstrip", "rstrip", "replace", "format", "join",
                       "split", "title", "capitalize", "casefold", "encode", "decode", "zfill",
                       "removeprefix", "removesuffix", "center", "ljust", "rjust", "swapcase",
                       "rsplit", "splitlines", "partition", "rpartition", "expandtabs", "format_map",
                       "translate"})
_MUTATORS = frozenset({"append", "extend", "insert", "pop", "remove", "clear", "update",
                       "setdefault", "set", "add_section", "read_dict", "add", "popitem",
                       "setFeature", "__setitem__", "reverse", "sort", "discard"})
_HANDLER_SOURCES = frozenset({"get_argument", "get_arguments", "get_query_argument",
                              "get_query_arguments", "get_body_argument", "get_body_arguments",
                              "get_cookie", "get_secure_cookie"})
"""Request accessors of handler classes (tornado `RequestHandler`)."""
_CONFIG = ("configparser.ConfigParser", "configparser.RawConfigParser", "configparser.SafeConfigParser")
_KNOWN_MODULES = (
    "builtins.", "base64.", "binascii.", "codecs.", "urllib.parse.", "html.", "json.", "os.", "posixpath.",
    "ntpath.", "pathlib.", "shlex.", "string.", "textwrap.", "re.", "zlib.", "gzip.", "bz2.", "lzma.", "io.",
    "copy.", "operator.", "functools.", "itertools.", "collections.", "typing.", "unicodedata.", "quopri.",
    "datetime.", "decimal.", "flask.", "werkzeug.", "django.", "starlette.", "fastapi.", "markupsafe.",
    "urllib.request.", "requests.", "httpx.", "lxml.", "xml.", "sqlite3.", "psycopg2.", "psycopg.", "yaml.",
    "pickle.", "sys.", "hashlib.", "hmac.", "secrets.", "random.", "uuid.", "time.", "math.", "struct.",
    "jinja2.", "sqlalchemy.", "ldap3.", "ldap.", "tempfile.", "shutil.", "subprocess.", "asyncio.",
    "pydantic.", "logging.", "configparser.", "ast.", "urllib3.", "aiohttp.", "numpy.", "pandas.",
)
"""Modules whose functions the engine's tables cover; other libraries' calls are unmodelled."""
_KNOWN_METHODS = _STR_FOLD | _MUTATORS | frozenset({
    "get", "getlist", "getone", "get_all", "to_dict", "dict", "items", "values", "keys", "copy", "lists",
    "read", "readline", "readlines", "getvalue", "hex", "tobytes", "tolist", "decode", "encode",
    "get_json", "get_data", "json", "text", "content", "body", "form", "query", "match", "search",
    "fullmatch", "group", "groups", "groupdict", "resolve", "absolute", "joinpath", "with_name",
    "with_suffix", "as_posix", "cursor", "connect", "fetchone", "fetchall", "getroot", "strftime",
    "isoformat", "hexdigest", "digest", "chunks", "__getitem__",
})
_SANITISER_NAME = re.compile(r"escap|saniti[sz]|clean|purif|quote|encode_for|strip_tags|safe|valid|whitelist"
                             r"|allowlist|bleach|filter_chars|normali[sz]", re.IGNORECASE)
_FOLDABLE = frozenset({"builtins.len", "builtins.abs", "builtins.min", "builtins.max", "builtins.round",
                       "builtins.ord", "builtins.chr", "builtins.int", "builtins.float", "builtins.bool",
                       "builtins.str", "builtins.hex", "builtins.oct", "builtins.bin"})
_NORMALISE = frozenset({"os.path.realpath", "os.path.abspath", "os.path.normpath", "posixpath.realpath",
                        "posixpath.abspath", "posixpath.normpath"})


NOQUOTE = "xss:noquote"
"""Pseudo class: HTML-escaped without quotes; the XSS sink decides by the surrounding markup."""


def _quote_unsafe_escape(qual: str, site: CallSite) -> bool:
    if qual == "html.escape":
        quote = site.args[1] if len(site.args) > 1 else site.kwargs.get("quote")
        return quote is not None and quote.is_const and not quote.const
    if qual == "cgi.escape":
        quote = site.args[1] if len(site.args) > 1 else site.kwargs.get("quote")
        return quote is None or (quote.is_const and not quote.const)
    if qual == "xml.sax.saxutils.escape":
        return len(site.args) < 2 and "entities" not in site.kwargs
    return False


_ORM_LOOKUPS = frozenset({"get", "filter", "exclude", "first", "last", "all", "order_by", "values", "values_list",
                          "get_or_404", "first_or_404", "one", "one_or_none", "scalar", "filter_by", "get_or_create",
                          "select_related", "prefetch_related", "only", "defer", "distinct", "count", "exists"})


def _orm(recv: AV) -> bool:
    """A Django manager/queryset or an SQLAlchemy query: results are rows, not the filter values."""
    tag = recv.qual or recv.inst or ""
    return ".objects" in tag or tag.endswith(".query") or ".query." in tag or tag.endswith("objects")


def reopen(labels: frozenset[Label], classes: frozenset[str]) -> frozenset[Label]:
    """The same flows with `classes` no longer sanitised."""
    return frozenset(Label(lb.origin, lb.cleared - classes, lb.trail) for lb in labels)


def mark(labels: frozenset[Any], name: str) -> frozenset[Any]:
    """Flag flows that went through an unmodelled call (and whether it looked like a sanitiser)."""
    flags = frozenset({UNSURE, LOOKS_SAFE}) if _SANITISER_NAME.search(name) else frozenset({UNSURE})
    return frozenset(lb.clear(flags) for lb in labels)


def _known(qual: str | None, method: str | None, recv: AV | None) -> bool:
    if qual:
        return qual.startswith(_KNOWN_MODULES)
    if method in _KNOWN_METHODS:
        return True
    inst = (recv.inst or "") if recv is not None else ""
    return inst.startswith(("request", "upload", "pathlib", "re.", "jinja2", "lxml", "xml")) or bool(
        inst and inst.partition(".")[0] + "." in _KNOWN_MODULES)


class LibraryMixin(ExprMixin):
    def _library(self, site: CallSite, node: ast.Call) -> AV:
        qual, method, recv = site.qual, site.method, site.receiver
        if qual:
            kind = source_kind_for_qual(qual)
            if kind:
                return self.source(kind, node, qual)
            special = self._special_qual(site, node)
            if special is not None:
                return special
            if _quote_unsafe_escape(qual, site):
                # Escapes <, > and & but not quotes: safe in element text, not in an attribute value.
                return clear_av(taint_of(*site.args[:1]), frozenset({NOQUOTE}))
            cleared = cleared_by_call(qual)
            if cleared is not None:
                return clear_av(taint_of(*site.args, *site.kwargs.values()), cleared)
            undone = undone_by_call(qual)
            if undone:
                return AV(labels=reopen(taint_of(*site.args).labels, undone))
        if recv is not None and method:
            if method in SAFE_METHODS and not (method in ("hexdigest", "digest") and recv.kwargs):
                return BOTTOM
            if method in _HANDLER_SOURCES and recv.inst and not recv.qual:
                return self.source("request", node, f"self.{method}()")
            handled = self._method(site, node)
            if handled is not None:
                return handled
        args = site.args
        kwargs = tuple(site.kwargs.values())
        if method in ("get", "getlist", "getone", "__getitem__", "pop", "get_all") and recv is not None:
            args = args[1:]  # a lookup returns the container's data, not the key it was given
        if recv is not None and method in _ORM_LOOKUPS and _orm(recv):
            args, kwargs = (), ()  # database records, not the values used to select them
        if qual in ("django.shortcuts.get_object_or_404", "django.shortcuts.get_list_or_404"):
            return AV()
        out = taint_of(*((recv,) if recv is not None and not recv.qual else ()), *args, *kwargs)
        labels = out.labels
        if labels and not _known(qual, method, recv):
            labels = mark(labels, qual or method or "")
        inst = qual if qual else (f"{recv.inst}.{method}" if recv is not None and recv.inst else None)
        kwconst = tuple((k, v.const) for k, v in site.kwargs.items() if v.is_const)
        return AV(labels=labels, inst=inst if inst and len(inst) < 120 else None, kwargs=kwconst)

    def _special_qual(self, site: CallSite, node: ast.Call) -> AV | None:
        qual = site.qual or ""
        first = site.args[0] if site.args else BOTTOM
        if qual in _FOLDABLE and site.args and all(a.is_const for a in site.args) and not site.kwargs:
            folded = _fold_builtin(qual, [a.const for a in site.args])
            if folded is not NO_CONST:
                return AV(const=folded)
        if qual in ("builtins.str", "builtins.repr", "builtins.bytes"):
            return AV(labels=first.all_labels(), inst=first.inst if (first.inst or "").startswith("pathlib") else None,
                      kwargs=tuple(kv for kv in first.kwargs if kv[0] in ("normalised", "mac_of")))
        if qual in ("builtins.frozenset", "builtins.set", "builtins.tuple", "builtins.list") and (
                first.is_const or (first.items is not None and all(i.is_const for i in first.items))):
            values = first.const if first.is_const else tuple(i.const for i in first.items or ())
            try:
                return AV(const=frozenset(values)) if "set" in qual else AV(items=tuple(AV(const=v) for v in values))
            except TypeError:
                return AV(labels=first.all_labels())
        if qual in ("builtins.list", "builtins.tuple") and first.items is not None:
            return AV(items=first.items)
        if qual == "builtins.dict":
            return AV(keys=first.keys or tuple((k, v) for k, v in site.kwargs.items()),
                      labels=first.labels if first.keys is not None else first.all_labels())
        if qual in ("builtins.sorted", "builtins.reversed", "builtins.set", "builtins.frozenset",
                    "builtins.list", "builtins.tuple", "builtins.next", "builtins.iter",
                    "builtins.enumerate", "builtins.zip") and not (qual.endswith(("map", "filter"))):
            return AV(labels=taint_of(*site.args).labels)
        if qual in ("builtins.min", "builtins.max", "builtins.sum"):
            return BOTTOM
        if qual in ("builtins.map", "builtins.filter"):
            return self._map(site, node) if len(site.args) >= 2 else AV(labels=first.all_labels())
        if qual in ("builtins.locals", "builtins.vars") and not site.args:
            env = {**self.globals, **(self.env or {})}
            return AV(keys=tuple((k, v) for k, v in env.items() if not v.qual)[:64])
        if qual == "re.sub" and len(site.args) >= 3:
            cleared = cleared_by_regex_sub(site.args[0].const, site.args[1].const)
            return clear_av(taint_of(site.args[2], site.args[1]), cleared)
        if qual == "shlex.split":
            if first.is_const and isinstance(first.const, str):
                import shlex

                try:
                    return AV(items=tuple(AV(const=part) for part in shlex.split(first.const)[:64]))
                except ValueError:
                    return BOTTOM
            return AV(labels=first.all_labels(), kwargs=tuple(kv for kv in first.kwargs if kv[0] == "prefix"))
        if qual == "re.compile":
            return AV(inst="re.Pattern", kwargs=(("pattern", first.const),))
        if qual in ("urllib.parse.urlparse", "urllib.parse.urlsplit", "urlparse.urlparse"):
            return AV(labels=first.all_labels(), keys=(), kwargs=(("parsed_from", _url_origin(node)),))
        if qual in _NORMALISE:
            return AV(labels=taint_of(*site.args).labels, kwargs=(("normalised", True),))
        if qual in ("pathlib.Path", "pathlib.PurePath", "pathlib.PosixPath"):
            return AV(labels=taint_of(*site.args).labels, inst="pathlib.Path")
        if qual in ("random.SystemRandom", "secrets.SystemRandom", "random.Random", "xml.sax.make_parser",
                    "http.cookies.SimpleCookie"):
            return AV(inst=qual)
        if qual in ("hmac.new", "hmac.digest", "hmac.HMAC"):
            message = node.args[1] if len(node.args) > 1 else None
            origin = message.id if isinstance(message, ast.Name) else None
            return AV(inst="hmac.HMAC", kwargs=(("mac_of", origin),) if origin else ())
        if qual == "functools.partial" and first.qual:
            return AV(kwargs=(("partial_of", first.qual), ("partial_args", tuple(site.args[1:]))))
        if qual in ("jinja2.Environment", "jinja2.environment.Environment", "jinja2.Template"):
            autoescape = site.kwargs.get("autoescape")
            on = False if autoescape is None else (bool(autoescape.const) if autoescape.is_const else True)
            return AV(inst=qual if qual != "jinja2.environment.Environment" else "jinja2.Environment",
                      kwargs=(("autoescape", on),), labels=taint_of(first).labels if "Template" in qual else frozenset())
        return None

    def _map(self, site: CallSite, node: ast.Call) -> AV:
        """`map(f, xs)` is f applied to each element; `filter(f, xs)` keeps elements."""
        function, element = site.args[0], element_of(site.args[1])
        if (site.qual or "").endswith("filter") or not function.qual:
            return AV(labels=element.all_labels() | (function.all_labels() if not function.qual else frozenset()))
        cleared = cleared_by_call(function.qual)
        if cleared is not None:
            return clear_av(AV(labels=element.all_labels()), cleared)
        resolver = getattr(self, "_resolve", None)
        if resolver is not None:
            result = resolver(CallSite(function.qual, None, None, (element,), {}), node)
            if result is not None:
                return AV(labels=result.all_labels())
        return AV(labels=element.all_labels())

    def _method(self, site: CallSite, node: ast.Call) -> AV | None:
        recv, method = site.receiver, site.method or ""
        assert recv is not None
        func = node.func
        assert isinstance(func, ast.Attribute)
        inst = recv.inst or ""
        if method in _STR_FOLD and recv.is_const and isinstance(recv.const, str | bytes):
            folded = fold_str(recv.const, method, site)
            if folded is not NO_CONST:
                return AV(const=folded)
        converter = site.kwargs.get("type")
        if method in ("get", "getlist") and inst.startswith("request") and converter is not None:
            if (converter.qual or "") in ("builtins.int", "builtins.float", "builtins.bool", "uuid.UUID"):
                return BOTTOM  # werkzeug converts (or falls back to the default): a number, no text
        if inst in ("request.files", "request.FILES") and method in ("get", "__getitem__", "getlist", "getone"):
            return AV(labels=recv.all_labels(), inst="upload" if method != "getlist" else None)
        if method in ("hexdigest", "digest") and inst == "hmac.HMAC":
            return AV(kwargs=recv.kwargs)
        if method in ("from_string", "get_template") and inst.startswith("jinja2"):
            return AV(inst=f"jinja2.Environment.{method}", kwargs=recv.kwargs)
        if method in ("OutputString", "output", "js_output") and "SimpleCookie" in inst:
            return AV(kwargs=(("secure", bool(dict(recv.kwargs).get("secure"))),))
        if method in ("format", "format_map") and recv.is_const and isinstance(recv.const, str):
            return _format_result(recv.const, site)
        if method in ("format", "format_map") and "Markup" in inst:
            return AV(inst=inst, labels=frozenset(lb.clear(frozenset({"xss"}))
                                                  for lb in taint_of(*site.args, *site.kwargs.values()).labels))
        if method in ("escape_string", "literal") or (method == "escape" and ("conn" in inst or "cursor" in inst)):
            return clear_av(taint_of(*site.args), frozenset({"sqli"}))
        if method == "render" and inst.startswith("django.template"):
            # Django autoescapes context values; a template built from attacker text stays dangerous.
            context = clear_av(taint_of(*site.args, *site.kwargs.values()), frozenset({"xss"}))
            return AV(labels=recv.all_labels() | context.labels)
        if method in ("bindparams", "params") and recv.inst:
            return recv  # bound values travel as parameters, not as SQL text
        if method == "sub" and recv.inst == "re.Pattern" and len(site.args) >= 2:
            cleared = cleared_by_regex_sub(dict(recv.kwargs).get("pattern"), site.args[0].const)
            return clear_av(taint_of(site.args[1], site.args[0]), cleared)
        if inst.startswith("pathlib"):
            return self._path_method(recv, method, site)
        if method == "replace" and len(site.args) >= 2:
            old, new = site.args[0].const, site.args[1].const
            labels = taint_of(recv, *site.args[1:]).labels
            if isinstance(old, str) and isinstance(new, str) and any(c in old for c in "&%\\"):
                # Decoding an escape back (`.replace("&lt;", "<")`) reopens what it protected.
                labels = reopen(labels, frozenset(c for c, bad in DANGEROUS.items() if set(new) & bad))
            return clear_av(AV(labels=labels), cleared_by_replace(old, new))
        if method in ("split", "rsplit") and not recv.is_const and dict(recv.kwargs).get("prefix"):
            return AV(labels=recv.all_labels(), kwargs=tuple(kv for kv in recv.kwargs if kv[0] == "prefix"))
        if method == "join" and recv.is_const:
            return taint_of(element_of(site.args[0])) if site.args else BOTTOM
        if inst in _CONFIG and method in ("get", "getint", "getboolean", "getfloat"):
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
            if found:
                return value
            if site.args[0].is_const and not any(True for _ in recv.keys):
                return taint_of(value, default)
            choices = one_of(recv, default) if not site.args[0].is_const else ()
            merged = taint_of(value, default)
            if default.qual and site.args[0].is_const:
                return default
            return AV(labels=merged.labels, kwargs=(("one_of", choices),)) if choices else merged
        if method in ("items", "values", "keys") and recv.keys is not None and not recv.labels and len(recv.keys) <= 16:
            if method == "items":
                return AV(items=tuple(AV(items=(AV(const=k), v)) for k, v in recv.keys))
            return AV(items=tuple(v if method == "values" else AV(const=k) for k, v in recv.keys))
        if method in ("items", "values", "keys", "copy") and (recv.keys is not None or recv.items is not None):
            return recv if method == "copy" else AV(labels=recv.all_labels())
        if method in ("write", "writelines") and inst.startswith(("io.StringIO", "io.BytesIO")):
            return self._mutate(CallSite(site.qual, "extend", recv, site.args, {}), func.value, node)
        if method in _MUTATORS:
            return self._mutate(site, func.value, node)
        return None

    def _path_method(self, recv: AV, method: str, site: CallSite) -> AV | None:
        if method == "relative_to":
            return clear_av(AV(labels=recv.all_labels(), inst=recv.inst), frozenset({"pathtraver"}))
        if method == "resolve":
            return AV(labels=recv.all_labels(), inst="pathlib.Path", kwargs=(("normalised", True),))
        if method in ("joinpath", "with_name", "with_suffix", "absolute", "expanduser", "with_stem"):
            return AV(labels=taint_of(recv, *site.args).labels, inst="pathlib.Path")
        return None

    def _mutate(self, site: CallSite, target: ast.expr, node: ast.Call) -> AV | None:
        """List/dict/configparser mutators: rebind the receiver variable with the new value."""
        recv, method, args = site.receiver, site.method or "", site.args
        assert recv is not None
        name = target.id if isinstance(target, ast.Name) else None
        if name is None and isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
            name = f"{target.value.id}.{target.attr}"
        new, result = mutated(recv, method, args, site.kwargs)
        if new is not None and name is not None and self.env is not None:
            self.env[name] = new
        return result


def clear_av(value: AV, classes: frozenset[str]) -> AV:
    from aise.tools.analysis.calls import clear_av as _clear

    return _clear(value, classes)


def _url_origin(node: ast.Call) -> str | None:
    """The variable a parsed URL comes from; `urljoin(base, x)` resolves x against a fixed base."""
    arg = node.args[0] if node.args else None
    if isinstance(arg, ast.Call) and len(arg.args) == 2 and getattr(arg.func, "attr", getattr(arg.func, "id", "")) == "urljoin":
        arg = arg.args[1]
    return arg.id if isinstance(arg, ast.Name) else None


_FIELD = re.compile(r"\{([^{}!:]*)(?:![rsa])?(?::([^{}]*))?\}")


def _format_result(template: str, site: CallSite) -> AV:
    """`"https://host/{}".format(x)`: keep the constant prefix and text; numeric fields carry no text."""
    from aise.tools.analysis.expr import NUMERIC_SPEC

    values: list[AV] = []
    auto = 0
    for match in _FIELD.finditer(template):
        name, spec = match.group(1), match.group(2) or ""
        if name == "":
            value = site.args[auto] if auto < len(site.args) else BOTTOM
            auto += 1
        elif name.isdigit():
            value = site.args[int(name)] if int(name) < len(site.args) else BOTTOM
        else:
            key = name.split(".")[0].split("[")[0]
            value = site.kwargs.get(key) or site.kwargs.get("**") or (site.args[0] if site.args else BOTTOM)
        values.append(BOTTOM if spec and NUMERIC_SPEC.search(spec) else value)
    head = template.split("{", 1)[0]
    text = _FIELD.sub("\x00", template)[:400]
    return AV(labels=taint_of(*values).labels, kwargs=(("prefix", head[:200]), ("text", text)))


def _fold_builtin(qual: str, values: list[Any]) -> Any:
    fn = __builtins__[qual[9:]] if isinstance(__builtins__, dict) else getattr(__builtins__, qual[9:])
    if qual in ("builtins.str",) and not isinstance(values[0], str | int | float | bool):
        return NO_CONST
    try:
        result = fn(*values)
    except (TypeError, ValueError, OverflowError):
        return NO_CONST
    return result if isinstance(result, str | int | float | bool) and len(str(result)) < 10_000 else NO_CONST
