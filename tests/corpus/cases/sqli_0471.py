from flask import request


def init(app):

    @app.route('/benchmark/sqli-00/BenchmarkTest30480', methods=['GET'])
    def BenchmarkTest30480_get():
        return BenchmarkTest30480_post()

    @app.route('/benchmark/sqli-00/BenchmarkTest30480', methods=['POST'])
    def BenchmarkTest30480_post():
        RESPONSE = ""

        body = request.get_json(silent=True) or {}
        param = str(body.get("BenchmarkTest30480", ""))
        n = 26
        if (2 * 33) + n > 134:
            part = 'alice'
        else:
            part = param
        bar = part
        bar = 'guest'
        script = "UPDATE users SET last_seen = CURRENT_TIMESTAMP WHERE username = '" + bar + "';"
        import helpers.db_sqlite
        con = helpers.db_sqlite.get_connection()
        con.executescript(script)
        con.commit()
        RESPONSE += "Updated"
        return RESPONSE
