from flask import Flask, request, session

app = Flask(__name__)


@app.get("/search")
def search():
    query = request.args.get("q", "")
    session["last_query_length"] = len(query)
    return {"length": len(query)}
