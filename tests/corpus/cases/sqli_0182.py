from flask import request
import urllib.parse
import helpers.holder
import helpers.utils


def init(app):

    @app.route('/benchmark/sqli-00/BenchmarkTest14295', methods=['GET'])
    def BenchmarkTest14295_get():
        return BenchmarkTest14295_post()

    @app.route('/benchmark/sqli-00/BenchmarkTest14295', methods=['POST'])
    def BenchmarkTest14295_post():
        RESPONSE = ""

        param = ""
        for hname in request.headers.keys():
            if hname.lower() in ("host", "accept", "accept-language", "content-type", "content-length", "cookie", "user-agent", "connection"):
                continue
            param = hname
            break
        head, input_value = ('placeholder', param)
        piece = helpers.holder.Holder.wrap(input_value).fallback
        bar = urllib.parse.unquote(piece)
        import helpers.db_sqlite
        con = helpers.db_sqlite.get_connection()
        cursor = con.cursor()
        cursor.execute("SELECT body FROM notes WHERE tag LIKE '%{}%'".format(bar))
        notes = cursor.fetchall()
        RESPONSE += helpers.utils.escape_for_html(str(len(notes)))
        return RESPONSE
