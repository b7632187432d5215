import sqlite3
import sys

table = sys.argv[1]
db = sqlite3.connect("local.db")
db.executescript("DROP TABLE IF EXISTS " + table + ";")
