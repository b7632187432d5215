import pickle
from django.http import JsonResponse
from django.views import View
import helpers.thing


class RestoreStateView(View):
    def get(self, request):
        blob = request.body.decode("utf-8")
        mapping = {}
        mapping['a'] = 'none'
        mapping['b'] = 'default'
        mapping['c'] = blob
        value = mapping['c']
        arg = helpers.thing.describe(value)
        cleaned = arg[:512]
        obj = pickle.loads(cleaned.encode("latin-1"))
        return JsonResponse({"loaded": obj is not None})
