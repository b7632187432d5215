def run_hook(hook_source, context):
    # The hook text comes from the caller; nothing shows it is a constant.
    exec(hook_source, {"ctx": context})
