"""Sinks per class: which calls are dangerous, and which of their arguments matter."""

from __future__ import annotations

from dataclasses import dataclass, field

from aise.tools.analysis.values import AV

__all__ = ["CallSite", "SinkCheck", "match_sinks"]

_CMD_ALL = frozenset({"os.system", "os.popen", "os.popen2", "os.popen3", "commands.getoutput",
                      "subprocess.getoutput", "subprocess.getstatusoutput", "pty.spawn"})
_SUBPROCESS = frozenset({"subprocess.run", "subprocess.call", "subprocess.check_call",
                         "subprocess.check_output", "subprocess.Popen", "asyncio.create_subprocess_exec",
                         "asyncio.create_subprocess_shell"})
_SHELLS = frozenset({"sh", "bash", "zsh", "/bin/sh", "/bin/bash", "cmd", "cmd.exe", "powershell",
                     "/usr/bin/bash", "pwsh"})
_CODE = frozenset({"builtins.eval", "builtins.exec", "builtins.compile", "builtins.__import__",
                   "importlib.import_module"})
_DESER = frozenset({"pickle.loads", "pickle.load", "_pickle.loads", "cPickle.loads", "dill.loads",
                    "dill.load", "marshal.loads", "marshal.load", "shelve.open", "jsonpickle.decode",
                    "yaml.unsafe_load", "pandas.read_pickle",
                    "pickle.Unpickler", "joblib.load", "cloudpickle.loads"})
_PATH = frozenset({"builtins.open", "io.open", "codecs.open", "os.open", "os.remove", "os.unlink",
                   "os.rmdir", "os.mkdir", "os.makedirs", "os.listdir", "os.rename", "os.replace",
                   "os.scandir", "os.chmod", "os.removedirs", "shutil.copy", "shutil.copyfile",
                   "shutil.copy2", "shutil.move", "shutil.rmtree", "shutil.copytree",
                   "flask.send_file", "fileinput.input", "tarfile.open", "zipfile.ZipFile",
                   "aiofiles.open", "io.FileIO", "os.truncate"})
_PATH_METHODS = frozenset({"open", "read_text", "read_bytes", "write_text", "write_bytes", "unlink",
                           "rmdir", "mkdir", "touch", "rename", "iterdir", "glob"})
_HTTP_VERBS = frozenset({"get", "post", "put", "patch", "delete", "head", "options", "request",
                         "stream"})
_SSRF_CALLS = frozenset({"urllib.request.urlopen", "urllib.request.Request", "urllib.urlopen",
                         "urllib2.urlopen", "http.client.HTTPConnection",
                         "http.client.HTTPSConnection", "socket.create_connection"})
_REDIRECT = frozenset({"flask.redirect", "werkzeug.utils.redirect", "django.shortcuts.redirect",
                       "django.http.HttpResponseRedirect", "django.http.HttpResponsePermanentRedirect",
                       "starlette.responses.RedirectResponse", "fastapi.responses.RedirectResponse",
                       "bottle.redirect"})
_XSS = frozenset({"flask.render_template_string", "jinja2.Template", "markupsafe.Markup",
                  "flask.Markup", "flask.make_response", "flask.Response", "werkzeug.Response",
                  "werkzeug.wrappers.Response", "django.http.HttpResponse",
                  "django.utils.safestring.mark_safe", "starlette.responses.HTMLResponse",
                  "fastapi.responses.HTMLResponse", "flask.render_template_string.render"})
_WEAK_HASHES = frozenset({"md5", "sha1", "md4", "md2", "sha", "ripemd160", "mdc2", "md5-sha1",
                          "sha-1"})
_HASH_FUNCS = frozenset({"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224",
                         "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s", "shake_128",
                         "shake_256", "new", "pbkdf2_hmac", "scrypt"})
_WEAK_CIPHERS = frozenset({"DES", "DES3", "ARC2", "ARC4", "Blowfish", "XOR", "CAST", "TripleDES",
                           "IDEA", "SEED", "CAST5", "ECB"})
_WEAK_RANDOM = frozenset({"random", "randint", "randrange", "choice", "choices", "uniform",
                          "getrandbits", "randbytes", "normalvariate", "gauss", "sample", "shuffle",
                          "triangular", "betavariate", "expovariate", "gammavariate",
                          "lognormvariate", "paretovariate", "vonmisesvariate", "weibullvariate",
                          "binomialvariate", "rand", "randn", "random_sample", "bytes",
                          "integers"})
