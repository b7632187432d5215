import psycopg2

DB_PASSWORD = "Pr0d-Passw0rd!2024"


def connect():
    return psycopg2.connect(host="db.internal", user="app", password=DB_PASSWORD, dbname="app")
