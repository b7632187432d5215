import psycopg2

DB_PASSWORD = "s3cr3t-Pr0d-2024!"


def connect():
    return psycopg2.connect(host="db.internal", user="app", password="Tr0ub4dor&3x")
