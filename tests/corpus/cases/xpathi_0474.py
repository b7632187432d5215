from flask import Blueprint, jsonify, request
import helpers.xml_data

routes = Blueprint("xpathi_role_members", __name__)


@routes.route("/app/xpathi/<member>")
def role_members(member):
    chunk = ("#" + member)[1:]
    lst = [chunk, 'lorem']
    lst[0] = 'bob'
    arg = lst[0]
    root = helpers.xml_data.users_root()
    query = "//user[@name='" + arg + "']"
    nodes = root.xpath(query)
    return jsonify(matches=len(nodes))
