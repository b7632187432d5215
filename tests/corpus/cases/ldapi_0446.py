from flask import Blueprint, request
import ldap3
import os
import helpers.text

routes = Blueprint("ldapi_lookup_mail", __name__)


@routes.get("/internal/staff-lookup/<login>")
def lookup_mail(login):
    raw = "" + login + ""
    piece = helpers.text.word_chars(raw)
    search_filter = "(&(objectClass=person)(cn=" + piece + "))"
    server = ldap3.Server(os.environ.get("LDAP_URL", "ldap://localhost:389"))
    conn = ldap3.Connection(server, user=os.environ.get("LDAP_BIND_DN"), password=os.environ.get("LDAP_BIND_PASSWORD"), auto_bind=True)
    conn.search(search_base="dc=example,dc=com", search_filter=search_filter, attributes=["mail"])
    return {"matches": len(conn.entries)}
