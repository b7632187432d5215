import ipaddress
import socket
from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)

ALLOWED_SCHEMES = ("https",)
ALLOWED_HOSTS = ("hooks.example.com",)


@app.post("/hooks/register")
def register_hook():
    url = request.form.get("url", "")
    parts = urlparse(url)
    if parts.scheme not in ALLOWED_SCHEMES or parts.hostname not in ALLOWED_HOSTS:
        abort(400)
    address = ipaddress.ip_address(socket.gethostbyname(parts.hostname))
    if address.is_private:
        abort(400)
    return {"status": requests.post(url, json={"hello": True}, timeout=5).status_code}
