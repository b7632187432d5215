from flask import request
import ldap
import os


def init(app):

    @app.route('/benchmark/ldapi-01/BenchmarkTest79618', methods=['GET'])
    def BenchmarkTest79618_get():
        return BenchmarkTest79618_post()

    @app.route('/benchmark/ldapi-01/BenchmarkTest79618', methods=['POST'])
    def BenchmarkTest79618_post():
        RESPONSE = ""

        param = request.form["BenchmarkTest79618"]
        l = ldap.initialize(os.environ.get("LDAP_URL", "ldap://localhost"))
        results = l.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(mail=%s)" % param, ["cn"])
        RESPONSE += "Found " + str(len(results)) + " entries"
        return RESPONSE
