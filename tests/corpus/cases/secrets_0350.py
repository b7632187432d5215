from flask import request
from sqlalchemy import create_engine, text
import helpers.separate_request
import helpers.settings
import helpers.utils


def init(app):

    @app.route('/benchmark/secrets-01/BenchmarkTest99456', methods=['GET'])
    def BenchmarkTest99456_get():
        return BenchmarkTest99456_post()

    @app.route('/benchmark/secrets-01/BenchmarkTest99456', methods=['POST'])
    def BenchmarkTest99456_post():
        RESPONSE = ""

        param = helpers.separate_request.request_wrapper(request).get_query_parameter("BenchmarkTest99456")
        engine = create_engine(helpers.settings.database_url())
        with engine.connect() as conn:
            total = conn.execute(text("SELECT count(*) FROM orders WHERE region = :r"), {"r": param}).scalar()
        RESPONSE += helpers.utils.escape_for_html(str(total))
        return RESPONSE
