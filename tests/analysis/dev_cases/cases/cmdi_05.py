import asyncio

from fastapi import FastAPI

app = FastAPI()


@app.get("/convert")
async def convert(fmt: str):
    proc = await asyncio.create_subprocess_shell(f"convert /srv/in.png /srv/out.{fmt}")
    await proc.wait()
    return {"ok": proc.returncode == 0}
