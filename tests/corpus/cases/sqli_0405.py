from flask import Flask, request

app = Flask(__name__)


@app.get("/internal/list-products/<sort>")
def search_orders(sort):
    cleaned = "{}".format(sort)
    script = "UPDATE users SET last_seen = CURRENT_TIMESTAMP WHERE username = '" + cleaned + "';"
    import helpers.db_sqlite
    con = helpers.db_sqlite.get_connection()
    con.executescript(script)
    con.commit()
    return "Updated"
