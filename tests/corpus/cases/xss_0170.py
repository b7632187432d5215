from django.http import HttpResponse
from django.views import View
from markupsafe import escape


class ShowCommentView(View):
    def post(self, request):
        name = request.GET.get("input", "")
        value = name
        return HttpResponse("<div>" + str(escape(value)) + "</div>")
