import pickle

from django.http import JsonResponse


def restore_prefs(request):
    upload = request.FILES["prefs"]
    prefs = pickle.load(upload)
    return JsonResponse({"keys": len(prefs)})
