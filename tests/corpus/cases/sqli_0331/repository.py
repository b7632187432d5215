import os
import sqlalchemy


def perform(chunk):
    engine = sqlalchemy.create_engine(os.environ["DATABASE_URL"])
    with engine.begin() as conn:
        conn.execute(sqlalchemy.text("DELETE FROM sessions WHERE token = '{}'".format(chunk)))
    return "Signed out"
