import ldap3
from flask import Flask, request
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)


@app.get("/directory/user-safe")
def find_user_safe():
    uid = escape_filter_chars(request.args.get("uid", ""))
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.internal"), auto_bind=True)
    conn.search("dc=example,dc=com", f"(uid={uid})", attributes=["cn"])
    return {"found": len(conn.entries)}
