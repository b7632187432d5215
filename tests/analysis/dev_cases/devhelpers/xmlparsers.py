"""XML parser factories."""

from lxml import etree


def legacy_parser():
    return etree.XMLParser(resolve_entities=True, load_dtd=True)


def hardened_parser():
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
