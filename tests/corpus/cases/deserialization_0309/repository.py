import jsonpickle


def perform(field):
    obj = jsonpickle.decode(field)
    return "Loaded"
