import ldap
from flask import Flask, request

app = Flask(__name__)


@app.post("/login/ldap")
def login_ldap():
    creds = request.authorization
    conn = ldap.initialize("ldap://ldap.internal")
    result = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_ONELEVEL,
                           "(uid=" + creds.username + ")", ["dn"])
    return {"found": bool(result)}
