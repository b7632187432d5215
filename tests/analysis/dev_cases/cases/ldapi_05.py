import ldap3
from flask import Flask, request

app = Flask(__name__)


@app.get("/directory/paged")
def paged():
    dept = request.headers.get("X-Department", "")
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.internal"), auto_bind=True)
    entries = conn.extend.standard.paged_search("dc=example,dc=com", f"(department={dept})",
                                                attributes=["cn"], paged_size=50, generator=False)
    return {"count": len(entries)}
