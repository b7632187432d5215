from django.http import JsonResponse


def spreadsheet_cell(request):
    formula = request.POST.get("formula", "0")
    result = eval(formula)
    return JsonResponse({"result": str(result)})
