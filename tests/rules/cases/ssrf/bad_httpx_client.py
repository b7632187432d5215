import httpx
from fastapi import FastAPI

api = FastAPI()


@api.post("/webhook-test")
async def webhook_test(target: str):
    async with httpx.AsyncClient() as client:
        reply = await client.post(target, json={"ping": True})
    return {"status": reply.status_code}
