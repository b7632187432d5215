def prepare(rule):
    return rule
