from flask import request


def _tidy(value):
    return str(value)


def init(app):
    def run_case_34095():
        RESPONSE = ""
        param = ""
        for hname in request.headers.keys():
            if hname.lower() in ("host", "accept", "accept-language", "content-type", "content-length", "cookie", "user-agent", "connection"):
                continue
            param = hname
            break
        item = _tidy(param)
        bar = item.encode("utf-8").decode("utf-8")
        stmt = "SELECT name, price FROM products ORDER BY " + bar
        import helpers.db_sqlite
        con = helpers.db_sqlite.get_connection()
        cur = con.cursor()
        rows = cur.execute(stmt).fetchall()
        RESPONSE += "Found " + str(len(rows)) + " rows"
        return RESPONSE

    app.add_url_rule("/benchmark/sqli/Test34095", endpoint="run_case_34095", view_func=run_case_34095, methods=["GET", "POST"])
