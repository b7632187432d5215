from flask import request


def init(app):

    @app.route('/benchmark/ldapi-02/BenchmarkTest97814', methods=['GET'])
    def BenchmarkTest97814_get():
        return BenchmarkTest97814_post()

    @app.route('/benchmark/ldapi-02/BenchmarkTest97814', methods=['POST'])
    def BenchmarkTest97814_post():
        RESPONSE = ""

        body = request.get_json(silent=True) or {}
        param = str(body.get("BenchmarkTest97814", ""))
        input_value = f"{param}*"
        bar = "{}*".format(input_value)
        import ldap
        import ldap.filter
        import os
        l = ldap.initialize(os.environ.get("LDAP_URL", "ldap://localhost"))
        results = l.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(mail=%s)" % ldap.filter.escape_filter_chars(bar), ["cn"])
        RESPONSE += "Found " + str(len(results)) + " entries"
        return RESPONSE
