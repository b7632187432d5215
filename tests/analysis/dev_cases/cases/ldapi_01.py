import ldap3
from flask import Flask, request

app = Flask(__name__)

BASE_DN = "dc=example,dc=com"


@app.get("/directory/user")
def find_user():
    uid = request.args.get("uid", "")
    server = ldap3.Server("ldap://ldap.internal")
    conn = ldap3.Connection(server, auto_bind=True)
    conn.search(BASE_DN, f"(uid={uid})", attributes=["cn"])
    return {"found": len(conn.entries)}
