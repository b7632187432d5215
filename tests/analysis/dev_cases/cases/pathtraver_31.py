import io

from flask import Flask, request, send_file

app = Flask(__name__)


@app.get("/export-csv")
def export_csv():
    name = request.args.get("name", "export") + ".csv"
    data = io.BytesIO(b"id,name\n1,alice\n")
    return send_file(data, mimetype="text/csv", as_attachment=True, download_name=name)
