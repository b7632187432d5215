from .repository import ReportRepository


class ReportService:
    def __init__(self):
        self.repo = ReportRepository("reports.db")

    def search(self, title):
        cleaned = title.strip()
        return len(self.repo.find_by_title(cleaned))
