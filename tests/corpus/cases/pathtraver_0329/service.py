import helpers.registry


def _clean(value):
    return str(value)


def normalise_input(report):
    piece = _clean(report)
    cleaned = helpers.registry.lookup("identity")(piece)
    return cleaned
