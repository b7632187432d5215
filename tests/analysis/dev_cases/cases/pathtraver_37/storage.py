import os

ROOT = os.path.realpath("/srv/documents")


def read_document(name):
    path = os.path.realpath(os.path.join(ROOT, name))
    if os.path.commonpath([ROOT, path]) != ROOT:
        raise PermissionError(name)
    with open(path, "rb") as handle:
        return handle.read()
