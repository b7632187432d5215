import psycopg2


def connect():
    return psycopg2.connect("host=localhost dbname=dev user=dev password=${PGPASSWORD}")
