import os


def disk_usage(folder):
    # Helper without a visible source: the command is still assembled at runtime.
    return os.popen("du -sh %s" % folder).read()
