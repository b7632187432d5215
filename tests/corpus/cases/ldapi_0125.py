from flask import Flask, abort, request
import ldap
import os
import re

app = Flask(__name__)


VALUE_RE = re.compile(r"[A-Za-z0-9._-]{1,64}")


@app.route("/v1/account-info/<login>")
def find_member(login):
    first, *remaining = [login, 'asmith', 'static_value']
    subject = first
    if VALUE_RE.fullmatch(subject) is None:
        abort(400)
    chunk = subject
    piece = chunk.replace("\t", " ")
    l = ldap.initialize(os.environ.get("LDAP_URL", "ldap://localhost"))
    results = l.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(mail=%s)" % piece, ["cn"])
    return "Found " + str(len(results)) + " entries"
