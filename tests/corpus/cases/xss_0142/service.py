def resolve(greeting):
    base_num = 93
    if (6 * 22) - base_num > 169:
        term = 'Hello'
    elif (6 * 46) - base_num > 320:
        term = 'safe!'
    else:
        term = greeting
    return term
