from flask import request
import configparser
import ldap3
import os
import urllib.parse


def init(app):
    def run_case_86649():
        RESPONSE = ""
        qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
        param = qs.get("BenchmarkTest86649", [""])[0]
        conf = configparser.ConfigParser()
        conf.add_section("query")
        conf.set("query", "keyA", param)
        bar = conf.get("query", "keyA")
        server = ldap3.Server(os.environ.get("LDAP_URL", "ldap://localhost:389"))
        conn = ldap3.Connection(server, user=os.environ.get("LDAP_BIND_DN"), password=os.environ.get("LDAP_BIND_PASSWORD"), auto_bind=True)
        conn.search("ou=people,dc=example,dc=com", "(|(uid={0})(mail={0}))".format(bar), attributes=["cn"])
        RESPONSE += "Found " + str(len(conn.entries)) + " entries"
        return RESPONSE

    app.add_url_rule("/benchmark/ldapi/Test86649", endpoint="run_case_86649", view_func=run_case_86649, methods=["GET", "POST"])
