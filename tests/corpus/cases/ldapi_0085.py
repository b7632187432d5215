from flask import request
import ldap3
import os


def init(app):
    @app.route("/bench/ldapi/46035", methods=["GET", "POST"])
    def ldapi_case_46035():
        RESPONSE = ""
        param = request.headers.get("X-Forwarded-User", "")
        search_filter = "(&(objectClass=person)(cn=" + param + "))"
        server = ldap3.Server(os.environ.get("LDAP_URL", "ldap://localhost:389"))
        conn = ldap3.Connection(server, user=os.environ.get("LDAP_BIND_DN"), password=os.environ.get("LDAP_BIND_PASSWORD"), auto_bind=True)
        conn.search(search_base="dc=example,dc=com", search_filter=search_filter, attributes=["mail"])
        RESPONSE += "Found " + str(len(conn.entries)) + " entries"
        return RESPONSE
