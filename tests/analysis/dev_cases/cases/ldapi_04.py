import ldap
from flask import Flask, request

app = Flask(__name__)


@app.get("/directory/group")
def group_members():
    group = request.cookies.get("group", "staff")
    conn = ldap.initialize("ldap://ldap.internal")
    flt = "(&(objectClass=groupOfNames)(cn={}))".format(group)
    results = conn.search_ext_s("ou=groups,dc=example,dc=com", ldap.SCOPE_SUBTREE, flt, ["member"])
    return {"groups": len(results)}
