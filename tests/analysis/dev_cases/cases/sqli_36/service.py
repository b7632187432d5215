from .repository import ReportRepository


class ReportService:
    def __init__(self):
        self.repo = ReportRepository("reports.db")

    def search(self, title):
        return len(self.repo.find_by_title(title.strip()))
