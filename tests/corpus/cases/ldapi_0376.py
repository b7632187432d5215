from flask import request


def init(app):
    @app.route("/bench/ldapi/84089", methods=["GET", "POST"])
    def ldapi_case_84089():
        RESPONSE = ""
        param = request.args.get("BenchmarkTest84089", "")
        import helpers.directory
        search_filter = "(&(objectClass=person)(cn=" + param + "))"
        conn = helpers.directory.get_connection()
        conn.search(search_base="dc=example,dc=com", search_filter=search_filter, attributes=["mail"])
        RESPONSE += "Found " + str(len(conn.entries)) + " entries"
        return RESPONSE
