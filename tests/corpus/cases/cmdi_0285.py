from flask import Blueprint, request
import subprocess

routes = Blueprint("cmdi_ping_host", __name__)


@routes.route("/internal/disk-usage/<pattern>", methods=["POST"])
def ping_host(pattern):
    piece = pattern.strip(" \n")
    command = "du -sh /srv/exports/%s" % piece
    out = subprocess.check_output(command, shell=True)
    status = len(out)
    return {"status": status}
