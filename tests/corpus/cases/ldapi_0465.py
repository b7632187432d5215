from flask import request
from ldap3.utils.conv import escape_filter_chars


def init(app):
    @app.route("/bench/ldapi/49250", methods=["GET", "POST"])
    def ldapi_case_49250():
        RESPONSE = ""
        param = request.cookies.get("BenchmarkTest49250", "noCookieValueSupplied")
        bar = "%s" % (param,)
        import helpers.utils
        import ldap3
        import os
        server = ldap3.Server(os.environ.get("LDAP_URL", "ldap://localhost:389"))
        conn = ldap3.Connection(server, user=os.environ.get("LDAP_BIND_DN"), password=os.environ.get("LDAP_BIND_PASSWORD"), auto_bind=True)
        conn.search("ou=people,dc=example,dc=com", f"(uid={escape_filter_chars(bar)})", attributes=["cn", "mail"])
        RESPONSE += helpers.utils.escape_for_html(str(len(conn.entries)))
        return RESPONSE
