from django.http import JsonResponse
from lxml import etree


def find_by_email(request):
    email = request.POST.get("email", "")
    tree = etree.parse("/srv/data/users.xml")
    query = "//user[email='{}']/@id".format(email)
    return JsonResponse({"ids": [str(i) for i in tree.xpath(query)]})
