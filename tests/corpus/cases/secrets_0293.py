from flask import Blueprint, request
import ldap3

routes = Blueprint("secrets_sync_orders", __name__)


@routes.get("/tools/secrets/<item>")
def sync_orders(item):
    server = ldap3.Server("ldap://ldap.internal")
    conn = ldap3.Connection(server, user="cn=svc-reader,dc=example,dc=com", password="O=+1BKmaskft0I*TGa", auto_bind=True)
    conn.search("dc=example,dc=com", "(objectClass=organizationalUnit)")
    return {"units": len(conn.entries)}
