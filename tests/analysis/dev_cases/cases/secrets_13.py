import pymysql

DB_PASSWORD = "changeme"


def connect():
    return pymysql.connect(host="localhost", user="dev", password=DB_PASSWORD, database="dev")
