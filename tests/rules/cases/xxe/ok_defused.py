import defusedxml.ElementTree as SafeET
from flask import request
from lxml import etree

HARDENED = etree.XMLParser(resolve_entities=False, no_network=True)


def import_contacts():
    tree = SafeET.fromstring(request.get_data())
    other = etree.fromstring(request.get_data(), HARDENED)
    local = etree.parse("/etc/app/config.xml")
    return tree, other, local
