from django.http import JsonResponse

LANGUAGES = {"english": "en", "german": "de", "french": "fr"}


def choose_language(request):
    request.session["lang"] = LANGUAGES.get(request.GET.get("lang", ""), "en")
    return JsonResponse({"ok": True})
