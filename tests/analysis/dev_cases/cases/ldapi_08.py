import ldap
from flask import Flask, request

app = Flask(__name__)


class Directory:
    def __init__(self, uri):
        self.conn = ldap.initialize(uri)

    def find(self, login):
        query = "(&(objectClass=user)(sAMAccountName=%s))" % login
        return self.conn.search_s("dc=corp,dc=example", ldap.SCOPE_SUBTREE, query)


@app.post("/login/check")
def login_check():
    directory = Directory("ldap://dc.corp.example")
    return {"exists": bool(directory.find(request.form.get("login", "")))}
