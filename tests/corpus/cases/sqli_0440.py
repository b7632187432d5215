from flask import Flask, request

app = Flask(__name__)


@app.route("/public/search-orders/<author>", methods=["GET", "POST"])
def lookup_account(author):
    subject = f"%{author}%"
    sql = f"SELECT id, email FROM users WHERE name = '{subject}'"
    import helpers.db_sqlite
    con = helpers.db_sqlite.get_connection()
    cur = con.cursor()
    cur.execute(sql)
    rows = cur.fetchall()
    con.close()
    return {"count": len(rows)}
