from flask import request
import helpers.text


def init(app):
    @app.route("/bench/sqli/81114", methods=["GET", "POST"])
    def sqli_case_81114():
        RESPONSE = ""
        param = request.args.get("BenchmarkTest81114", "")
        items = ['safe', 'guest', 'alice', param]
        items.pop(0)
        items.insert(0, 'bob')
        entry = items[-1]
        part = helpers.text.word_chars(entry)
        seq = []
        seq.append('another_Value')
        seq.append(part)
        seq.append('bob')
        seq.pop(0)
        bar = seq[0]
        query = "SELECT order_id, total FROM orders WHERE customer = '%s' AND status = 'open'" % bar
        import helpers.db_sqlite
        con = helpers.db_sqlite.get_connection()
        rows = con.execute(query).fetchall()
        RESPONSE += "Found " + str(len(rows)) + " rows"
        return RESPONSE
