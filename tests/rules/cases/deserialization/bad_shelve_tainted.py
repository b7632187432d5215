import shelve

from flask import request


def profile():
    db = shelve.open("/var/app/profiles/" + request.args["user"])
    return db.get("theme")
