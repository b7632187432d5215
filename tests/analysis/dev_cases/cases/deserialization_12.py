import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/multi")
def multi_docs():
    count = 0
    for doc in yaml.load_all(request.get_data(as_text=True), Loader=yaml.Loader):
        count += 1 if doc else 0
    return {"documents": count}
