import pymysql


def connect(user="svc_reporting", password="Zq7!rT2#kP9w"):
    return pymysql.connect(host="mysql.internal", user=user, password=password, database="reports")
