from flask import Blueprint, jsonify, request
import base64
import marshal

blueprint = Blueprint("deserialization_load_session_blob", __name__)


@blueprint.route("/public/import-prefs")
def load_session_blob():
    blob = request.data.decode("utf-8")
    obj = marshal.loads(base64.b64decode(blob))
    return jsonify(loaded=obj is not None)
