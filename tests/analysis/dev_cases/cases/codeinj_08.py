from flask import Flask, request

app = Flask(__name__)


class PluginHost:
    def __init__(self):
        self.namespace = {"version": 2}

    def load(self, source):
        exec(source, self.namespace)
        return self.namespace.get("name", "plugin")


@app.post("/plugins")
def upload_plugin():
    host = PluginHost()
    name = host.load(request.files["plugin"].read().decode("utf-8"))
    return {"loaded": name}
