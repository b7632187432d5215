import aiosqlite
from starlette.requests import Request
from starlette.responses import JSONResponse


async def notes(request: Request):
    body = await request.json()
    async with aiosqlite.connect("notes.db") as db:
        cursor = await db.execute(f"SELECT body FROM notes WHERE tag = '{body['tag']}'")
        rows = await cursor.fetchall()
    return JSONResponse({"count": len(rows)})
