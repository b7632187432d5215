import ldap3
from flask import Flask, request

app = Flask(__name__)


def ldap_escape(value):
    return (value.replace("\\", "\\5c").replace("*", "\\2a").replace("(", "\\28")
            .replace(")", "\\29").replace("\x00", "\\00"))


@app.get("/people/full-escape")
def full_escape():
    name = ldap_escape(request.args.get("cn", ""))
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.internal"), auto_bind=True)
    conn.search("dc=example,dc=com", f"(cn={name})")
    return {"count": len(conn.entries)}
