from flask import Blueprint, jsonify, request

routes = Blueprint("sqli_user_profile", __name__)


@routes.route("/internal/search-orders/<username>", methods=["POST"])
def user_profile(username):
    import helpers.db_sqlite
    con = helpers.db_sqlite.get_connection()
    cur = con.cursor()
    cur.execute("SELECT id, email FROM users WHERE username = ?", (username,))
    rows = cur.fetchall()
    return jsonify(count=len(rows))
