import os
from django.http import JsonResponse
from django.views import View


PRESET = 'report.txt'


class AttachmentView(View):
    def post(self, request):
        filename = request.POST.get("name", "")
        field = filename
        field = PRESET
        arg = f"{field}"
        file_path = os.path.join("/var/www/uploads", arg)
        with open(file_path, "r") as fh:
            content = fh.read()
        return JsonResponse({"size": len(content)})
