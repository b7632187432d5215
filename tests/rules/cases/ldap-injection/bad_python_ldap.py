import ldap
from flask import request


def find_user():
    conn = ldap.initialize("ldap://ldap.internal")
    uid = request.args["uid"]
    return conn.search_s("ou=people,dc=corp", ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")
