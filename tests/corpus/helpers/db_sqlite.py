"""SQLite connection helper."""

import os
import sqlite3


def get_connection():
    return sqlite3.connect(os.environ.get("APP_DB", "app.db"))
