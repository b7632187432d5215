from flask import request


def init(app):

    @app.route('/benchmark/hash-00/BenchmarkTest60861', methods=['GET'])
    def BenchmarkTest60861_get():
        return BenchmarkTest60861_post()

    @app.route('/benchmark/hash-00/BenchmarkTest60861', methods=['POST'])
    def BenchmarkTest60861_post():
        RESPONSE = ""

        param = request.args.get("BenchmarkTest60861")
        import hashlib
        digest = hashlib.sha512(param.encode()).hexdigest()
        with open("passwordFile.txt", "a") as fh:
            fh.write("hash_value=" + digest + "\n")
        RESPONSE += "Sensitive value hashed and stored"
        return RESPONSE
