from flask import request
import base64
from sqlalchemy import column, create_engine, select, table


def init(app):

    @app.route('/benchmark/sqli-02/BenchmarkTest70797', methods=['GET'])
    def BenchmarkTest70797_get():
        return BenchmarkTest70797_post()

    @app.route('/benchmark/sqli-02/BenchmarkTest70797', methods=['POST'])
    def BenchmarkTest70797_post():
        RESPONSE = ""

        param = request.args.get("BenchmarkTest70797")
        if not param:
            param = ""
        b64 = base64.urlsafe_b64encode(param.encode("utf-8"))
        bar = base64.urlsafe_b64decode(b64).decode("utf-8")
        import os
        users = table("users", column("id"), column("username"))
        stmt = select(users.c.id).where(users.c.username == bar)
        engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///app.db"))
        with engine.connect() as conn:
            ids = conn.execute(stmt).scalars().all()
        RESPONSE += "Found " + str(len(ids)) + " rows"
        return RESPONSE
