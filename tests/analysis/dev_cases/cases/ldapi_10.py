import ldap
import ldap.filter
from flask import Flask, request

app = Flask(__name__)


@app.get("/directory/mail-safe")
def by_mail_safe():
    email = ldap.filter.escape_filter_chars(request.args.get("email", ""))
    conn = ldap.initialize("ldap://ldap.internal")
    results = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(mail=%s)" % email)
    return {"count": len(results)}
