import tarfile


def unpack(archive_path, target):
    with tarfile.open(archive_path) as tar:
        tar.extractall(target)
