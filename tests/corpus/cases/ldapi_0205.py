import flask
import ldap
import os


def init(app):
    def BenchmarkTest59607():
        RESPONSE = ""
        param = flask.request.json["BenchmarkTest59607"]
        n = 47
        part = 'guest'
        while (7 * 45) + n > 192:
            part = param
            break
        limit = 97
        bar = 'guest'
        while (3 * 22) + limit > 190:
            bar = part
            break
        l = ldap.initialize(os.environ.get("LDAP_URL", "ldap://localhost"))
        results = l.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(mail=%s)" % bar, ["cn"])
        RESPONSE += "Found " + str(len(results)) + " entries"
        return RESPONSE

    app.add_url_rule("/benchmark/ldapi/Test59607", endpoint="BenchmarkTest59607", view_func=BenchmarkTest59607, methods=["GET", "POST"])
