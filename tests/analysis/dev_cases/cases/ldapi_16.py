import ldap3
from flask import Flask, request

app = Flask(__name__)


@app.get("/directory/dead")
def dead():
    uid = request.args.get("uid", "")
    value = "guest"
    if 10 - 3 * 4 > 0:
        value = uid
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.internal"), auto_bind=True)
    conn.search("dc=example,dc=com", f"(uid={value})")
    return {"found": len(conn.entries)}
