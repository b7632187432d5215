def build_value(username):
    pick = "MNO"[2]
    match pick:
        case 'O':
            piece = username
        case 'M':
            piece = 'bob'
        case _:
            piece = 'guest'
    return piece
