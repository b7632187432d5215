from flask import Flask, Response, request

app = Flask(__name__)


@app.post("/comment/preview")
def preview():
    body = request.form.get("body", "")
    html = "<div class='comment'>%s</div>" % body
    return Response(html, mimetype="text/html")
