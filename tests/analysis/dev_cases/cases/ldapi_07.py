import ldap3
from django.http import JsonResponse


def phone_book(request):
    surname = request.GET.get("sn", "")
    server = ldap3.Server("ldap://ldap.internal")
    with ldap3.Connection(server, auto_bind=True) as conn:
        conn.search("ou=people,dc=example,dc=com", "(sn=" + surname + "*)", attributes=["telephoneNumber"])
        count = len(conn.entries)
    return JsonResponse({"count": count})
