from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    template = "<p>Hello " + request.args["who"] + "</p>"
    return render_template_string(template)


@app.errorhandler(404)
def not_found(error):
    page = "<h1>Nothing at %s</h1>" % request.path
    return render_template_string(page), 404
