from flask import request


def init(app):

    @app.route('/benchmark/sqli-00/BenchmarkTest41678', methods=['GET'])
    def BenchmarkTest41678_get():
        return BenchmarkTest41678_post()

    @app.route('/benchmark/sqli-00/BenchmarkTest41678', methods=['POST'])
    def BenchmarkTest41678_post():
        RESPONSE = ""

        param = request.form.get("BenchmarkTest41678")
        if not param:
            param = ""
        map = {'primary': param, 'secondary': 'guest', 'fallback': 'x'}
        field = map.get('primary')
        seq = []
        seq.append('alice')
        seq.append('default')
        seq.append('a_Value')
        seq.append(field)
        seq.remove('a_Value')
        bar = seq[0]
        stmt = "SELECT name, price FROM products ORDER BY " + bar
        import helpers.db_sqlite
        con = helpers.db_sqlite.get_connection()
        cur = con.cursor()
        rows = cur.execute(stmt).fetchall()
        RESPONSE += "Found " + str(len(rows)) + " rows"
        return RESPONSE
