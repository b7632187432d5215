import flask
import ldap
import os


def init(app):
    def handle_00355():
        RESPONSE = ""
        param = flask.request.environ.get("HTTP_X_BENCHMARKTES", "")
        value = "".join(ch for ch in param)
        left, *others = ['static_value', value, 'none']
        bar = others[1]
        l = ldap.initialize(os.environ.get("LDAP_URL", "ldap://localhost"))
        results = l.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(mail=%s)" % bar, ["cn"])
        RESPONSE += "Found " + str(len(results)) + " entries"
        return RESPONSE

    app.add_url_rule("/benchmark/ldapi/Test00355", endpoint="handle_00355", view_func=handle_00355, methods=["GET", "POST"])
