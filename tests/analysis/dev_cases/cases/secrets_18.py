from pathlib import Path

import psycopg2


def connect():
    password = Path("/run/secrets/db_password").read_text(encoding="utf-8").strip()
    return psycopg2.connect(host="db.internal", user="app", password=password)
