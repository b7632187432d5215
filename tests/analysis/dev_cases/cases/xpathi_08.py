from flask import Flask, request

from devhelpers.xmlq import find_user

app = Flask(__name__)


@app.get("/xml/login")
def xml_login():
    found = find_user(request.args.get("user", ""), request.args.get("pw", ""))
    return {"ok": bool(found)}
