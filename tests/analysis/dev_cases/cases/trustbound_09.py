from django.http import JsonResponse
from django.views import View


class LanguageView(View):
    def post(self, request):
        language = request.headers.get("X-Language", "en")
        request.session["language"] = language
        return JsonResponse({"language": "set"})
