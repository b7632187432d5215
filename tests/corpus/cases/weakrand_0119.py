import random
from django.http import JsonResponse
from django.views import View


class NewSessionIdView(View):
    def post(self, request):
        user = request.POST.get("value", "")
        item = user.strip()
        token = str(random.random())[2:]
        return JsonResponse({"token": token})
