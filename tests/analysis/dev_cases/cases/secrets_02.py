from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = "8f4b2e1c9d7a6f3e5b0c1d2e3f4a5b6c"


@app.get("/")
def index():
    return "ok"
