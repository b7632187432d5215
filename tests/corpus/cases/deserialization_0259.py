import flask
import helpers.separate_request


def init(app):
    def handle_34987():
        RESPONSE = ""
        param = helpers.separate_request.request_wrapper(flask.request).get_query_parameter("BenchmarkTest34987")
        if not param:
            param = ""
        a, middle, third = 'a_Value', param, 'lorem'
        entry = middle
        num = 25
        if (2 * 18) + num < 45:
            bar = 'safe!'
        elif (9 * 46) + num > 170:
            bar = entry
        else:
            bar = 'theme: dark'
        import pickle
        obj = pickle.loads(bar.encode("latin-1"))
        RESPONSE += "Loaded"
        return RESPONSE

    app.add_url_rule("/benchmark/deserialization/Test34987", endpoint="handle_34987", view_func=handle_34987, methods=["GET", "POST"])
