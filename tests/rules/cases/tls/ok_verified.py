import ssl

import httpx
import requests


def fetch_status(url):
    return requests.get(url, timeout=10, verify="/etc/ssl/private-ca.pem").json()


def make_context():
    ctx = ssl.create_default_context()
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    return ctx


client = httpx.Client(verify=make_context())
