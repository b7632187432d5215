import ldap3
import os
from django.http import JsonResponse
from django.views import View


class StaffLookupView(View):
    def get(self, request):
        username = request.body.decode("utf-8")
        seq = [username, 'safe', 'default']
        seq.insert(0, 'x')
        item = seq[1]
        term = "{}".format(item)
        server = ldap3.Server(os.environ.get("LDAP_URL", "ldap://localhost:389"))
        conn = ldap3.Connection(server, user=os.environ.get("LDAP_BIND_DN"), password=os.environ.get("LDAP_BIND_PASSWORD"), auto_bind=True)
        conn.search("ou=people,dc=example,dc=com", f"(uid={term})", attributes=["cn", "mail"])
        return JsonResponse({"matches": len(conn.entries)})
