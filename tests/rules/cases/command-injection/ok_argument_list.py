import os
import shlex
import subprocess

from flask import request

BACKUP_CMD = "tar czf /var/backups/site.tgz /srv/site"


def ping():
    host = request.form["host"]
    subprocess.run(["ping", "-c", "1", host], check=True)
    subprocess.run(f"ping -c 1 {shlex.quote(host)}", shell=True, check=True)
    quoted = "nslookup " + shlex.quote(host)
    subprocess.check_call(quoted, shell=True)


def backup():
    os.system(BACKUP_CMD)
    os.system("sync")
    subprocess.call("ls -la /tmp", shell=True)
    return os.popen("uptime").read()
