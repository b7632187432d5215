from flask import request
import boto3
import helpers.utils


def init(app):

    @app.route('/benchmark/secrets-01/BenchmarkTest69663', methods=['GET'])
    def BenchmarkTest69663_get():
        return BenchmarkTest69663_post()

    @app.route('/benchmark/secrets-01/BenchmarkTest69663', methods=['POST'])
    def BenchmarkTest69663_post():
        RESPONSE = ""

        param = request.json["BenchmarkTest69663"]
        s3 = boto3.client("s3")
        listing = s3.list_objects_v2(Bucket="reports", Prefix="daily/")
        RESPONSE += helpers.utils.escape_for_html(str(listing.get("KeyCount", 0)))
        return RESPONSE
