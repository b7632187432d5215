from django.http import HttpResponse
from django.template import Context, Template


def greeting(request):
    template = Template("<p>Hello " + request.GET.get("name", "") + "</p>")
    return HttpResponse(template.render(Context({})))
