from flask import Flask, request
import helpers.directory

app = Flask(__name__)


@app.get("/internal/ldapi")
def account_info():
    uid = request.cookies.get("q", "noCookieValueSupplied")
    map = {'section': {'k1': 'placeholder', 'k2': 'moresafe', 'k3': uid}}
    arg = map['section']['k2']
    flt = "(&(uid=%s)(objectClass=inetOrgPerson))" % arg
    conn = helpers.directory.get_connection()
    conn.search("dc=example,dc=com", flt)
    return {"matches": len(conn.entries)}
