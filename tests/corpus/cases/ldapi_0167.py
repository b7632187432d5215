import flask
import ldap3
import os
import helpers.separate_request
import helpers.utils


def init(app):
    def BenchmarkTest57604():
        RESPONSE = ""
        param = helpers.separate_request.request_wrapper(flask.request).get_query_parameter("BenchmarkTest57604")
        if param is None:
            param = ""
        base_num = 32
        if (3 * 60) - base_num > 247:
            bar = 'jdoe'
        elif (2 * 36) + base_num < 40:
            bar = 'safe!'
        else:
            bar = param
        server = ldap3.Server(os.environ.get("LDAP_URL", "ldap://localhost:389"))
        conn = ldap3.Connection(server, user=os.environ.get("LDAP_BIND_DN"), password=os.environ.get("LDAP_BIND_PASSWORD"), auto_bind=True)
        conn.search("ou=people,dc=example,dc=com", "(|(uid={0})(mail={0}))".format(bar), attributes=["cn"])
        RESPONSE += helpers.utils.escape_for_html(str(len(conn.entries)))
        return RESPONSE

    app.add_url_rule("/benchmark/ldapi/Test57604", endpoint="BenchmarkTest57604", view_func=BenchmarkTest57604, methods=["GET", "POST"])
