from django.http import JsonResponse


def calculate(request):
    params = request.GET.dict()
    expression = "{a} {op} {b}".format(**params)
    return JsonResponse({"value": eval(expression)})
