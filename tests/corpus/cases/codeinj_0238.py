import flask
import html
import urllib.parse
import helpers.registry


def init(app):
    def handle_68521():
        RESPONSE = ""
        qs = urllib.parse.parse_qs(flask.request.query_string.decode("utf-8"))
        param = qs.get("BenchmarkTest68521", [""])[0]
        entry = "".join([c for c in param])
        bar = helpers.registry.lookup("identity")(entry)
        code = compile(bar, "<rule>", "eval")
        result = eval(code, {})
        RESPONSE += html.escape(str(result))
        return RESPONSE

    app.add_url_rule("/benchmark/codeinj/Test68521", endpoint="handle_68521", view_func=handle_68521, methods=["GET", "POST"])
