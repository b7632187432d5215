from html import escape

from flask import Flask, jsonify, render_template, render_template_string, request
from markupsafe import Markup

app = Flask(__name__)
PAGE = "<p>Hello {{ who }}</p>"


@app.route("/hello")
def hello():
    visitor = request.args.get("name", "guest")
    return f"<h1>Welcome back, {escape(visitor)}!</h1>"


@app.route("/page")
def page():
    return render_template("page.html", who=request.args["who"])


@app.route("/inline")
def inline():
    return render_template_string(PAGE, who=request.args["who"])


@app.route("/api")
def api():
    return jsonify({"name": request.args["name"]})


def badge(name):
    return Markup("<b>{}</b>").format(name)


def paragraphs(items):
    return Markup("\n".join(f"<p>{escape(x)}</p>" for x in items))
