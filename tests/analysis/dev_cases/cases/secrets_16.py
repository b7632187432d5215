import keyring
import pymysql


def connect():
    password = keyring.get_password("reports-db", "svc_reporting")
    return pymysql.connect(host="mysql.internal", user="svc_reporting", password=password)
