from xml.dom import minidom

from flask import request


def import_contacts():
    document = minidom.parseString(request.get_data())
    return [node.firstChild.data for node in document.getElementsByTagName("email")]
