import os

ROOT = "/srv/documents"


def read_document(name):
    with open(os.path.join(ROOT, name), "rb") as handle:
        return handle.read()
