from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.get("/notice")
def notice():
    message = request.args.get("msg", "")
    return render_template_string("<p>{{ message|safe }}</p>", message=message)
