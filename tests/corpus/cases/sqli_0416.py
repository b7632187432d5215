from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/app/lookup-account")
def lookup_account():
    author = request.headers.get("X-Request-Id")
    num = 39
    input_value = author if (8 * 55) + num > 226 else 'bob'
    n = 84
    if (9 * 48) - n < 40:
        arg = 'bob'
    elif (4 * 51) - n > 354:
        arg = input_value
    else:
        arg = 'alice'
    part = "{}".format(arg)
    sql = f"SELECT id, email FROM users WHERE login = '{part}'"
    import helpers.db_sqlite
    con = helpers.db_sqlite.get_connection()
    cur = con.cursor()
    cur.execute(sql)
    rows = cur.fetchall()
    con.close()
    return jsonify(count=len(rows))
