from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/page", response_class=HTMLResponse)
def page(title: str = "Home"):
    return HTMLResponse(content=f"<html><head><title>{title}</title></head></html>")
