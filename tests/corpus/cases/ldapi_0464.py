from flask import request
from ldap3.utils.conv import escape_filter_chars
import helpers.directory
import helpers.separate_request
import helpers.utils


def init(app):

    @app.route('/benchmark/ldapi-02/BenchmarkTest39798', methods=['GET'])
    def BenchmarkTest39798_get():
        return BenchmarkTest39798_post()

    @app.route('/benchmark/ldapi-02/BenchmarkTest39798', methods=['POST'])
    def BenchmarkTest39798_post():
        RESPONSE = ""

        wrapped = helpers.separate_request.request_wrapper(request)
        param = wrapped.get_form_parameter("BenchmarkTest39798")
        if param is None:
            param = ""
        threshold = 126
        if (6 * 43) - threshold > 274:
            bar = 'jdoe'
        else:
            bar = param
        conn = helpers.directory.get_connection()
        conn.search("ou=people,dc=example,dc=com", f"(uid={escape_filter_chars(bar)})", attributes=["cn", "mail"])
        RESPONSE += helpers.utils.escape_for_html(str(len(conn.entries)))
        return RESPONSE
