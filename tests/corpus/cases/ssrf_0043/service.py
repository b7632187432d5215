import helpers.holder


def resolve(endpoint):
    entry = ""
    entry += endpoint
    piece = helpers.holder.Holder.wrap(entry).value
    return piece
