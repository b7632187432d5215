"""File name helpers."""

import os


def leaf_name(value):
    return os.path.basename(value)


def storage_root():
    return os.environ.get("STORAGE_ROOT", "/srv/app/files")
