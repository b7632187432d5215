from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/user-page")
def user_page():
    uid = int(request.args.get("id", "0"))
    return redirect(f"/users/{uid}")
