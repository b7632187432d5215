"""Sanitisers per sink class, taint-killing conversions, and path-sensitive guards."""

from __future__ import annotations

import re

__all__ = [
    "ALL",
    "INJECTION",
    "KILLERS",
    "SANITISERS",
    "SAFE_METHODS",
    "cleared_by_call",
    "cleared_by_regex_sub",
    "cleared_by_replace",
    "promoted",
    "undone_by_call",
]

INJECTION = frozenset(
    {"sqli", "cmdi", "codeinj", "pathtraver", "ssrf", "xss", "redirect", "xxe", "ldapi",
     "xpathi", "deserialization", "trustbound"}
)
ALL = INJECTION
"""Every taint-tracked sink class (weak hash/random/cookie are not taint-based)."""

_HTML = frozenset({"xss"})
_URLQ = frozenset({"xss", "sqli", "cmdi", "ldapi", "xpathi", "codeinj", "redirect", "ssrf"})

SANITISERS: dict[str, frozenset[str]] = {
    "html.escape": _HTML,
    "cgi.escape": _HTML,  # with quote=True; without, see library._quote_unsafe_escape
    "markupsafe.escape": _HTML,
    "flask.escape": _HTML,
    "jinja2.escape": _HTML,
    "werkzeug.utils.escape": _HTML,
    "xml.sax.saxutils.escape": _HTML,
    "xml.sax.saxutils.quoteattr": _HTML | {"xpathi"},
    "bleach.clean": _HTML,
    "django.utils.html.escape": _HTML,
    "django.utils.html.strip_tags": _HTML,
    "django.utils.html.conditional_escape": _HTML,
    "django.utils.html.format_html": _HTML,
    "django.utils.html.escapejs": _HTML,
    "django.utils.html.urlize": _HTML,
    "markupsafe.escape_silent": _HTML,
    "nh3.clean": _HTML,
    "lxml.html.clean.clean_html": _HTML,
    "shlex.join": frozenset({"cmdi"}),
    "pymysql.converters.escape_string": frozenset({"sqli"}),
    "MySQLdb.escape_string": frozenset({"sqli"}),
    "ntpath.basename": frozenset({"pathtraver"}),
    "ldap3.utils.dn.escape_attribute_value": frozenset({"ldapi"}),
    "ldap3.utils.conv.escape_bytes": frozenset({"ldapi"}),
    "flask.render_template": _HTML,
    "flask.templating.render_template": _HTML,
    "flask.stream_template": _HTML,
    "django.template.loader.render_to_string": _HTML,
    "django.shortcuts.render": _HTML,
    "django.shortcuts.render_to_response": _HTML,
    "jinja2.utils.escape": _HTML,
    "shlex.quote": frozenset({"cmdi", "cmdi:quoted"}),
    "pipes.quote": frozenset({"cmdi", "cmdi:quoted"}),
    "os.path.basename": frozenset({"pathtraver"}),
    "posixpath.basename": frozenset({"pathtraver"}),
    "werkzeug.utils.secure_filename": ALL,
    "werkzeug.secure_filename": ALL,
    "werkzeug.utils.safe_join": frozenset({"pathtraver"}),
    "werkzeug.security.safe_join": frozenset({"pathtraver"}),
    "flask.safe_join": frozenset({"pathtraver"}),
    "ldap.filter.escape_filter_chars": frozenset({"ldapi"}),
    "ldap.dn.escape_dn_chars": frozenset({"ldapi"}),
    "ldap3.utils.conv.escape_filter_chars": frozenset({"ldapi"}),
    "ldap3.utils.dn.escape_rdn": frozenset({"ldapi"}),
    "urllib.parse.quote": _URLQ - {"redirect"},
    "urllib.parse.quote_plus": _URLQ | {"pathtraver"},
    "urllib.parse.urlencode": _URLQ,
    "flask.url_for": ALL,
    "json.loads": frozenset({"deserialization"}),
    "ast.literal_eval": frozenset({"codeinj", "deserialization"}),
    "defusedxml.ElementTree.fromstring": frozenset({"xxe"}),
    "ldap.filter.filter_format": frozenset({"ldapi"}),
    "psycopg2.sql.Identifier": frozenset({"sqli"}),
    "psycopg2.sql.Literal": frozenset({"sqli"}),
    "psycopg.sql.Identifier": frozenset({"sqli"}),
    "psycopg.sql.Literal": frozenset({"sqli"}),
    "markupsafe.Markup.escape": _HTML,
    "flask.Markup.escape": _HTML,
    "os.path.splitext": frozenset(),
}
"""Calls whose result is safe for the listed sink classes (the rest keep the taint)."""

