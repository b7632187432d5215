import httpx

client = httpx.Client(verify=False, timeout=5)
