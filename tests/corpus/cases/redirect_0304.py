from flask import redirect, request, url_for


def init(app):

    @app.route('/benchmark/redirect-02/BenchmarkTest46307', methods=['GET'])
    def BenchmarkTest46307_get():
        return BenchmarkTest46307_post()

    @app.route('/benchmark/redirect-02/BenchmarkTest46307', methods=['POST'])
    def BenchmarkTest46307_post():
        RESPONSE = ""

        param = request.form.get("BenchmarkTest46307")
        if not param:
            param = ""
        values_list = [param]
        value = "".join(values_list)
        bar = value
        return redirect(url_for("search", next=bar))
