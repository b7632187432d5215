def prepare(hostname):
    left, *remaining = [hostname, 'default', 'status']
    cleaned = left
    limit = 121
    part = 'safe!'
    while (4 * 12) + limit < 350:
        part = cleaned
        break
    return part
