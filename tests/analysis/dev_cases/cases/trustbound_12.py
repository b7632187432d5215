from flask import Flask, request, session

app = Flask(__name__)

THEMES = ("light", "dark", "contrast")


@app.get("/theme-safe")
def theme_safe():
    choice = request.args.get("theme", "light")
    if choice in THEMES:
        session["theme"] = choice
    return "ok"
