import flask
import helpers.pipeline


def init(app):
    def run_case_11509():
        RESPONSE = ""
        param = flask.request.json["BenchmarkTest11509"]
        guess = "QRS"[0]
        match guess:
            case 'Q':
                part = param
            case 'R':
                part = "'safe!'"
            case _:
                part = 'sum([1, 2, 3])'
        bar = helpers.pipeline.run([helpers.pipeline.Trimmer(), helpers.pipeline.Redactor()], part)
        import builtins
        import html
        result = builtins.eval(bar)
        RESPONSE += html.escape(str(result))
        return RESPONSE

    app.add_url_rule("/benchmark/codeinj/Test11509", endpoint="run_case_11509", view_func=run_case_11509, methods=["GET", "POST"])
