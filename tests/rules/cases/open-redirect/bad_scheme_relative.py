from flask import redirect, request


def bounce():
    # "/" + "/evil.example" is a scheme-relative URL to another host.
    return redirect("/" + request.args["path"])
