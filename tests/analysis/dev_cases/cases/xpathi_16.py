from flask import Flask, request

from devhelpers.xmlq import find_user_safe

app = Flask(__name__)


@app.get("/xml/login-safe")
def xml_login_safe():
    found = find_user_safe(request.args.get("user", ""), request.args.get("pw", ""))
    return {"ok": bool(found)}
