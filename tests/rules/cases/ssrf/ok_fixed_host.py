import requests
from fastapi import Depends
from flask import Flask, request

app = Flask(__name__)
API = "https://api.example.com"


@app.route("/weather")
def weather():
    city = request.args["city"]
    first = requests.get("https://api.example.com/weather", params={"q": city}, timeout=5)
    second = requests.get(f"https://api.example.com/cities/{city}", timeout=5)
    third = requests.post(API + "/search", json={"q": request.get_json()["q"]}, timeout=5)
    return {"a": first.json(), "b": second.json(), "c": third.json()}


@app.route("/avatar")
async def avatar(db=Depends(get_db)):
    # Injected dependencies are not request data.
    return requests.get(db.avatar_url, timeout=5).content
