from flask import Flask, request, session

app = Flask(__name__)

TRUST_CLIENT = False


@app.get("/client-role")
def client_role():
    role = "viewer"
    if TRUST_CLIENT:
        role = request.headers.get("X-Role", "viewer")
    session["role"] = role
    return "ok"
