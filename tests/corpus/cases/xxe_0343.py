import flask


def init(app):
    def run_case_58529():
        RESPONSE = ""
        param = flask.request.environ.get("HTTP_X_BENCHMARKTES", "")
        value = ""
        value += param
        left, *rest = ['<users><user>alice</user></users>', 'another_Value', value]
        bar = rest[1]
        import defusedxml.minidom
        dom = defusedxml.minidom.parseString(bar)
        RESPONSE += "Parsed " + str(len(dom.documentElement.childNodes)) + " elements"
        return RESPONSE

    app.add_url_rule("/benchmark/xxe/Test58529", endpoint="run_case_58529", view_func=run_case_58529, methods=["GET", "POST"])
