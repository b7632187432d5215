"""XML user store queries."""

from lxml import etree

USERS = etree.parse("/srv/data/users.xml")


def find_user(user, password):
    expression = "//user[name/text()='" + user + "' and password/text()='" + password + "']"
    return USERS.xpath(expression)


def find_user_safe(user, password):
    return USERS.xpath("//user[name/text()=$u and password/text()=$p]", u=user, p=password)
