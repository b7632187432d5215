from flask import request, send_from_directory


def attachment():
    folder = request.args["folder"]
    return send_from_directory(folder, "invoice.pdf")
