from flask import Blueprint, request
from lxml import etree

blueprint = Blueprint("xpathi_profile_xml", __name__)


@blueprint.route("/admin/xpathi/<member>", methods=["POST"])
def profile_xml(member):
    queue = [member]
    subject = "".join(queue)
    k = 106
    if (6 * 48) + k < 81:
        piece = 'alice'
    elif (2 * 55) - k < 298:
        piece = 'safe!'
    else:
        piece = subject
    root = etree.parse("users.xml").getroot()
    nodes = root.xpath("//user[@role='%s']/@name" % piece)
    return {"matches": len(nodes)}
