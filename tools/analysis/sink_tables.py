"""Sink API tables per class (data only; the matching logic is in `sinks.py`).

Names are fully qualified as the interpreter resolves them (`import subprocess as sp` and
`from lxml import etree as ET` resolve to the same names).
"""

from __future__ import annotations

__all__ = [
    "CMD_STRING", "CODE", "CODE_TEMPLATE", "DESER", "SAFE_DESER", "HASH_FUNCS", "HTTP_CLIENT_INSTS", "HTTP_VERBS",
    "LDAP_SEARCH", "PATH_FIRST", "PATH_METHODS", "PATH_TWO", "PROGRAM_ONLY", "REDIRECT", "SAFE_RANDOM",
    "SHELLS", "SSRF_CALLS", "SSRF_HOST", "SQL_FUNCS", "SQL_METHODS", "SUBPROCESS", "WEAK_CIPHERS",
    "WEAK_HASHES", "WEAK_RANDOM", "XML_PARSE", "XPATH_CALLS", "XSS_CALLS",
]

CMD_STRING = frozenset({
    "os.system", "os.popen", "os.popen2", "os.popen3", "os.popen4", "commands.getoutput",
    "commands.getstatusoutput", "subprocess.getoutput", "subprocess.getstatusoutput",
    "asyncio.create_subprocess_shell", "platform.popen", "popen2.popen2", "popen2.popen3",
})
"""Calls that hand their first argument to a shell."""

PROGRAM_ONLY = frozenset({"pty.spawn", "pexpect.spawn", "pexpect.spawnu", "pexpect.run", "pexpect.runu"})
"""Calls that split a command line themselves (no shell): the program name is what matters."""

SUBPROCESS = frozenset({
    "subprocess.run", "subprocess.call", "subprocess.check_call", "subprocess.check_output",
    "subprocess.Popen", "asyncio.create_subprocess_exec",
})
"""Calls whose danger depends on `shell=True` or on running a shell with `-c`."""

SHELLS = frozenset({
    "sh", "bash", "zsh", "dash", "ksh", "csh", "tcsh", "fish", "busybox", "/bin/sh", "/bin/bash",
    "/bin/zsh", "/bin/dash", "/usr/bin/sh", "/usr/bin/bash", "/usr/bin/zsh", "/usr/bin/env", "cmd",
    "cmd.exe", "powershell", "powershell.exe", "pwsh",
})

CODE = frozenset({
    "builtins.eval", "builtins.exec", "builtins.compile", "builtins.__import__", "importlib.import_module",
    "code.compile_command", "timeit.timeit", "timeit.repeat", "pandas.eval", "numexpr.evaluate",
    "runpy.run_path", "runpy.run_module",
})
"""Calls that execute (or import) their first argument as code."""

CODE_TEMPLATE = frozenset({
    "flask.render_template_string", "flask.stream_template_string", "jinja2.Template",
    "jinja2.environment.Template", "mako.template.Template", "django.template.Template",
})
"""Template engines: an attacker-chosen template source is server-side template injection."""

DESER = frozenset({
    "pickle.loads", "pickle.load", "pickle.Unpickler", "_pickle.loads", "_pickle.load", "cPickle.loads",
    "cPickle.load", "dill.loads", "dill.load", "cloudpickle.loads", "cloudpickle.load", "marshal.loads",
    "marshal.load", "shelve.open", "shelve.DbfilenameShelf", "jsonpickle.decode", "jsonpickle.loads",
    "jsonpickle.unpickler.decode", "yaml.unsafe_load", "yaml.unsafe_load_all", "pandas.read_pickle",
    "joblib.load", "keras.models.load_model",
})
"""Calls that deserialise arbitrary objects from their first argument."""

SAFE_DESER = frozenset({
    "json.loads", "json.load", "yaml.safe_load", "yaml.safe_load_all", "yaml.full_load", "yaml.full_load_all",
    "tomllib.loads", "tomllib.load", "toml.loads", "msgpack.unpackb", "msgpack.loads", "msgpack.unpack",
    "django.core.signing.loads", "ast.literal_eval", "orjson.loads", "ujson.loads", "simplejson.loads",
    "xmltodict.parse", "cbor2.loads",
})
"""Deserialisers that build only plain data: the safe replacements for pickle and unsafe YAML."""

