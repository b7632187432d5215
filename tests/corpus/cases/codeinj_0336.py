from flask import Blueprint, request

bp = Blueprint("codeinj_calculate", __name__)


CHOICES = {'basic': '2 * 21', 'extended': "'safe!'", 'full': '1 + 1'}


@bp.route("/api/codeinj")
def calculate():
    formula = request.args.get("code", "")
    cleaned = CHOICES.get(formula, '2 * 21')
    scope = {}
    exec(cleaned, scope)
    result = scope.get("result")
    return {"result": str(result)}