KILLERS = frozenset(
    {
        "builtins.int", "builtins.float", "builtins.bool", "builtins.len", "builtins.abs",
        "builtins.round", "builtins.ord", "builtins.hash", "builtins.id", "builtins.isinstance",
        "builtins.issubclass", "builtins.callable", "builtins.type", "builtins.range",
        "builtins.hex", "builtins.oct", "builtins.bin", "builtins.complex", "builtins.any",
        "builtins.all", "builtins.hasattr",
        "uuid.uuid4", "uuid.UUID", "decimal.Decimal", "datetime.datetime.now", "time.time",
        "os.path.exists", "os.path.isfile", "os.path.isdir", "os.path.getsize",
        "secrets.token_hex", "secrets.token_urlsafe", "secrets.token_bytes", "os.urandom",
        "ipaddress.ip_address", "ipaddress.ip_network", "ipaddress.IPv4Address", "ipaddress.IPv6Address",
        "builtins.divmod", "builtins.pow", "datetime.date.fromisoformat", "datetime.datetime.fromisoformat",
        "secrets.randbelow", "time.monotonic",
    }
)
"""Calls whose result carries no attacker-controlled text (numbers, booleans, fresh ids)."""

SAFE_METHODS = frozenset(
    {
        "isdigit", "isalnum", "isalpha", "isnumeric", "isdecimal", "isidentifier", "isascii",
        "islower", "isupper", "isspace", "startswith", "endswith", "count", "find", "rfind",
        "index", "rindex", "hexdigest", "digest", "__len__", "bit_length", "is_relative_to",
        "exists", "is_file", "is_dir", "keys_count",
    }
)
"""Methods whose result is a number, a bool or a digest, so it carries no injectable text."""


def cleared_by_call(qual: str | None) -> frozenset[str] | None:
    """Sink classes a call to `qual` sanitises, or None when it is no sanitiser."""
    if qual is None:
        return None
    if qual in KILLERS:
        return ALL
    if qual in SANITISERS:
        return SANITISERS[qual]
    if qual.startswith("hashlib.") or qual.startswith("hmac."):
        return None  # the hash object is not data; its digest methods kill taint
    return None


def cleared_by_replace(old: object, new: object) -> frozenset[str]:
    """What `s.replace(old, new)` with constant arguments neutralises (usually nothing)."""
    if not isinstance(old, str) or not isinstance(new, str):
        return frozenset()
    out: set[str] = set()
    if ("<" in old or ">" in old) and "<" not in new and ">" not in new:
        out.add("xss")
    if old in ("'", '"') and new in ("''", '""', "\\'", '\\"', "&apos;", "&#39;", "&quot;", "&#34;", ""):
        out.update(("sqli", "xpathi"))
    hex_escape = re.fullmatch(r"\\[0-9a-fA-F]{2}", new) is not None
    if old in ("*", "(", ")", "\\", "\x00") and (hex_escape or old not in new.replace("\\" + old, "")):
        out.add(f"ldapchar:{old}")  # one special character handled; all four make a filter value safe
    return frozenset(out)


_LDAP_SPECIALS = frozenset({"ldapchar:*", "ldapchar:(", "ldapchar:)", "ldapchar:\\"})


def promoted(cleared: frozenset[str]) -> frozenset[str]:
    """Classes earned by a set of partial escapes (LDAP needs `*`, `(`, `)` and `\\` all escaped)."""
    return cleared | {"ldapi"} if _LDAP_SPECIALS <= cleared else cleared


_UNDO = {
    "html.unescape": frozenset({"xss"}),
    "xml.sax.saxutils.unescape": frozenset({"xss"}),
    "urllib.parse.unquote": INJECTION,
    "urllib.parse.unquote_plus": INJECTION,
    "urllib.parse.unquote_to_bytes": INJECTION,
    "markupsafe.Markup.unescape": frozenset({"xss"}),
}
"""Decoders that undo an escaping: the classes it protected are open again."""


def undone_by_call(qual: str | None) -> frozenset[str]:
    return _UNDO.get(qual or "", frozenset())


def cleared_by_regex_sub(pattern: object, replacement: object) -> frozenset[str]:
    """`re.sub('[^a-z0-9]', '', s)`: what remains after the deletion decides the safe classes."""
    from aise.tools.analysis.charsets import removed_chars, safe_classes

    if not isinstance(replacement, str):
        return frozenset()
    removed = removed_chars(pattern)
    if removed is None:
        return frozenset()
    remaining = frozenset(chr(i) for i in range(128)) - removed | frozenset(replacement)
    return safe_classes(remaining) & ALL
