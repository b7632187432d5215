import pickle as pk

from flask import Flask, request

app = Flask(__name__)


@app.post("/jobs/import")
def import_job():
    job = pk.loads(request.get_data())
    return {"job": str(getattr(job, "name", "?"))}
