"""Where attacker-controlled data enters: request objects, argv, input(), environment, files."""

from __future__ import annotations

__all__ = [
    "REQUEST_QUALS",
    "REQUEST_SAFE_ATTRS",
    "SOURCE_CALLS",
    "SOURCE_QUALS",
    "source_kind_for_qual",
]

REQUEST_QUALS = frozenset(
    {
        "flask.request",
        "quart.request",
        "bottle.request",
        "werkzeug.wrappers.Request",
        "django.http.HttpRequest",
        "starlette.requests.Request",
        "fastapi.Request",
        "fastapi.requests.Request",
    }
)
"""Names that denote the current HTTP request object."""

REQUEST_SAFE_ATTRS = frozenset(
    {
        "method",
        "remote_addr",
        "scheme",
        "is_secure",
        "endpoint",
        "blueprint",
        "url_rule",
        "content_length",
        "mimetype",
        "is_json",
        "session",
        "user",
        "app",
        "routing_exception",
        "max_content_length",
        "host_url",
        "url_root",
        "root_url",
        "get_host",
        "get_port",
        "resolver_match",
        "csrf_processing_done",
        "auth",
        "state",
    }
)
"""Request attributes the client does not choose (or that are not data)."""

SOURCE_QUALS: dict[str, str] = {
    "sys.argv": "argv",
    "os.environ": "env",
    "sys.stdin": "stdin",
}
"""Module attributes that are sources when read."""

SOURCE_CALLS: dict[str, str] = {
    "builtins.input": "stdin",
    "os.getenv": "env",
    "os.environ.get": "env",
    "sys.stdin.read": "stdin",
    "sys.stdin.readline": "stdin",
    "flask.request.get_json": "request",
    "flask.request.get_data": "request",
}
"""Calls whose result is attacker-controlled."""

# Methods on a file/socket object whose result is external data.
_READ_METHODS = frozenset({"read", "readline", "readlines", "recv", "recvfrom", "recv_into"})


def source_kind_for_qual(qual: str) -> str | None:
    """The source kind of a call or attribute with this qualified name, if it is one."""
    if qual in SOURCE_CALLS:
        return SOURCE_CALLS[qual]
    if qual in SOURCE_QUALS:
        return SOURCE_QUALS[qual]
    head, _, last = qual.rpartition(".")
    if last in _READ_METHODS and (head.startswith("socket.") or head.endswith("makefile")):
        return "socket"
    return None
