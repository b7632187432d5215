from flask import Blueprint, request
import html
import helpers.text

blueprint = Blueprint("codeinj_run_expression", __name__)


@blueprint.route("/api/preview-formula", methods=["POST"])
def run_expression():
    expression = request.values.get("name")
    registry_map = {'keyA-1234': 'none', 'keyB-1234': expression, 'keyC': 'placeholder'}
    chunk = registry_map.get('keyB-1234')
    input_value = helpers.text.normalise(chunk)
    result = eval(input_value)
    return html.escape(str(result))
