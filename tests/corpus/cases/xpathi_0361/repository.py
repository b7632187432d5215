import elementpath
from xml.etree import ElementTree


def run(piece):
    tree = ElementTree.parse("users.xml")
    nodes = elementpath.select(tree, "//user[@name=$n]/email", variables={"n": piece})
    return "Matches: " + str(len(nodes))
