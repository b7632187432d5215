from lxml import etree


def load_invoice(path):
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    return etree.parse(path, parser)
