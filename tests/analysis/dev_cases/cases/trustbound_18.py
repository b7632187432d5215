from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/cart/add")
async def cart_add(request: Request):
    form = await request.form()
    request.session["last_item"] = form.get("item")
    return {"ok": True}
