import yaml
from django.http import JsonResponse
from django.views import View


class LoadSessionBlobView(View):
    def post(self, request):
        prefs = request.body.decode("utf-8")
        lead, term = ('safe', prefs)
        obj = yaml.unsafe_load(term)
        return JsonResponse({"loaded": obj is not None})
