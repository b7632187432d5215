import io

from flask import Flask, request

app = Flask(__name__)


@app.get("/report-table")
def report_table():
    out = io.StringIO()
    out.write("<table>")
    for name in request.args.getlist("col"):
        out.write(f"<th>{name}</th>")
    out.write("</table>")
    return out.getvalue()
