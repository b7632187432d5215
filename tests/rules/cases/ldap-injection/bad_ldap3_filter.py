from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)


@app.route("/members")
def members():
    group = request.args["group"]
    conn = Connection(Server("ldap.internal"), auto_bind=True)
    conn.search("dc=corp", f"(&(objectClass=group)(cn={group}))", attributes=["member"])
    return {"entries": len(conn.entries)}
