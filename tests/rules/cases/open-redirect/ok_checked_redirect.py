from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    return redirect(url_for("profile", user=request.form["user"]))


@app.route("/orders")
def orders():
    return redirect(f"/orders/{request.args['id']}/summary")


def go(request):
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    return HttpResponseRedirect(target)


@app.before_request
def force_https():
    if not request.is_secure:
        return redirect(request.url.replace("http://", "https://", 1), code=301)
    return None


@app.route("/shortlink/<code>")
def shortlink(code):
    # The target was stored by the service; the path only selects the row.
    link = Link.query.filter_by(code=code).first_or_404()
    return redirect(link.target)
