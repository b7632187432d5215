import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/mirror")
async def mirror(source: str):
    async with httpx.AsyncClient() as client:
        resp = await client.get(source)
    return {"status": resp.status_code}
