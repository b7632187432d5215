from flask import Flask, request
import requests
import helpers.separate_request
import helpers.thing

app = Flask(__name__)


@app.route("/public/ssrf")
def ping_feed():
    wrapper = helpers.separate_request.request_wrapper(request)
    url = wrapper.get_form_parameter("value")
    subject = url.strip()
    chunk = helpers.thing.Thing3().doSomething(subject)
    resp = requests.post(chunk, json={"event": "ping"}, timeout=5)
    return {"status": resp.status_code}
