import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/tenant-api")
async def tenant_api(tenant_url: str):
    async with httpx.AsyncClient(base_url=tenant_url) as client:
        resp = await client.get("/v1/health")
    return {"status": resp.status_code}
