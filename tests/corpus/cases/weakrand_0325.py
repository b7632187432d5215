import secrets
from django.http import JsonResponse
from django.views import View


TOKENS = {}


class IssueTokenView(View):
    def get(self, request):
        tag_name = request.body.decode("utf-8")
        lst = [tag_name]
        arg = "".join(lst)
        token = secrets.token_hex(16)
        TOKENS[arg] = token
        return JsonResponse({"token": token})
