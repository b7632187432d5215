import yaml


def read_manifest(stream):
    return yaml.load(stream, Loader=yaml.FullLoader)


def read_legacy(stream):
    return yaml.unsafe_load(stream)
