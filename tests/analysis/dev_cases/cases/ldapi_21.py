import ldap3
from flask import Flask, request

app = Flask(__name__)

FILTERS = {"staff": "(ou=staff)", "admins": "(memberOf=cn=admins,dc=example,dc=com)"}


@app.get("/people/preset")
def preset():
    choice = request.args.get("preset", "staff")
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.internal"), auto_bind=True)
    conn.search("dc=example,dc=com", FILTERS.get(choice, "(ou=staff)"))
    return {"count": len(conn.entries)}
