from django.http import JsonResponse
from lxml import etree


def find_by_email_safe(request):
    email = request.POST.get("email", "")
    tree = etree.parse("/srv/data/users.xml")
    finder = etree.XPath("//user[email=$email]/@id")
    return JsonResponse({"ids": [str(i) for i in finder(tree, email=email)]})