_SAFE_RANDOM = frozenset({"secrets.token_hex", "secrets.token_urlsafe", "secrets.token_bytes",
                          "secrets.choice", "secrets.randbelow", "secrets.randbits", "os.urandom",
                          "uuid.uuid4", "secrets.SystemRandom"})
_XML_PARSE = frozenset({"fromstring", "parse", "XML", "parseString", "iterparse", "XMLID",
                        "fromstringlist", "feed"})


@dataclass(frozen=True)
class CallSite:
    """A call as the interpreter saw it: resolved name, receiver and argument values."""

    qual: str | None
    method: str | None
    receiver: AV | None
    args: tuple[AV, ...]
    kwargs: dict[str, AV] = field(default_factory=dict)

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
    qual, method = call.qual or "", call.method or ""
    name = qual or f"?.{method}"
    out: list[SinkCheck] = []
    for matcher in (_injection, _api_misuse, _method_sinks):
        out.extend(matcher(call, qual, method, name))
    return out


def _injection(call: CallSite, qual: str, method: str, name: str) -> list[SinkCheck]:
    if qual in _CMD_ALL:
        return [SinkCheck("cmdi", _present(call.arg(0, "command"), call.arg(0, "cmd")), name)]
    if qual in _SUBPROCESS:
        return [SinkCheck("cmdi", _subprocess_values(call), name)]
    if qual.startswith(("os.exec", "os.posix_spawn")):
        return [SinkCheck("cmdi", call.args[:1], name)]
    if qual.startswith("os.spawn"):
        return [SinkCheck("cmdi", call.args[1:2], name)]
    if qual in _CODE:
        return [SinkCheck("codeinj", _present(call.arg(0, "source")), name)]
    if qual in _DESER:
        return [SinkCheck("deserialization", _present(call.arg(0)), name)]
    if qual == "torch.load":
        if call.kwconst("weights_only") is True:
            return []
        return [SinkCheck("deserialization", _present(call.arg(0, "f")), name)]
    if qual == "yaml.load":
        loader = call.arg(1, "Loader")
        safe = loader is not None and (loader.qual or "").endswith(
            ("SafeLoader", "BaseLoader", "FullLoader", "CSafeLoader"))
        return [] if safe else [SinkCheck("deserialization", _present(call.arg(0, "stream")), name)]
    if qual in _PATH:
        return [SinkCheck("pathtraver", _present(call.arg(0, "file"), call.arg(1, "dst")) if
                          qual.startswith(("shutil.", "os.rename", "os.replace"))
                          else _present(call.arg(0, "file")), name)]
    if qual in _SSRF_CALLS:
        return [SinkCheck("ssrf", _present(call.arg(0, "url")), name)]
    head, _, last = qual.rpartition(".")
    if head in ("requests", "httpx", "requests.api", "aiohttp") and last in _HTTP_VERBS:
        index = 1 if last == "request" else 0
        return [SinkCheck("ssrf", _present(call.arg(index, "url")), name)]
    if qual in _REDIRECT:
        return [SinkCheck("redirect", _present(call.arg(0, "location") or call.arg(0, "url")), name)]
    if qual in _XSS:
        mimetype = str(call.kwconst("mimetype") or call.kwconst("content_type") or "")
        if mimetype and "html" not in mimetype:
            return []
        return [SinkCheck("xss", _present(call.arg(0, "response") or call.arg(0, "content")), name)]
    if qual in ("sqlalchemy.text", "sqlalchemy.sql.text", "sqlalchemy.sql.expression.text"):
        return [SinkCheck("sqli", _present(call.arg(0)), name)]
    if qual in ("lxml.etree.XPath", "lxml.etree.XPathEvaluator", "lxml.etree.ETXPath"):
        return [SinkCheck("xpathi", _present(call.arg(0)), name)]
    if qual in ("elementpath.select", "elementpath.iter_select", "elementpath.Selector"):
        return [SinkCheck("xpathi", _present(call.arg(1, "path") if qual != "elementpath.Selector"
                                             else call.arg(0, "path")), name)]
    return []


