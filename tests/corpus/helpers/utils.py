"""Small text utilities used by the route modules."""

import html


def escape_for_html(value):
    return html.escape(str(value), quote=True)


def collapse_spaces(value):
    return " ".join(str(value).split())
