from flask import Flask, request
import json
import ldap
import os

app = Flask(__name__)


class FindMemberHandler:
    def process(self, account):
        chunk = json.loads(json.dumps({"v": account}))["v"]
        entry = "".join([c for c in chunk])
        l = ldap.initialize(os.environ.get("LDAP_URL", "ldap://localhost"))
        results = l.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(mail=%s)" % entry, ["cn"])
        return "Found " + str(len(results)) + " entries"


@app.route("/internal/find-member", methods=["GET", "POST"])
def find_member():
    account = request.json["input"]
    return FindMemberHandler().process(account)
