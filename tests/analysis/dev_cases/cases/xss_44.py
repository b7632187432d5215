from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.get("/greeting-template")
def greeting_template():
    name = request.args.get("name", "")
    return render_template_string(f"<p>Hello {name}</p>")
