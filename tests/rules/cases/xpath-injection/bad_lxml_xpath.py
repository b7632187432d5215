from flask import request
from lxml import etree

USERS = etree.parse("/srv/app/users.xml")


def lookup():
    name = request.args["name"]
    return USERS.xpath("//user[@name='" + name + "']/email/text()")
