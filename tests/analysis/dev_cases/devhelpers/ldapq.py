"""LDAP filter builders."""

from ldap3.utils.conv import escape_filter_chars


def user_filter(login):
    return "(&(objectClass=person)(uid=" + login.strip() + "))"


def safe_user_filter(login):
    return "(&(objectClass=person)(uid=%s))" % escape_filter_chars(login.strip())
