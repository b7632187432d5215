from fastapi import Depends, FastAPI
from sqlalchemy import text

api = FastAPI()


@api.get("/items/{category}")
def list_items(category: str, db=Depends(get_session)):
    stmt = text("SELECT * FROM items WHERE category = '" + category + "' ORDER BY id")
    return db.execute(stmt).all()