PATH_FIRST = frozenset({
    "builtins.open", "io.open", "codecs.open", "os.open", "os.remove", "os.unlink", "os.rmdir", "os.mkdir",
    "os.makedirs", "os.listdir", "os.scandir", "os.chmod", "os.chown", "os.removedirs", "os.truncate",
    "os.walk", "os.utime", "os.mkfifo", "shutil.rmtree", "shutil.unpack_archive", "shutil.make_archive",
    "flask.send_file", "flask.helpers.send_file", "werkzeug.utils.send_file", "fileinput.input",
    "tarfile.open", "tarfile.TarFile", "zipfile.ZipFile", "aiofiles.open", "io.FileIO",
    "linecache.getline", "glob.glob", "glob.iglob", "starlette.responses.FileResponse",
    "fastapi.responses.FileResponse", "pandas.read_csv", "pandas.read_excel", "pandas.read_json",
    "pandas.read_parquet", "pandas.read_table", "numpy.loadtxt", "numpy.genfromtxt",
})
"""Calls whose first argument (or `file`/`path`) is opened, listed, changed or sent."""

PATH_TWO = frozenset({
    "shutil.copy", "shutil.copyfile", "shutil.copy2", "shutil.copytree", "shutil.move", "os.rename",
    "os.replace", "os.symlink", "os.link", "os.renames",
})
"""Calls with a source and a destination path."""

PATH_METHODS = frozenset({
    "open", "read_text", "read_bytes", "write_text", "write_bytes", "unlink", "rmdir", "mkdir", "touch",
    "rename", "replace", "iterdir", "glob", "rglob", "symlink_to", "hardlink_to", "chmod",
})
"""`pathlib.Path` methods that touch the file system at the path."""

HTTP_VERBS = frozenset({"get", "post", "put", "patch", "delete", "head", "options", "request", "stream",
                        "urlopen", "fetch", "open"})

HTTP_CLIENT_INSTS = ("requests", "httpx", "urllib3", "aiohttp", "tornado.httpclient", "urllib.request.build_opener",
                     "urllib.request.OpenerDirector", "urllib2.build_opener", "pycurl")
"""Instance tags whose request methods take a URL."""

SSRF_CALLS = frozenset({
    "urllib.request.urlopen", "urllib.request.Request", "urllib.request.urlretrieve", "urllib.urlopen",
    "urllib2.urlopen", "urllib2.Request", "xmlrpc.client.ServerProxy", "feedparser.parse",
    "requests.get", "requests.post", "requests.put", "requests.patch", "requests.delete", "requests.head",
    "requests.options", "requests.api.get", "requests.api.post", "requests.api.request", "httpx.get",
    "httpx.post", "httpx.put", "httpx.patch", "httpx.delete", "httpx.head", "httpx.options",
    "tornado.httpclient.HTTPRequest",
})
"""Calls whose first argument (or `url`) is the URL requested."""

SSRF_HOST = frozenset({
    "http.client.HTTPConnection", "http.client.HTTPSConnection", "httplib.HTTPConnection",
    "httplib.HTTPSConnection", "socket.create_connection", "ftplib.FTP", "ftplib.FTP_TLS", "telnetlib.Telnet",
    "smtplib.SMTP", "smtplib.SMTP_SSL", "poplib.POP3", "imaplib.IMAP4", "imaplib.IMAP4_SSL",
    "urllib3.HTTPConnectionPool", "urllib3.HTTPSConnectionPool", "urllib3.connection_from_url",
    "ssl.get_server_certificate", "asyncio.open_connection",
})
"""Calls whose first argument is the host (or `(host, port)`) connected to."""

REDIRECT = frozenset({
    "flask.redirect", "werkzeug.utils.redirect", "werkzeug.redirect", "quart.redirect", "bottle.redirect",
    "django.shortcuts.redirect", "django.http.HttpResponseRedirect", "django.http.HttpResponsePermanentRedirect",
    "django.http.response.HttpResponseRedirect", "starlette.responses.RedirectResponse",
    "fastapi.responses.RedirectResponse", "aiohttp.web.HTTPFound", "aiohttp.web.HTTPSeeOther",
    "aiohttp.web.HTTPMovedPermanently", "aiohttp.web.HTTPTemporaryRedirect",
})