def _subprocess_values(call: CallSite) -> tuple[AV, ...]:
    first = call.arg(0, "args")
    if first is None:
        return ()
    if call.kwconst("shell") is True or (call.qual or "").endswith("_shell"):
        return (first,)
    prefix = dict(first.kwargs).get("prefix")
    if isinstance(prefix, str) and prefix.strip() and " " in prefix.strip() + " " and first.items is None:
        program = prefix.split()[0] if prefix.split() else ""
        if program and program not in _SHELLS and prefix.startswith(program + " "):
            return ()  # shlex.split("ls " + x) without a shell: x is only an argument
    if first.items:
        head = first.items[0]
        if head.is_const and str(head.const) in _SHELLS:
            return first.items
        return (head,) + tuple(call.args[1:2]) if (call.qual or "").endswith("_exec") else (head,)
    return (first,)


def _api_misuse(call: CallSite, qual: str, method: str, name: str) -> list[SinkCheck]:
    head, _, last = qual.rpartition(".")
    if head == "hashlib" and last in _HASH_FUNCS:
        algo = last
        if last == "new":
            value = call.arg(0, "name")
            algo = str(value.const).lower() if value is not None and value.is_const else "?"
        elif last == "pbkdf2_hmac":
            value = call.arg(0, "hash_name")
            algo = str(value.const).lower() if value is not None and value.is_const else "?"
        weak = None if algo == "?" else algo in _WEAK_HASHES
        detail = (("algorithm", algo),)
        if call.kwconst("usedforsecurity") is False:
            detail += (("usedforsecurity", "false"),)
        return [SinkCheck("hash", (), name, weak, detail)]
    if qual.startswith(("Crypto.Hash.", "Cryptodome.Hash.")) and last == "new":
        algo = head.rpartition(".")[2].lower()
        return [SinkCheck("hash", (), name, algo in _WEAK_HASHES, (("algorithm", algo),))]
    if qual.startswith("cryptography.hazmat.primitives.hashes."):
        return [SinkCheck("hash", (), name, last.lower() in _WEAK_HASHES, (("algorithm", last),))]
    if qual == "hmac.new":
        digest = call.arg(2, "digestmod")
        algo = (digest.qual or str(digest.const)).rpartition(".")[2].lower() if digest else "md5"
        return [SinkCheck("hash", (), name, algo in _WEAK_HASHES, (("algorithm", algo),))]
    if qual.startswith(("Crypto.Cipher.", "Cryptodome.Cipher.", "cryptography.hazmat")) and (
        head.rpartition(".")[2] in _WEAK_CIPHERS or last in _WEAK_CIPHERS
    ):
        return [SinkCheck("cipher", (), name, True, (("algorithm", last),))]
    if head in ("random", "numpy.random", "random.Random") and last in _WEAK_RANDOM:
        return [SinkCheck("weakrand", (), name, True, (("generator", qual),))]
    if qual in _SAFE_RANDOM or head in ("random.SystemRandom", "secrets"):
        return [SinkCheck("weakrand", (), name, False, (("generator", qual),))]
    if call.receiver is not None and method in _WEAK_RANDOM:
        inst = call.receiver.inst or ""
        if inst in ("random.Random", "numpy.random.default_rng", "numpy.random.RandomState"):
            return [SinkCheck("weakrand", (), f"{inst}.{method}", True, (("generator", inst),))]
        if inst in ("random.SystemRandom", "secrets.SystemRandom"):
            return [SinkCheck("weakrand", (), f"{inst}.{method}", False, (("generator", inst),))]
    return _xml(call, qual, method, name)


