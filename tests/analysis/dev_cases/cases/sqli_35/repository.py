import sqlite3


class ReportRepository:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def find_by_title(self, title):
        return self.conn.execute("SELECT id FROM reports WHERE title LIKE '%" + title + "%'").fetchall()
