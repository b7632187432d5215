import ldap3
from flask import Flask, request

app = Flask(__name__)

GROUPS = frozenset({"staff", "admins", "contractors"})


@app.get("/directory/group-safe")
def group_safe():
    group = request.args.get("group", "staff")
    if group not in GROUPS:
        return {"error": "unknown group"}, 400
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.internal"), auto_bind=True)
    conn.search("ou=groups,dc=example,dc=com", f"(cn={group})")
    return {"count": len(conn.entries)}
