from flask import request
import helpers.thing


def init(app):

    @app.route('/benchmark/ldapi-01/BenchmarkTest53148', methods=['GET'])
    def BenchmarkTest53148_get():
        return BenchmarkTest53148_post()

    @app.route('/benchmark/ldapi-01/BenchmarkTest53148', methods=['POST'])
    def BenchmarkTest53148_post():
        RESPONSE = ""

        param = request.headers.get("X-Client")
        thing = helpers.thing.Thing1()
        bar = thing.doSomething(param)
        import ldap3
        import os
        flt = "(&(uid=%s)(objectClass=inetOrgPerson))" % bar
        server = ldap3.Server(os.environ.get("LDAP_URL", "ldap://localhost:389"))
        conn = ldap3.Connection(server, user=os.environ.get("LDAP_BIND_DN"), password=os.environ.get("LDAP_BIND_PASSWORD"), auto_bind=True)
        conn.search("dc=example,dc=com", flt)
        RESPONSE += "Found " + str(len(conn.entries)) + " entries"
        return RESPONSE
