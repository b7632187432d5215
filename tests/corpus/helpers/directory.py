"""Directory (LDAP) helpers."""

import os

_REPLACEMENTS = {"\\": r"\5c", "*": r"\2a", "(": r"\28", ")": r"\29", "\x00": r"\00"}


def escape_value(value):
    return "".join(_REPLACEMENTS.get(ch, ch) for ch in value)


def get_connection():
    import ldap3

    server = ldap3.Server(os.environ.get("LDAP_URL", "ldap://localhost:389"))
    return ldap3.Connection(
        server,
        user=os.environ.get("LDAP_BIND_DN"),
        password=os.environ.get("LDAP_BIND_PASSWORD"),
        auto_bind=True,
    )
