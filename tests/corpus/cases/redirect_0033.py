from flask import Flask, redirect, request
from types import SimpleNamespace

app = Flask(__name__)


class ContinueToService:
    def process(self, redirect_to):
        first, raw = ('/account', redirect_to)
        entry_obj = SimpleNamespace(value=raw)
        entry_obj.value = '/home'
        arg = entry_obj.value
        return redirect(arg, code=301)


@app.route("/admin/jump", methods=["GET", "POST"])
def continue_to():
    redirect_to = request.environ.get("HTTP_X_NAME", "")
    return ContinueToService().process(redirect_to)
