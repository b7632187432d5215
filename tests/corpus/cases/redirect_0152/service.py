def normalise_input(continue_url):
    return continue_url
