import re

import ldap
from django.http import HttpResponseBadRequest, JsonResponse


def login_lookup(request):
    login = request.POST.get("login", "")
    if not re.fullmatch(r"[a-z0-9._-]{1,32}", login):
        return HttpResponseBadRequest("bad login")
    conn = ldap.initialize("ldap://dc.corp.example")
    found = conn.search_s("dc=corp,dc=example", ldap.SCOPE_SUBTREE, "(uid=%s)" % login)
    return JsonResponse({"exists": bool(found)})
