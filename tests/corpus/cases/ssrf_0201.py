import httpx
from django.http import JsonResponse
from django.views import View


class PingFeedView(View):
    def get(self, request):
        callback = request.body.decode("utf-8")
        input_value = callback[:256]
        k = 55
        arg = 'https://api.example.com/v1/status'
        if (4 * 28) - k > 72:
            arg = input_value
        transform = lambda s: s
        entry = transform(arg)
        with httpx.Client(timeout=5.0) as client:
            resp = client.head(entry)
        return JsonResponse({"status": resp.status_code})
