from flask import request


def init(app):

    @app.route('/benchmark/ldapi-01/BenchmarkTest04105', methods=['GET'])
    def BenchmarkTest04105_get():
        return BenchmarkTest04105_post()

    @app.route('/benchmark/ldapi-01/BenchmarkTest04105', methods=['POST'])
    def BenchmarkTest04105_post():
        RESPONSE = ""

        incoming = request.get_json(silent=True) or {}
        param = str(incoming.get("BenchmarkTest04105", ""))
        d = {}
        d['first'] = 'moresafe'
        d['second'] = 'none'
        d['third'] = param
        bar = d['third']
        import helpers.utils
        import ldap3
        import os
        flt = "(&(uid=%s)(objectClass=inetOrgPerson))" % bar
        server = ldap3.Server(os.environ.get("LDAP_URL", "ldap://localhost:389"))
        conn = ldap3.Connection(server, user=os.environ.get("LDAP_BIND_DN"), password=os.environ.get("LDAP_BIND_PASSWORD"), auto_bind=True)
        conn.search("dc=example,dc=com", flt)
        RESPONSE += helpers.utils.escape_for_html(str(len(conn.entries)))
        return RESPONSE
