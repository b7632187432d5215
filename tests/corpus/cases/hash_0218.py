from flask import request
import hashlib
import helpers.utils


def init(app):

    @app.route('/benchmark/hash-00/BenchmarkTest45641', methods=['GET'])
    def BenchmarkTest45641_get():
        return BenchmarkTest45641_post()

    @app.route('/benchmark/hash-00/BenchmarkTest45641', methods=['POST'])
    def BenchmarkTest45641_post():
        RESPONSE = ""

        param = request.form.get("BenchmarkTest45641")
        bar = param[:256]
        digest_name = 'md5'
        limit = 57
        if (4 * 11) - limit > 172:
            chosen = 'sha512'
        else:
            chosen = digest_name
        digest = hashlib.new(chosen, bar.encode()).hexdigest()
        RESPONSE += helpers.utils.escape_for_html(str(digest))
        return RESPONSE
