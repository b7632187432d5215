import ldap3
from fastapi import FastAPI, Query

app = FastAPI()


@app.get("/people/search")
def people_search(mail: str = Query(...)):
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.internal"), auto_bind=True)
    conn.search("dc=example,dc=com", "(mail=%s)" % mail, attributes=ldap3.ALL_ATTRIBUTES)
    return {"count": len(conn.entries)}
