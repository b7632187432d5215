from flask import request
import ldap3
import os
import re
import helpers.separate_request


def init(app):
    @app.route("/bench/ldapi/06965", methods=["GET", "POST"])
    def ldapi_case_06965():
        RESPONSE = ""
        req_wrapper = helpers.separate_request.request_wrapper(request)
        param = req_wrapper.get_form_parameter("BenchmarkTest06965")
        if not param:
            param = ""
        store = {}
        store['a'] = 'default'
        store['b'] = param
        store['c'] = 'another_Value'
        part = store['b']
        if not re.fullmatch(r"[A-Za-z0-9._-]{1,64}", part):
            RESPONSE += "Invalid input"
            return RESPONSE
        bar = part
        search_filter = "(&(objectClass=person)(cn=" + bar + "))"
        server = ldap3.Server(os.environ.get("LDAP_URL", "ldap://localhost:389"))
        conn = ldap3.Connection(server, user=os.environ.get("LDAP_BIND_DN"), password=os.environ.get("LDAP_BIND_PASSWORD"), auto_bind=True)
        conn.search(search_base="dc=example,dc=com", search_filter=search_filter, attributes=["mail"])
        RESPONSE += "Found " + str(len(conn.entries)) + " entries"
        return RESPONSE
