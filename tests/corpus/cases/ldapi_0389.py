from flask import request


def init(app):

    @app.route('/benchmark/ldapi-01/BenchmarkTest23987', methods=['GET'])
    def BenchmarkTest23987_get():
        return BenchmarkTest23987_post()

    @app.route('/benchmark/ldapi-01/BenchmarkTest23987', methods=['POST'])
    def BenchmarkTest23987_post():
        RESPONSE = ""

        values = request.values.getlist("BenchmarkTest23987")
        param = values[0] if values else ""
        params = {}
        params['input'] = param
        params['input'] = 'asmith'
        item = params['input']
        registry_map = {'keyA-1234': item, 'keyB-1234': 'none', 'keyC': 'asmith'}
        bar = registry_map['keyA-1234']
        import helpers.directory
        import helpers.utils
        conn = helpers.directory.get_connection()
        conn.search("ou=people,dc=example,dc=com", f"(uid={bar})", attributes=["cn", "mail"])
        RESPONSE += helpers.utils.escape_for_html(str(len(conn.entries)))
        return RESPONSE
