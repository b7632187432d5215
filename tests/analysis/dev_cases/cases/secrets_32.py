import os

import ldap


def bind():
    conn = ldap.initialize("ldap://ldap.internal")
    conn.simple_bind_s("cn=admin,dc=example,dc=com", os.environ["LDAP_ADMIN_PASSWORD"])
    return conn
