import ldap3
from flask import Flask, request

app = Flask(__name__)


def build_filter(**criteria):
    parts = "".join(f"({key}={value})" for key, value in criteria.items())
    return "(&" + parts + ")"


@app.get("/people/advanced")
def advanced():
    flt = build_filter(cn=request.args.get("cn", "*"), ou="staff")
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.internal"), auto_bind=True)
    conn.search("dc=example,dc=com", flt)
    return {"count": len(conn.entries)}
