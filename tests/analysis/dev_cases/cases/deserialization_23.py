import pickle

from flask import Flask, request

app = Flask(__name__)


class SessionStore:
    def __init__(self, loader=pickle.loads):
        self.loader = loader

    def restore(self, blob):
        return self.loader(blob)


@app.post("/store/restore")
def store_restore():
    store = SessionStore()
    data = store.restore(request.get_data())
    return {"size": len(data)}
