from flask import request
import ldap3
import ldap3.utils.conv
import helpers.directory
import helpers.separate_request


def init(app):

    @app.route('/benchmark/ldapi-01/BenchmarkTest15413', methods=['GET'])
    def BenchmarkTest15413_get():
        return BenchmarkTest15413_post()

    @app.route('/benchmark/ldapi-01/BenchmarkTest15413', methods=['POST'])
    def BenchmarkTest15413_post():
        RESPONSE = ""

        param = helpers.separate_request.request_wrapper(request).get_query_parameter("BenchmarkTest15413")
        if not param:
            param = ""
        value = param.replace("\t", " ")
        head, bar = ('lorem', value)
        search_filter = "(&(objectClass=person)(cn=" + ldap3.utils.conv.escape_filter_chars(bar) + "))"
        conn = helpers.directory.get_connection()
        conn.search(search_base="dc=example,dc=com", search_filter=search_filter)
        RESPONSE += "Found " + str(len(conn.entries)) + " entries"
        return RESPONSE
