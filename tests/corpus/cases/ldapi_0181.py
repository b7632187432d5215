from flask import request
import ldap3
import os
import helpers.utils


def init(app):
    @app.route("/bench/ldapi/11911", methods=["GET", "POST"])
    def ldapi_case_11911():
        RESPONSE = ""
        param = request.data.decode("utf-8")
        item = "%s" % param
        base_num = 116
        if (7 * 60) + base_num < 167:
            bar = 'guest'
        elif (8 * 17) - base_num > 298:
            bar = item
        else:
            bar = 'asmith'
        flt = "(&(uid=%s)(objectClass=inetOrgPerson))" % bar
        server = ldap3.Server(os.environ.get("LDAP_URL", "ldap://localhost:389"))
        conn = ldap3.Connection(server, user=os.environ.get("LDAP_BIND_DN"), password=os.environ.get("LDAP_BIND_PASSWORD"), auto_bind=True)
        conn.search("dc=example,dc=com", flt)
        RESPONSE += helpers.utils.escape_for_html(str(len(conn.entries)))
        return RESPONSE
