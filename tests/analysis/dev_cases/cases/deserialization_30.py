import os

from flask import Flask, request
from itsdangerous import URLSafeSerializer

app = Flask(__name__)

SERIALIZER = URLSafeSerializer(os.environ["APP_SECRET"], salt="prefs")


@app.get("/prefs")
def prefs():
    data = SERIALIZER.loads(request.cookies.get("prefs", ""))
    return {"keys": len(data)}
