import flask
import random
import secrets
import time
import helpers.utils


class Cell:
    def __init__(self, content):
        self.content = content

    def reset(self):
        self.content = secrets.SystemRandom()


TOKENS = {}


def init(app):
    def handle_88013():
        RESPONSE = ""
        param = flask.request.environ.get("HTTP_X_BENCHMARKTES", "")
        rng = random.Random(time.time())
        slot = Cell(rng)
        slot.reset()
        source_rng = slot.content
        token = str(source_rng.randrange(10**12))
        TOKENS[param] = token
        RESPONSE += helpers.utils.escape_for_html(str(token))
        return RESPONSE

    app.add_url_rule("/benchmark/weakrand/Test88013", endpoint="handle_88013", view_func=handle_88013, methods=["GET", "POST"])
