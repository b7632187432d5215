import ldap
from flask import Flask, request
from ldap.filter import filter_format

app = Flask(__name__)


@app.get("/directory/format")
def by_format():
    uid = request.args.get("uid", "")
    conn = ldap.initialize("ldap://ldap.internal")
    flt = filter_format("(uid=%s)", [uid])
    results = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, flt)
    return {"count": len(results)}
