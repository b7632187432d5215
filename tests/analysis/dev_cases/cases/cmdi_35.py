import asyncio

from fastapi import FastAPI

app = FastAPI()


@app.get("/dig")
async def dig(name: str):
    proc = await asyncio.create_subprocess_exec("sh", "-c", "dig +short " + name)
    await proc.wait()
    return {"rc": proc.returncode}
