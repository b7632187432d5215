import ast

from django.http import JsonResponse


def parse_list(request):
    values = ast.literal_eval(request.POST.get("values", "[]"))
    return JsonResponse({"count": len(values)})
