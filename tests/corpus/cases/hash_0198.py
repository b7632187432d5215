from flask import request
import hashlib
from flask.views import MethodView
from types import SimpleNamespace
import helpers.crypto_conf


class SignPayloadView(MethodView):
    def post(self):
        secret = request.get_data(as_text=True)
        digest_name = 'md5'
        ctx_obj = SimpleNamespace(value=digest_name, source="request")
        algorithm = ctx_obj.value
        chosen = helpers.crypto_conf.PinnedAlgorithmPolicy().choose(algorithm)
        digest = getattr(hashlib, chosen)(secret.encode("utf-8")).hexdigest()
        return {"digest": digest}


def register(app):
    app.add_url_rule("/app/digest-upload", view_func=SignPayloadView.as_view("signpayloadview"))
