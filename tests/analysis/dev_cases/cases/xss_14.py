from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.get("/notice-safe")
def notice_safe():
    message = request.args.get("msg", "")
    return render_template_string("<p>{{ message }}</p>", message=message)
