from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)


@app.post("/directory/people")
def people():
    name = request.form["name"]
    conn = Connection(Server("ldap://ldap.internal"), auto_bind=True)
    conn.search(search_base="ou=people,dc=example,dc=com",
                search_filter="(&(objectClass=person)(cn=" + name + "))",
                attributes=["mail"])
    return {"count": len(conn.entries)}
