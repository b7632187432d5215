from flask import request


EXAMPLE_CONFIG = {
    "aws_access_key_id": "AKIAIOSFODNN7EXAMPLE",
    "aws_secret_access_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "region": "us-east-1",
}


def init(app):

    @app.route('/benchmark/secrets-00/BenchmarkTest09959', methods=['GET'])
    def BenchmarkTest09959_get():
        return BenchmarkTest09959_post()

    @app.route('/benchmark/secrets-00/BenchmarkTest09959', methods=['POST'])
    def BenchmarkTest09959_post():
        RESPONSE = ""

        param = request.json["BenchmarkTest09959"]
        fmt = param if param in ("json", "ini") else "json"
        RESPONSE += "Example configuration is in the docs"
        return RESPONSE
