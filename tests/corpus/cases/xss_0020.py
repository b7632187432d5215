from flask import render_template_string, request
import helpers.pipeline


def init(app):
    def run_case_77350():
        RESPONSE = ""
        param = request.environ.get("HTTP_X_BENCHMARKTES", "")
        pick = "XYZ"[0]
        match pick:
            case 'X':
                field = param
            case 'Y':
                field = 'Hello'
            case _:
                field = 'welcome'
        bar = helpers.pipeline.run([helpers.pipeline.Trimmer(), helpers.pipeline.Redactor()], field)
        return render_template_string("<p>{{ msg|safe }}</p>", msg=bar)

    app.add_url_rule("/benchmark/xss/Test77350", endpoint="run_case_77350", view_func=run_case_77350, methods=["GET", "POST"])
