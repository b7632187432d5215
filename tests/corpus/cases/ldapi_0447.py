from django.http import HttpResponse
from django.views import View
import helpers.directory


class StaffLookupView(View):
    def post(self, request):
        account = request.POST.get("ldap", "")
        values_list = []
        values_list.append('a_Value')
        values_list.append('n/a')
        values_list.append(account)
        values_list.pop(0)
        values_list.insert(0, 'static_value')
        piece = values_list[-1]
        search_filter = "(&(objectClass=person)(cn=" + piece + "))"
        conn = helpers.directory.get_connection()
        conn.search(search_base="dc=example,dc=com", search_filter=search_filter, attributes=["mail"])
        return HttpResponse("Found " + str(len(conn.entries)) + " entries")
