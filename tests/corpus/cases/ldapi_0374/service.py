import helpers.pipeline


def normalise_input(login):
    store = dict(zip(['primary', 'secondary', 'fallback'], ['x', 'default', login]))
    item = store['fallback']
    piece = helpers.pipeline.run([helpers.pipeline.Transformer(), helpers.pipeline.Trimmer()], item)
    lst = [piece, 'jdoe', 'x']
    lst.pop()
    lst.insert(0, 'another_Value')
    lst.append('default')
    raw = lst[-3]
    return raw
