from flask import request


def init(app):
    @app.route("/bench/sqli/27415", methods=["GET", "POST"])
    def sqli_case_27415():
        RESPONSE = ""
        entries = request.form.getlist("BenchmarkTest27415")
        param = entries[0] if entries else ""
        if not param.isdigit():
            RESPONSE += "Invalid input"
            return RESPONSE
        import helpers.db_sqlite
        con = helpers.db_sqlite.get_connection()
        rows = con.execute("SELECT total FROM invoices WHERE invoice_no = " + param).fetchall()
        RESPONSE += "Found " + str(len(rows)) + " rows"
        return RESPONSE
