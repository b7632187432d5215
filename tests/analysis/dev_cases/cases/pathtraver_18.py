import os
import uuid

from flask import Flask, request

app = Flask(__name__)


@app.get("/jobs/result")
def job_result():
    job_id = uuid.UUID(request.args.get("id", ""))
    with open(os.path.join("/srv/jobs", f"{job_id}.json"), encoding="utf-8") as handle:
        return {"size": len(handle.read())}
