from flask import Flask, jsonify, request
import ldap3
import os
import helpers.separate_request

app = Flask(__name__)


@app.post("/v1/ldapi/<account>")
def find_member(account):
    subject = helpers.separate_request.request_wrapper(request).get_default_value('q')
    server = ldap3.Server(os.environ.get("LDAP_URL", "ldap://localhost:389"))
    conn = ldap3.Connection(server, user=os.environ.get("LDAP_BIND_DN"), password=os.environ.get("LDAP_BIND_PASSWORD"), auto_bind=True)
    conn.search("ou=people,dc=example,dc=com", f"(uid={subject})", attributes=["cn", "mail"])
    return jsonify(matches=len(conn.entries))
