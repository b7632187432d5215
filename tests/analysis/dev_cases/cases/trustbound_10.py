from flask import Flask, request, session

app = Flask(__name__)


@app.get("/select-account")
def select_account():
    session["account_id"] = int(request.args.get("account", "0"))
    return "ok"
