import ldap3
from flask import Flask, request

from devhelpers.ldapq import user_filter

app = Flask(__name__)


@app.get("/directory/lookup")
def lookup():
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.internal"), auto_bind=True)
    conn.search("dc=example,dc=com", user_filter(request.args.get("u", "")))
    return {"count": len(conn.entries)}
