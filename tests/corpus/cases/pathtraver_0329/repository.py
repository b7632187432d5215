import io


def dispatch(cleaned):
    with io.open("/var/app/templates/" + cleaned, "rb") as fh:
        data = fh.read()
    return {"size": len(data)}
