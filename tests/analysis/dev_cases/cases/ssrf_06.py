import aiohttp
from fastapi import FastAPI

app = FastAPI()


@app.get("/unfurl")
async def unfurl(link: str):
    async with aiohttp.ClientSession() as session:
        async with session.get(link) as resp:
            body = await resp.text()
    return {"length": len(body)}
