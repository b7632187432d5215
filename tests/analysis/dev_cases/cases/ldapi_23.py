import ldap3
from flask import Flask, request
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)


class DirectoryClient:
    def __init__(self):
        self.conn = ldap3.Connection(ldap3.Server("ldap://ldap.internal"), auto_bind=True)

    def members(self, group):
        flt = "(&(objectClass=group)(cn={}))".format(escape_filter_chars(group))
        self.conn.search("ou=groups,dc=example,dc=com", flt, attributes=["member"])
        return self.conn.entries


@app.get("/groups/members-safe")
def members_safe():
    return {"count": len(DirectoryClient().members(request.args.get("group", "")))}
