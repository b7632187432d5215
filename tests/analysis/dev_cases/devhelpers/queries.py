"""SQL fragments."""

ALLOWED_SORT = ("name", "created_at", "email")


def where_name(name):
    return "WHERE name = '" + name + "'"


def order_clause(column):
    if column not in ALLOWED_SORT:
        column = "name"
    return "ORDER BY " + column
