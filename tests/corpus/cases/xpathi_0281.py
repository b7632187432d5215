from django.http import HttpResponse
from django.views import View
import helpers.xml_data


class ProfileXmlView(View):
    def post(self, request):
        username = request.GET.get("name", "")
        lookup = {'request_data': {'primary': username, 'secondary': 'safe', 'fallback': 'a_Value'}}
        subject = lookup['request_data']['secondary']
        root = helpers.xml_data.users_root()
        nodes = root.xpath(f"//user[@name='{subject}']/email/text()")
        return HttpResponse("Matches: " + str(len(nodes)))
