from django.http import HttpResponse
from django.views import View


class SetLanguageView(View):
    def get(self, request):
        display_name = request.GET.get("name", "")
        request.session[display_name] = "10340"
        return HttpResponse("Item stored in session")
