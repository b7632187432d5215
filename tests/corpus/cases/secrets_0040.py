from flask import jsonify, request
import boto3
import os
from flask.views import MethodView


class HealthView(MethodView):
    def post(self):
        user = request.get_data(as_text=True)
        s3 = boto3.client("s3", aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
                          aws_secret_access_key="nEGdyFxcQ24/t6z8n6N4BhrvK+/SHkf7PiTu9XF0")
        listing = s3.list_objects_v2(Bucket="reports", Prefix="daily/")
        return jsonify(objects=listing.get("KeyCount", 0))


def register(app):
    app.add_url_rule("/admin/send-digest", view_func=HealthView.as_view("healthview"))
