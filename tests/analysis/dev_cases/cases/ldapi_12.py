import ldap3
from flask import Flask, abort, request

app = Flask(__name__)


@app.get("/directory/alnum")
def alnum_user():
    uid = request.args.get("uid", "")
    if not uid.isalnum():
        abort(400)
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.internal"), auto_bind=True)
    conn.search("dc=example,dc=com", "(uid=" + uid + ")")
    return {"found": len(conn.entries)}
