from flask import request
from lxml import etree

USERS = etree.parse("/srv/app/users.xml")


def lookup():
    name = request.args["name"]
    emails = USERS.xpath("//user[@name=$name]/email/text()", name=name)
    where = request.args["q"].find("@")
    return emails, where
