import ldap3
from fastapi import FastAPI, Query
from ldap3.utils.conv import escape_filter_chars

app = FastAPI()


@app.get("/people/search-safe")
def people_search_safe(mail: str = Query(...)):
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.internal"), auto_bind=True)
    conn.search("dc=example,dc=com", "(mail=%s)" % escape_filter_chars(mail))
    return {"count": len(conn.entries)}
