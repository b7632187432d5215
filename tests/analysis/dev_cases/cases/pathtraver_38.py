import os

from flask import Flask, request

app = Flask(__name__)


class Store:
    def __init__(self, root):
        self.root = root


class UserStore(Store):
    def __init__(self, user):
        super().__init__("/srv/users")
        self.user = user

    def avatar(self):
        return open(os.path.join(self.root, self.user, "avatar.png"), "rb").read()


@app.get("/avatar")
def avatar():
    return {"size": len(UserStore(request.args.get("user", "")).avatar())}
