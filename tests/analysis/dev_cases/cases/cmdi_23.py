import subprocess

from fastapi import FastAPI, Header

app = FastAPI()


@app.get("/tenant/init")
def tenant_init(x_tenant: str = Header(...)):
    completed = subprocess.run("mkdir -p /srv/tenants/" + x_tenant, shell=True)
    return {"rc": completed.returncode}
