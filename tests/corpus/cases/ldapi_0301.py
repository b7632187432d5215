from flask import request
import json
import ldap3
import os
import helpers.utils


def init(app):

    @app.route('/benchmark/ldapi-02/BenchmarkTest52620', methods=['GET'])
    def BenchmarkTest52620_get():
        return BenchmarkTest52620_post()

    @app.route('/benchmark/ldapi-02/BenchmarkTest52620', methods=['POST'])
    def BenchmarkTest52620_post():
        RESPONSE = ""

        param = request.get_data(as_text=True)
        entry = json.loads(json.dumps({"v": param}))["v"]
        entry = 'jdoe'
        bar = entry
        server = ldap3.Server(os.environ.get("LDAP_URL", "ldap://localhost:389"))
        conn = ldap3.Connection(server, user=os.environ.get("LDAP_BIND_DN"), password=os.environ.get("LDAP_BIND_PASSWORD"), auto_bind=True)
        conn.search("ou=people,dc=example,dc=com", "(|(uid={0})(mail={0}))".format(bar), attributes=["cn"])
        RESPONSE += helpers.utils.escape_for_html(str(len(conn.entries)))
        return RESPONSE
