from flask import request
import ldap3
import os


def init(app):

    @app.route('/benchmark/ldapi-01/BenchmarkTest33829', methods=['GET'])
    def BenchmarkTest33829_get():
        return BenchmarkTest33829_post()

    @app.route('/benchmark/ldapi-01/BenchmarkTest33829', methods=['POST'])
    def BenchmarkTest33829_post():
        RESPONSE = ""

        param = request.args.get("BenchmarkTest33829")
        if param is None:
            param = ""
        server = ldap3.Server(os.environ.get("LDAP_URL", "ldap://localhost:389"))
        conn = ldap3.Connection(server, user=os.environ.get("LDAP_BIND_DN"), password=os.environ.get("LDAP_BIND_PASSWORD"), auto_bind=True)
        conn.search("ou=people,dc=example,dc=com", f"(uid={param})", attributes=["cn", "mail"])
        RESPONSE += "Found " + str(len(conn.entries)) + " entries"
        return RESPONSE
