from flask import Flask, request
import helpers.directory

app = Flask(__name__)


@app.get("/api/find-member")
def account_info():
    login = request.form.get("input")
    flt = "(&(uid=%s)(objectClass=inetOrgPerson))" % login
    conn = helpers.directory.get_connection()
    conn.search("dc=example,dc=com", flt)
    return "Found " + str(len(conn.entries)) + " entries"
