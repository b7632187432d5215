from flask import request


def init(app):

    @app.route('/benchmark/deserialization-02/BenchmarkTest96251', methods=['GET'])
    def BenchmarkTest96251_get():
        return BenchmarkTest96251_post()

    @app.route('/benchmark/deserialization-02/BenchmarkTest96251', methods=['POST'])
    def BenchmarkTest96251_post():
        RESPONSE = ""

        param = request.form.get("BenchmarkTest96251")
        if param is None:
            param = ""
        bar = 'safe!'
        import helpers.utils
        import yaml
        obj = yaml.load(bar, Loader=yaml.UnsafeLoader)
        RESPONSE += helpers.utils.escape_for_html(str(obj is not None))
        return RESPONSE
