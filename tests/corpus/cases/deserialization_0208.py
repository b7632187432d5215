import base64
import pickle
from django.http import JsonResponse
from django.views import View


class ImportPrefsView(View):
    def get(self, request):
        prefs = request.body.decode("utf-8")
        obj = pickle.loads(base64.b64decode(prefs))
        return JsonResponse({"loaded": obj is not None})
