import ldap3
from flask import Flask, request

app = Flask(__name__)


@app.get("/people/partial-escape")
def partial_escape():
    name = request.args.get("cn", "").replace("*", "\\2a")
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.internal"), auto_bind=True)
    conn.search("dc=example,dc=com", f"(cn={name})")
    return {"count": len(conn.entries)}
