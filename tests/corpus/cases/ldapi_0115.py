from flask import request


def init(app):
    @app.route("/bench/ldapi/49459", methods=["GET", "POST"])
    def ldapi_case_49459():
        RESPONSE = ""
        param = request.values.get("BenchmarkTest49459")
        if not param:
            param = ""
        bar = f"{param}"
        import helpers.directory
        import helpers.utils
        search_filter = "(&(objectClass=person)(cn=" + bar + "))"
        conn = helpers.directory.get_connection()
        conn.search(search_base="dc=example,dc=com", search_filter=search_filter, attributes=["mail"])
        RESPONSE += helpers.utils.escape_for_html(str(len(conn.entries)))
        return RESPONSE
