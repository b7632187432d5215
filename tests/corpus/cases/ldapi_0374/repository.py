import ldap3
import os


def dispatch(raw):
    server = ldap3.Server(os.environ.get("LDAP_URL", "ldap://localhost:389"))
    conn = ldap3.Connection(server, user=os.environ.get("LDAP_BIND_DN"), password=os.environ.get("LDAP_BIND_PASSWORD"), auto_bind=True)
    conn.search("ou=people,dc=example,dc=com", "(|(uid={0})(mail={0}))".format(raw), attributes=["cn"])
    return "Found " + str(len(conn.entries)) + " entries"
