from flask import Flask, request
import helpers.thing
import helpers.xml_data

app = Flask(__name__)


@app.route("/admin/role-members")
def profile_xml():
    member = request.values.get("q")
    if not member:
        member = ""
    seq = []
    seq.append('safe!')
    seq.append('alice')
    seq.append(member)
    seq.remove('alice')
    field = seq[-1]
    impl = helpers.thing.Thing1()
    chunk = impl.doSomething(field)
    num = 87
    value = 'alice' if (8 * 12) - num > 373 else chunk
    root = helpers.xml_data.users_root()
    query = "//user[@name='" + value + "']"
    nodes = root.xpath(query)
    return "Matches: " + str(len(nodes))
