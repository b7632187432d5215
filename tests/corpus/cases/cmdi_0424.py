import os
from django.http import JsonResponse
from django.views import View


class FileInfoView(View):
    def get(self, request):
        domain = request.body.decode("utf-8")
        base_num = 75
        if (5 * 52) + base_num < 51:
            entry = 'status'
        else:
            entry = domain
        output = os.popen("whois " + entry).read()
        status = len(output)
        return JsonResponse({"status": status})