def _xml(call: CallSite, qual: str, method: str, name: str) -> list[SinkCheck]:
    head, _, last = qual.rpartition(".")
    data = _present(call.arg(0, "source") or call.arg(0, "text") or call.arg(0, "string"))
    if head.startswith("defusedxml"):
        return [SinkCheck("xxe", data, name, False, (("parser", "defusedxml"),))]
    if head in ("lxml.etree", "lxml.objectify") and last in _XML_PARSE:
        parser = call.arg(1, "parser")
        resolve = dict(parser.kwargs).get("resolve_entities") if parser is not None else None
        if "resolve_entities" in call.kwargs:
            resolve = call.kwconst("resolve_entities")
        weak = not (resolve is False or resolve == "internal")
        detail = (("parser", "lxml"), ("resolve_entities", str(resolve)))
        return [SinkCheck("xxe", data, name, weak, detail)]
    if head in ("xml.etree.ElementTree", "xml.etree.cElementTree", "xml.dom.minidom",
                "xml.dom.pulldom", "xml.sax", "xml.dom.expatbuilder") and last in _XML_PARSE:
        handler = call.arg(1, "handler") if head == "xml.sax" else call.kwargs.get("parser")
        weak = bool(handler is not None and dict(handler.kwargs).get("external_ges"))
        return [SinkCheck("xxe", data, name, weak, (("parser", head),))]
    if call.receiver is not None and method in ("parse", "feed", "parseString"):
        inst = call.receiver.inst or ""
        if inst.startswith(("xml.sax.make_parser", "xml.sax.expatreader", "lxml.etree.XMLParser")):
            kwargs = dict(call.receiver.kwargs)
            weak = bool(kwargs.get("external_ges")) or (
                inst.startswith("lxml") and kwargs.get("resolve_entities") is not False)
            return [SinkCheck("xxe", data, f"{inst}.{method}", weak, (("parser", inst),))]
    return []


def _method_sinks(call: CallSite, qual: str, method: str, name: str) -> list[SinkCheck]:
    if not method:
        return []
    recv = call.receiver
    inst = (recv.inst or "") if recv is not None else ""
    rq = (recv.qual or "") if recv is not None else ""
    if method in ("execute", "executemany", "executescript", "mogrify", "raw"):
        if rq.startswith(("subprocess", "os")):
            return []
        return [SinkCheck("sqli", _present(call.arg(0, "sql") or call.arg(0, "operation")), name)]
    if method in ("xpath", "evaluate") and not rq:
        if method == "evaluate" and "xpath" not in inst.lower() and "etree" not in inst:
            return []
        return [SinkCheck("xpathi", _present(call.arg(0, "_path")), name)]
    if method in ("find", "findall", "findtext", "iterfind") and ("etree" in inst or "ElementTree" in inst):
        return [SinkCheck("xpathi", _present(call.arg(0, "path")), name)]
    if method in ("search_s", "search_st", "search_ext", "search_ext_s") or (
        method in ("search", "paged_search") and "ldap" in (inst + rq).lower()
    ):
        values = call.args[:3] + tuple(v for k, v in call.kwargs.items() if "filter" in k or "base" in k)
        return [SinkCheck("ldapi", values, name)]
    if method in _HTTP_VERBS and inst.startswith(("requests", "httpx", "urllib3", "aiohttp")):
        index = 1 if method == "request" else 0
        return [SinkCheck("ssrf", _present(call.arg(index, "url")), name)]
    if method == "set_cookie":
        return [_cookie(call, name)]
    if method in _PATH_METHODS and recv is not None and inst.startswith(("pathlib", "Path")):
        return [SinkCheck("pathtraver", (recv,), name)]
    if method in ("set_data",) and recv is not None:
        return [SinkCheck("xss", _present(call.arg(0)), name)]
    if method in ("update", "setdefault", "__setitem__") and _is_session(recv):
        return [SinkCheck("trustbound", call.args + tuple(call.kwargs.values()), name)]
    if method in ("render", "stream") and (inst.startswith("jinja2.Template") or inst.endswith("from_string")):
        if "autoescape" in inst or dict(recv.kwargs if recv else ()).get("autoescape") is True:
            return []
        # jinja2 does not autoescape unless asked to: rendered values land raw in the HTML.
        return [SinkCheck("xss", call.args + tuple(call.kwargs.values()), name)]
    return []


def _is_session(value: AV | None) -> bool:
    if value is None:
        return False
    tag = (value.qual or value.inst or "").lower()
    return tag.endswith("session") and not tag.startswith(("requests", "sqlalchemy", "aiohttp"))


def _cookie(call: CallSite, name: str) -> SinkCheck:
    secure, httponly = call.kwargs.get("secure"), call.kwargs.get("httponly")

    def state(value: AV | None) -> str:
        if value is None:
            return "missing"
        if value.is_const:
            return "true" if value.const else "false"
        return "dynamic"

    s, h = state(secure), state(httponly)
    detail = (("secure", s), ("httponly", h), ("samesite", str(call.kwconst("samesite"))))
    weak = None if s == "dynamic" else s != "true"
    return SinkCheck("securecookie", _present(call.arg(1, "value")), name, weak, detail)
