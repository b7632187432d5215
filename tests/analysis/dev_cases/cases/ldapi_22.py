import ldap3
from flask import Flask, request

app = Flask(__name__)


class DirectoryClient:
    def __init__(self):
        self.conn = ldap3.Connection(ldap3.Server("ldap://ldap.internal"), auto_bind=True)

    def members(self, group):
        self.conn.search("ou=groups,dc=example,dc=com", "(&(objectClass=group)(cn=" + group + "))",
                         attributes=["member"])
        return self.conn.entries


@app.get("/groups/members")
def members():
    return {"count": len(DirectoryClient().members(request.args.get("group", "")))}
