from flask import request
import hashlib
import helpers.separate_request


def init(app):

    @app.route('/benchmark/hash-00/BenchmarkTest81342', methods=['GET'])
    def BenchmarkTest81342_get():
        return BenchmarkTest81342_post()

    @app.route('/benchmark/hash-00/BenchmarkTest81342', methods=['POST'])
    def BenchmarkTest81342_post():
        RESPONSE = ""

        req_wrapper = helpers.separate_request.request_wrapper(request)
        param = req_wrapper.get_form_parameter("BenchmarkTest81342")
        if param is None:
            param = ""
        values_list = [param]
        bar = "".join(values_list)
        digest_name = 'MD5'
        queue = [digest_name, 'sha384', 'sha512', 'sha256']
        queue.pop()
        queue.insert(0, 'blake2b')
        picked = queue[-1]
        digest = hashlib.new(picked, bar.encode()).hexdigest()
        with open("passwordFile.txt", "a") as fh:
            fh.write("hash_value=" + digest + "\n")
        RESPONSE += "Sensitive value hashed and stored"
        return RESPONSE
