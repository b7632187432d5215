"""Named value functions looked up at runtime."""

_FUNCTIONS = {
    "identity": lambda value: value,
    "blank": lambda value: "",
}


def lookup(name):
    return _FUNCTIONS[name]
