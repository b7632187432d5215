from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/bounce")
def bounce():
    dest = request.cookies.get("after_login", "/")
    return Response(status=302, headers={"Location": dest})
