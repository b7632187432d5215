"""Sinks per class: which calls are dangerous, and which of their arguments matter.

The API tables are in `sink_tables.py`; weak-crypto, random and XML parser choices are
judged in `misuse.py`. Each matcher returns the argument values that must not carry taint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from aise.tools.analysis import sink_tables as T
from aise.tools.analysis.values import AV

__all__ = ["CallSite", "SinkCheck", "cookie_from_header", "is_session", "match_sinks", "non_html"]


@dataclass(frozen=True)
class CallSite:
    """A call as the interpreter saw it: resolved name, receiver and argument values."""

    qual: str | None
    method: str | None
    receiver: AV | None
    args: tuple[AV, ...]
    kwargs: dict[str, AV] = field(default_factory=dict)
    callee: AV | None = None
    """For a call of a parameter (a callback): the callee value, resolved by each caller."""

    def arg(self, index: int, name: str | None = None) -> AV | None:
        if name and name in self.kwargs:
            return self.kwargs[name]
        return self.args[index] if len(self.args) > index else None

    def kwconst(self, name: str) -> object:
        value = self.kwargs.get(name)
        return value.const if value is not None else None


@dataclass(frozen=True)
class SinkCheck:
    """One sink at a call: its class, the values that must not be tainted, API facts."""

    sink_class: str
    values: tuple[AV, ...]
    api: str
    weak: bool | None = None
    """For API-misuse sinks (hash, random, cookie, xml parser): True when the weak variant is used."""
    detail: tuple[tuple[str, str], ...] = ()


def _present(*values: AV | None) -> tuple[AV, ...]:
    return tuple(v for v in values if v is not None)


def match_sinks(call: CallSite) -> list[SinkCheck]:
    """Every sink this call is, with the argument values to check."""
    from aise.tools.analysis.misuse import api_misuse

    qual, method = call.qual or "", call.method or ""
    name = qual or f"?.{method}"
    out: list[SinkCheck] = []
    for matcher in (_commands, _injection, _responses, api_misuse, _method_sinks):
        out.extend(matcher(call, qual, method, name))
    return out


def _commands(call: CallSite, qual: str, method: str, name: str) -> list[SinkCheck]:
    if qual in T.CMD_STRING:
        return [SinkCheck("cmdi", _present(call.arg(0, "command") or call.arg(0, "cmd")), name)]
    if qual in T.SUBPROCESS:
        return [SinkCheck("cmdi", _subprocess_values(call), name)]
    if qual in T.PROGRAM_ONLY:
        first = call.arg(0, "command") or call.arg(0, "argv")
        if first is not None and first.items and first.items[0].is_const and str(first.items[0].const) in T.SHELLS:
            return [SinkCheck("cmdi", first.items, name)]  # pty.spawn(["sh", "-c", cmd])
        return [SinkCheck("cmdi", _program_of(first), name)] if first is not None else []
    if qual.startswith(("os.exec", "os.spawn", "os.posix_spawn")):
        args = call.args[1:] if qual.startswith("os.spawn") else call.args
        if not args:
            return []
        program, rest = args[0], args[1:]
        argv = rest[0].items if rest and rest[0].items is not None else rest
        shell = any(v.is_const and str(v.const) in T.SHELLS for v in (program, *argv[:1]))
        return [SinkCheck("cmdi", (program, *argv) if shell else (program,), name)]
    if method == "exec_command" and call.receiver is not None and "paramiko" in (call.receiver.inst or ""):
        return [SinkCheck("cmdi", _present(call.arg(0, "command")), name)]
    return []


def _program_of(first: AV) -> tuple[AV, ...]:
    if first.items:
        return (first.items[0],)
    prefix = dict(first.kwargs).get("prefix")
    if isinstance(prefix, str) and " " in prefix.strip() and prefix.split()[0] not in T.SHELLS:
        return ()
    return (first,)


def _subprocess_values(call: CallSite) -> tuple[AV, ...]:
    first = call.arg(0, "args")
    if first is None:
        return ()
    if (call.qual or "").endswith("_exec"):
        first = AV(items=call.args)  # create_subprocess_exec(program, *args)
    shell = call.kwargs.get("shell")
    if shell is None and "**" in call.kwargs:
        shell = AV()  # options spread from an unknown dict: shell may be on
    if (shell is not None and (bool(shell.const) if shell.is_const else True)) or (call.qual or "").endswith("_shell"):
        return (first,)
    if first.items is None:
        prefix = dict(first.kwargs).get("prefix")
        if isinstance(prefix, str) and prefix.strip() and " " in prefix.strip():
            program = prefix.split()[0]
            if program not in T.SHELLS and prefix.startswith(program + " "):
                return ()  # shlex.split("ls " + x) without a shell: x is only an argument
        return (first,)
    if first.items:
        head = first.items[0]
        if head.is_const and str(head.const) in T.SHELLS:
            return first.items
        if (call.qual or "").endswith("_exec"):
            return (head,) + (call.args[1:2] if call.args[1:2] and str(call.args[1].const) in ("-c", "/c") else ())
        return (head,)
    return ()


def _injection(call: CallSite, qual: str, method: str, name: str) -> list[SinkCheck]:
    if qual in T.CODE:
        return [SinkCheck("codeinj", _present(call.arg(0, "source") or call.arg(0, "stmt")
                                              or call.arg(0, "expr") or call.arg(0, "ex")), name)]
    if qual in T.CODE_TEMPLATE:
        return [SinkCheck("codeinj", _present(call.arg(0, "source") or call.arg(0, "text")), name)]
    if qual in T.DESER:
        return [SinkCheck("deserialization", _present(call.arg(0)), name, True)]
    if qual in T.SAFE_DESER:
        return [SinkCheck("deserialization", _present(call.arg(0)), name, False)]
    if qual in ("yaml.load", "yaml.load_all", "ruamel.yaml.load", "ruamel.yaml.load_all"):
        loader = call.arg(1, "Loader")
        tag = (loader.qual or loader.inst or "") if loader is not None else ""
        safe = tag.endswith(("SafeLoader", "BaseLoader", "FullLoader", "CSafeLoader", "CBaseLoader",
                             "CFullLoader")) or (loader is None and qual.startswith("yaml."))
        return [SinkCheck("deserialization", _present(call.arg(0, "stream")), name, not safe)]
    if qual == "torch.load":
        safe = call.kwconst("weights_only") is True
        return [SinkCheck("deserialization", _present(call.arg(0, "f")), name, not safe)]
    if qual == "numpy.load":
        unsafe = call.kwconst("allow_pickle") is True
        return [SinkCheck("deserialization", _present(call.arg(0, "file")), name, unsafe)]
    if qual in T.PATH_FIRST:
        first = call.arg(0, "file") or call.arg(0, "path") or call.arg(0, "name") or call.arg(0, "filename")
        if first is not None and (first.inst or "").startswith(("io.BytesIO", "io.StringIO", "upload")):
            return []  # send_file(BytesIO(...)): the data is sent, no path is opened
        return [SinkCheck("pathtraver", _present(first), name)]
    if qual in T.PATH_TWO:
        return [SinkCheck("pathtraver", _present(call.arg(0, "src"), call.arg(1, "dst")), name)]
    if qual in ("requests.Request", "httpx.Request", "requests.models.Request"):
        return [SinkCheck("ssrf", _present(call.arg(1, "url")), name)]
    if qual in ("httpx.Client", "httpx.AsyncClient") and "base_url" in call.kwargs:
        return [SinkCheck("ssrf", (call.kwargs["base_url"],), name)]
    if qual in T.SSRF_CALLS:
        return [SinkCheck("ssrf", _present(call.arg(0, "url")), name)]
    if qual in T.SSRF_HOST:
        host = call.arg(0, "host") or call.arg(0, "address")
        if host is not None and host.items:
            host = host.items[0]
        return [SinkCheck("ssrf", _present(host), name)]
    head, _, last = qual.rpartition(".")
    if head in ("requests", "httpx", "requests.api", "aiohttp", "urllib3") and last in ("request", "stream"):
        return [SinkCheck("ssrf", _present(call.arg(1, "url")), name)]
    if qual in T.REDIRECT:
        return [SinkCheck("redirect", _present(call.arg(0, "location") or call.arg(0, "url")
                                               or call.arg(0, "to")), name)]
    if qual in T.SQL_FUNCS:
        return [SinkCheck("sqli", _present(call.arg(0, "sql") or call.arg(0, "text")), name)]
    if qual in T.XPATH_CALLS:
        return [SinkCheck("xpathi", _present(call.arg(0, "path") or call.arg(0, "_path")), name)]
    if qual in ("elementpath.select", "elementpath.iter_select"):
        return [SinkCheck("xpathi", _present(call.arg(1, "path")), name)]
    if qual == "elementpath.Selector":
        return [SinkCheck("xpathi", _present(call.arg(0, "path")), name)]
    return []


def non_html(content_type: str) -> bool:
    """A content type that browsers will not render as HTML."""
    lowered = content_type.lower()
    return bool(lowered) and "html" not in lowered and "xml" not in lowered and "svg" not in lowered


def _responses(call: CallSite, qual: str, method: str, name: str) -> list[SinkCheck]:
    kind = T.XSS_CALLS.get(qual)
    out: list[SinkCheck] = []
    if kind is None and qual not in ("flask.render_template_string", "flask.stream_template_string"):
        return out
    headers = call.kwargs.get("headers") or (call.args[2] if qual.endswith("Response") and len(call.args) > 2 else None)
    location = _header(headers, "location")
    if location is not None:
        out.append(SinkCheck("redirect", (location,), f"{name}(headers=Location)"))
    if qual in ("flask.render_template_string", "flask.stream_template_string"):
        template = call.arg(0, "source")
        text = str(template.const) if template is not None and template.is_const else ""
        raw = bool(re.search(r"\|\s*safe\b|autoescape\s+false", text, re.IGNORECASE))
        values = (template,) if template is not None and not template.is_const else ()
        if raw:
            values += tuple(v for k, v in call.kwargs.items() if k != "source")
        return out + [SinkCheck("xss", values, name)]
    content_type = _content_type(call, qual, headers)
    if kind == "media" and "html" not in content_type.lower():
        return out
    if kind == "text" and "html" not in content_type.lower():
        return out
    if non_html(content_type):
        return out
    body = call.arg(0, "response") or call.arg(0, "content") or call.arg(0, "body") or call.arg(0, "text")
    if kind == "text":
        body = call.kwargs.get("text") or call.kwargs.get("body")
    return out + [SinkCheck("xss", _present(body), name)]


def _content_type(call: CallSite, qual: str, headers: AV | None) -> str:
    for key in ("mimetype", "content_type", "media_type"):
        value = call.kwconst(key)
        if value:
            return str(value)
    if qual.startswith("django.") and len(call.args) > 1 and call.args[1].is_const:
        return str(call.args[1].const)
    if qual.startswith(("starlette.", "fastapi.")) and len(call.args) > 3 and call.args[3].is_const:
        return str(call.args[3].const)
    value = _header(headers, "content-type")
    return str(value.const) if value is not None and value.is_const else ""


def _header(headers: AV | None, wanted: str) -> AV | None:
    for key, value in (headers.keys or ()) if headers is not None else ():
        if str(key).lower() == wanted:
            return value
    return None


def _method_sinks(call: CallSite, qual: str, method: str, name: str) -> list[SinkCheck]:
    if not method:
        return []
    recv = call.receiver
    inst = (recv.inst or "") if recv is not None else ""
    rq = (recv.qual or "") if recv is not None else ""
    tag = (inst + " " + rq).lower()
    if method in T.SQL_METHODS:
        if rq.startswith(("subprocess", "os", "asyncio", "concurrent", "pandas")) or "executor" in tag:
            return []
        if method.startswith("fetch") and not any(w in tag for w in ("asyncpg", "databases", "pool", "conn")):
            return []
        return [SinkCheck("sqli", _present(call.arg(0, "sql") or call.arg(0, "operation")
                                           or call.arg(0, "query") or call.arg(0, "raw_query")), name)]
    if method == "extra" and recv is not None and (not rq or rq.endswith("objects")):
        values = tuple(v for k, v in call.kwargs.items() if k in ("where", "select", "tables", "order_by"))
        return [SinkCheck("sqli", values, name)] if values else []
    if method in ("xpath", "xpathEval", "xpathEvalExpression") and not rq:
        return [SinkCheck("xpathi", _present(call.arg(0, "_path") or call.arg(0, "path")), name)]
    if method == "evaluate" and ("xpath" in tag or "etree" in tag):
        return [SinkCheck("xpathi", _present(call.arg(0, "_path")), name)]
    if method in ("find", "findall", "findtext", "iterfind") and any(w in tag for w in ("etree", "elementtree", "lxml")):
        return [SinkCheck("xpathi", _present(call.arg(0, "path") or call.arg(0, "match")), name)]
    if method in ("load", "load_all") and inst.startswith("ruamel.yaml.YAML"):
        unsafe = dict(recv.kwargs if recv else ()).get("typ") in ("unsafe",)
        return [SinkCheck("deserialization", _present(call.arg(0, "stream")), name, unsafe)]
    if method in ("loads", "load") and (inst.startswith("itsdangerous") or "signing" in inst):
        return [SinkCheck("deserialization", _present(call.arg(0, "s")), name, False)]
    if method == "load" and inst.startswith("pickle.Unpickler"):
        return [SinkCheck("deserialization", (recv,) if recv is not None else (), name, True)]
    if method in ("query", "eval") and ("pandas" in tag or "dataframe" in tag or inst.endswith(("DataFrame", ".df"))):
        return [SinkCheck("codeinj", _present(call.arg(0, "expr")), name)]
    if method == "parse" and "elementpath" in tag:
        return [SinkCheck("xpathi", _present(call.arg(0, "source")), name)]
    if method in T.LDAP_SEARCH and (method != "search" or "ldap" in tag or "search_filter" in call.kwargs):
        values = (call.args[:1] + call.args[1:3]) + tuple(v for k, v in call.kwargs.items()
                                                            if "filter" in k or "base" in k)
        return [SinkCheck("ldapi", values, name)]
    if method in T.HTTP_VERBS and any(inst.startswith(p) for p in T.HTTP_CLIENT_INSTS):
        if inst.startswith(("http.client",)):
            return []
        index = 1 if method in ("request", "urlopen") and not inst.startswith("urllib.request") else 0
        return [SinkCheck("ssrf", _present(call.arg(index, "url")), name)]
    if method == "connect" and inst.startswith("socket.socket"):
        address = call.arg(0, "address")
        return [SinkCheck("ssrf", _present(address.items[0] if address and address.items else address), name)]
    if method in ("set_cookie", "set_signed_cookie"):
        return [_cookie(call, name)]
    if method in ("add", "set", "append", "add_header", "setdefault") and inst.endswith("headers") and call.args:
        key = call.args[0]
        header = str(key.const).lower() if key.is_const else ""
        value = call.arg(1, "_value")
        if header == "set-cookie" and value is not None:
            return [cookie_from_header(value, name)]
        if header in ("location", "refresh") and value is not None:
            return [SinkCheck("redirect", (value,), name)]
        return []
    if method in T.PATH_METHODS and recv is not None and inst.startswith(("pathlib", "Path")):
        return [SinkCheck("pathtraver", (recv,), name)]
    if method in ("extractall", "extract") and inst.startswith("tarfile"):
        # Tar members can name `../` paths; Python 3.12's `filter="data"` (or "tar") rejects them.
        filtered = call.kwconst("filter") in ("data", "tar") or (
            "filter" in call.kwargs and not call.kwargs["filter"].is_const)
        return [SinkCheck("pathtraver", (recv,) if recv is not None else (), name, False if filtered else None)]
    if method == "save" and recv is not None and inst.startswith(("werkzeug.FileStorage", "upload")):
        return [SinkCheck("pathtraver", _present(call.arg(0, "dst")), name)]
    if method == "setopt" and call.args and (call.args[0].qual or "").endswith(".URL") and len(call.args) > 1:
        return [SinkCheck("ssrf", (call.args[1],), name)]  # pycurl
    if method in ("set_data", "write", "finish") and recv is not None and ("response" in tag or "handler" in tag):
        return [SinkCheck("xss", _present(call.arg(0)), name)]
    if method in ("update", "setdefault", "__setitem__") and is_session(recv):
        return [SinkCheck("trustbound", call.args + tuple(call.kwargs.values()), name)]
    if method in ("append", "extend", "insert", "add", "update", "setdefault") and inst == "session.item":
        return [SinkCheck("trustbound", call.args + tuple(call.kwargs.values()), name)]
    if method in ("render", "stream", "generate", "render_async") and recv is not None and (
            inst.startswith("jinja2.Template") or inst.endswith("from_string")):
        autoescape = dict(recv.kwargs).get("autoescape", False)
        if autoescape is not False and autoescape is not None:
            return []
        # jinja2 does not autoescape unless asked to: rendered values land raw in the HTML.
        return [SinkCheck("xss", call.args + tuple(call.kwargs.values()), name)]
    if method == "from_string" and inst.startswith("jinja2"):
        return [SinkCheck("codeinj", _present(call.arg(0, "source")), name)]
    if method in ("runsource", "runcode", "push") and inst.startswith("code."):
        return [SinkCheck("codeinj", _present(call.arg(0, "source")), name)]
    if method == "redirect" and recv is not None and recv.labels and all(lb.is_param for lb in recv.labels):
        return [SinkCheck("redirect", _present(call.arg(0, "url")), name)]  # tornado/handler self.redirect
    return []


def is_session(value: AV | None) -> bool:
    if value is None:
        return False
    tag = (value.qual or value.inst or "").lower()
    return tag.endswith("session") and not tag.startswith(("requests", "sqlalchemy", "aiohttp", "httpx",
                                                           "db.", "boto"))


def _flag_state(value: AV | None) -> str:
    if value is None:
        return "missing"
    if value.is_const:
        return "true" if value.const else "false"
    return "dynamic"


def _cookie(call: CallSite, name: str) -> SinkCheck:
    secure = call.kwargs.get("secure")
    httponly = call.kwargs.get("httponly")
    s, h = _flag_state(secure), _flag_state(httponly)
    if secure is None and "**" in call.kwargs:
        s = "dynamic"  # flags spread from a dict the analysis could not read
    detail = (("secure", s), ("httponly", h), ("samesite", str(call.kwconst("samesite"))))
    weak = None if s == "dynamic" else s != "true"
    return SinkCheck("securecookie", _present(call.arg(1, "value")), name, weak, detail)


def cookie_from_header(value: AV, name: str) -> SinkCheck:
    """A raw `Set-Cookie` header: the Secure attribute must appear in its text."""
    text = str(value.const) if value.is_const else str(dict(value.kwargs).get("text") or "")
    flags = dict(value.kwargs)
    if "secure" in flags and not text:
        state = "true" if flags["secure"] else "false"
    elif not text:
        state = "dynamic"
    else:
        state = "true" if re.search(r";\s*secure\s*(;|$)", text, re.IGNORECASE) else "missing"
    weak = None if state == "dynamic" else state != "true"
    return SinkCheck("securecookie", (), name, weak, (("secure", state), ("header", "set-cookie")))
