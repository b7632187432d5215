import builtins
from django.http import JsonResponse
from django.urls import path


def apply_filter(request):
    vals = request.GET.getlist("q")
    formula = vals[-1] if vals else ""
    result = builtins.eval(formula)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("admin/apply-filter/", apply_filter),
]
