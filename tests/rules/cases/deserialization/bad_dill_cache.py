import dill


def restore(path):
    with open(path, "rb") as handle:
        return dill.load(handle)