XSS_CALLS: dict[str, str] = {
    "flask.make_response": "html", "flask.Response": "html", "werkzeug.Response": "html",
    "werkzeug.wrappers.Response": "html", "quart.Response": "html", "quart.make_response": "html",
    "django.http.HttpResponse": "html", "django.http.response.HttpResponse": "html",
    "django.http.StreamingHttpResponse": "html",
    "django.utils.safestring.mark_safe": "markup", "django.utils.safestring.SafeString": "markup",
    "django.utils.safestring.SafeText": "markup", "markupsafe.Markup": "markup", "flask.Markup": "markup",
    "jinja2.Markup": "markup", "starlette.responses.HTMLResponse": "html",
    "fastapi.responses.HTMLResponse": "html", "starlette.responses.Response": "media",
    "fastapi.Response": "media", "fastapi.responses.Response": "media", "aiohttp.web.Response": "text",
    "bottle.HTTPResponse": "html",
}
"""Response constructors and markup marks: `html` defaults to HTML, `media` needs an HTML media type."""

SQL_FUNCS = frozenset({
    "sqlalchemy.text", "sqlalchemy.sql.text", "sqlalchemy.sql.expression.text", "pandas.read_sql",
    "pandas.read_sql_query", "django.db.models.expressions.RawSQL", "django.db.models.RawSQL",
    "sqlalchemy.literal_column", "sqlalchemy.sql.literal_column",
})
SQL_METHODS = frozenset({"execute", "executemany", "executescript", "mogrify", "raw", "exec_driver_sql",
                         "execute_sql", "fetch", "fetchrow", "fetchval", "read_sql", "read_sql_query"})
"""Methods whose first argument is SQL text (`fetch*` only on asyncpg/databases connections)."""

LDAP_SEARCH = frozenset({"search_s", "search_st", "search_ext", "search_ext_s", "paged_search", "search",
                         "search_subtree_s", "search_one_s"})

XPATH_CALLS = frozenset({
    "lxml.etree.XPath", "lxml.etree.ETXPath", "lxml.etree.XPathEvaluator.__call__",
    "lxml.etree.XPathDocumentEvaluator.__call__", "lxml.etree.XPathElementEvaluator.__call__",
})

XML_PARSE = frozenset({"fromstring", "parse", "XML", "parseString", "iterparse", "XMLID", "fromstringlist",
                       "feed", "parseFile", "parse_string"})

WEAK_HASHES = frozenset({"md5", "sha1", "md4", "md2", "sha", "ripemd160", "mdc2", "md5-sha1", "sha-1",
                         "md5_sha1", "sha0"})
HASH_FUNCS = frozenset({"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
                        "sha3_384", "sha3_512", "blake2b", "blake2s", "shake_128", "shake_256", "new",
                        "pbkdf2_hmac", "scrypt", "file_digest", "sha512_224", "sha512_256"})
WEAK_CIPHERS = frozenset({"DES", "DES3", "ARC2", "ARC4", "Blowfish", "XOR", "CAST", "TripleDES", "IDEA",
                          "SEED", "CAST5", "ECB"})
WEAK_RANDOM = frozenset({
    "random", "randint", "randrange", "choice", "choices", "uniform", "getrandbits", "randbytes",
    "normalvariate", "gauss", "sample", "shuffle", "triangular", "betavariate", "expovariate",
    "gammavariate", "lognormvariate", "paretovariate", "vonmisesvariate", "weibullvariate",
    "binomialvariate", "rand", "randn", "random_sample", "bytes", "integers", "random_integers",
    "permutation", "ranf",
})
SAFE_RANDOM = frozenset({
    "secrets.token_hex", "secrets.token_urlsafe", "secrets.token_bytes", "secrets.choice",
    "secrets.randbelow", "secrets.randbits", "os.urandom", "uuid.uuid4", "secrets.SystemRandom",
    "random.SystemRandom", "os.getrandom",
})
