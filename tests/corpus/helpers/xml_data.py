"""A small user directory document used by XML lookups."""

USERS_XML = b"""<users>
  <user name="alice" role="admin"><email>alice@example.com</email></user>
  <user name="bob" role="user"><email>bob@example.com</email></user>
</users>"""


def users_root():
    from lxml import etree

    return etree.fromstring(USERS_XML)
