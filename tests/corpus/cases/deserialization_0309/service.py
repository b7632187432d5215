import helpers.pipeline


def build_value(raw_state):
    part = ""
    part += raw_state
    field = helpers.pipeline.Transformer().apply(part)
    return field
