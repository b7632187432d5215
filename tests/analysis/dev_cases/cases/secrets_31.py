import ldap


def bind():
    conn = ldap.initialize("ldap://ldap.internal")
    conn.simple_bind_s("cn=admin,dc=example,dc=com", "LdapAdm1n#2023")
    return conn
