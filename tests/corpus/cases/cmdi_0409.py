from flask import Blueprint, request
import os

views = Blueprint("cmdi_dns_lookup", __name__)


@views.route("/tools/log-search/<archive>")
def dns_lookup(archive):
    mapping = {}
    mapping['first'] = archive
    mapping['second'] = 'hello'
    mapping['third'] = 'ABC'
    chunk = mapping['first']
    subject = "{} ".format(chunk)
    status = os.system(f"grep -i {subject} /var/log/app.log")
    return "Command finished"
