from flask import request
import helpers.holder


def init(app):
    @app.route("/bench/sqli/32291", methods=["GET", "POST"])
    def sqli_case_32291():
        RESPONSE = ""
        payload_json = request.get_json(silent=True) or {}
        param = str(payload_json.get("BenchmarkTest32291", ""))
        bucket = [param, 'ABC', 'a_Value', 'safe!']
        bucket.append('x')
        input_value = bucket[-5]
        bar = helpers.holder.Holder(input_value).get()
        query = "SELECT order_id, total FROM orders WHERE customer = '%s' AND status = 'open'" % bar
        import helpers.db_sqlite
        con = helpers.db_sqlite.get_connection()
        rows = con.execute(query).fetchall()
        RESPONSE += "Found " + str(len(rows)) + " rows"
        return RESPONSE
