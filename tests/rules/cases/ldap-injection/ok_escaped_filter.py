import ldap
from flask import request
from ldap.filter import escape_filter_chars, filter_format


def find_user(conn):
    uid = escape_filter_chars(request.args["uid"])
    first = conn.search_s("ou=people,dc=corp", ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")
    query = filter_format("(mail=%s)", [request.args["mail"]])
    second = conn.search_s("ou=people,dc=corp", ldap.SCOPE_SUBTREE, query)
    return first, second
