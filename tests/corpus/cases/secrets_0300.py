from flask import request
import redis
import helpers.utils


def init(app):

    @app.route('/benchmark/secrets-02/BenchmarkTest55520', methods=['GET'])
    def BenchmarkTest55520_get():
        return BenchmarkTest55520_post()

    @app.route('/benchmark/secrets-02/BenchmarkTest55520', methods=['POST'])
    def BenchmarkTest55520_post():
        RESPONSE = ""

        param = request.values.get("BenchmarkTest55520")
        cache = redis.Redis(host="cache.internal", port=6379, password="xxli=Iedz%-taEB1RVGh")
        hits = cache.incr("hits:" + str(len(param)))
        RESPONSE += helpers.utils.escape_for_html(str(hits))
        return RESPONSE
