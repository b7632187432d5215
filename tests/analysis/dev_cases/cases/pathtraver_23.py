import os

from flask import Flask, request

app = Flask(__name__)


class Storage:
    root = "/srv/storage"

    def path_for(self, name):
        return os.path.join(self.root, name)

    def delete(self, name):
        os.unlink(self.path_for(name))


@app.delete("/storage")
def delete_object():
    Storage().delete(request.args.get("name", ""))
    return "deleted"
