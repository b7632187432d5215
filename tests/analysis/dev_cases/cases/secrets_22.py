import psycopg2


def connect():
    return psycopg2.connect("host=db.internal dbname=app user=app password=Wr7!kQ2zLp9v")
