import httpx
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/geo")
async def geo(request: Request):
    async with httpx.AsyncClient(base_url="https://geo.example.com") as client:
        resp = await client.get("/lookup", params=dict(request.query_params))
    return {"status": resp.status_code}
