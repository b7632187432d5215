from flask import request
import os
import string
from sqlalchemy import create_engine, text
import helpers.utils


DSN_TEMPLATE = "postgresql://app:${DB_PASSWORD}@db.internal:5432/app"


def init(app):
    def handle_57093():
        RESPONSE = ""
        param = request.environ.get("HTTP_X_BENCHMARKTES", "")
        dsn = string.Template(DSN_TEMPLATE).substitute(DB_PASSWORD=os.environ["DB_PASSWORD"])
        engine = create_engine(dsn)
        with engine.connect() as conn:
            total = conn.execute(text("SELECT count(*) FROM orders WHERE region = :r"), {"r": param}).scalar()
        RESPONSE += helpers.utils.escape_for_html(str(total))
        return RESPONSE

    app.add_url_rule("/benchmark/secrets/Test57093", endpoint="handle_57093", view_func=handle_57093, methods=["GET", "POST"])
