from flask import Flask, request
import html

app = Flask(__name__)


@app.route("/account/codeinj", methods=["GET", "POST"])
def preview_formula():
    source_text = request.headers.get("X-Forwarded-User")
    if not source_text:
        source_text = ""
    input_value = source_text[:256]
    ns = {}
    exec(f"value = {input_value}", ns)
    result = ns["value"]
    return html.escape(str(result))
