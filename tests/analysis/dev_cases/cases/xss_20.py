from flask import Flask, request

app = Flask(__name__)


@app.get("/profile-json")
def profile_json():
    name = request.args.get("name", "")
    return {"name": name, "length": len(name)}
