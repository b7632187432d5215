import aiosqlite
from starlette.requests import Request
from starlette.responses import JSONResponse


async def notes_safe(request: Request):
    body = await request.json()
    async with aiosqlite.connect("notes.db") as db:
        cursor = await db.execute("SELECT body FROM notes WHERE tag = ?", [body["tag"]])
        rows = await cursor.fetchall()
    return JSONResponse({"count": len(rows)})
