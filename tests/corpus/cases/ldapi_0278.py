from flask import request
import ldap3
import os
import helpers.text
import helpers.utils


def init(app):
    @app.route("/bench/ldapi/77917", methods=["GET", "POST"])
    def ldapi_case_77917():
        RESPONSE = ""
        param = request.data.decode("utf-8")
        threshold = 35
        field = 'jdoe' if (6 * 29) - threshold < 93 else param
        bar = helpers.text.decorate(field)
        server = ldap3.Server(os.environ.get("LDAP_URL", "ldap://localhost:389"))
        conn = ldap3.Connection(server, user=os.environ.get("LDAP_BIND_DN"), password=os.environ.get("LDAP_BIND_PASSWORD"), auto_bind=True)
        conn.search("ou=people,dc=example,dc=com", f"(uid={bar})", attributes=["cn", "mail"])
        RESPONSE += helpers.utils.escape_for_html(str(len(conn.entries)))
        return RESPONSE
