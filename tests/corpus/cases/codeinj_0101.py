from flask import Blueprint, request
import html

routes = Blueprint("codeinj_evaluate_rule", __name__)


@routes.route("/app/run-expression/<expression>", methods=["POST"])
def evaluate_rule(expression):
    chunk = "" + expression + ""
    result = eval("2 * (" + chunk + ")")
    return html.escape(str(result))
