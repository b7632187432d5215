import functools
import subprocess

from flask import Blueprint, abort, session

bp = Blueprint("files", __name__)


def login_required(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        if "user" not in session:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


@bp.route("/archive/<path:name>")
@login_required
def make_archive(name):
    subprocess.run("zip -r /tmp/archive.zip " + name, shell=True, check=False)
    return "queued"
