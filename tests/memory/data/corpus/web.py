"""Flask views."""

from flask import Flask, abort, escape, jsonify, redirect, request, session

from . import auth, db

app = Flask(__name__)
SAFE_REDIRECTS = {"/", "/account", "/orders"}


@app.route("/login", methods=["POST"])
def login():
    """Check the submitted credentials and start a session."""
    user = db.get_user_by_email(app.db, request.form["email"])
    if user is None or not auth.verify_password(request.form["password"], user["password_hash"]):
        abort(401)
    session["sid"] = auth.create_session(app.sessions, user["id"])
    return redirect(safe_next_url(request.args.get("next", "/")))


def safe_next_url(target: str) -> str:
    """Only redirect to known local pages after login (open redirect protection)."""
    return target if target in SAFE_REDIRECTS else "/"


@app.route("/greet")
def greet():
    """Say hello with the visitor's name, HTML-escaped."""
    name = request.args.get("name", "friend")
    return f"<p>Hello, {escape(name)}!</p>"


@app.route("/api/orders", methods=["POST"])
def create_order_view():
    """JSON endpoint that records a new order for the logged-in user."""
    user_id = auth.current_user(app.sessions, session.get("sid", ""))
    if user_id is None:
        abort(403)
    total = int(request.json["total_cents"])
    return jsonify({"order_id": db.insert_order(app.db, user_id, total)})


@app.errorhandler(404)
def not_found(error):
    """Render the page for unknown URLs."""
    return jsonify({"error": "not found"}), 404
