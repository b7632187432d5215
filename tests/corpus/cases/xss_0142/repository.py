from flask import render_template_string


def dispatch(term):
    return render_template_string("<ul>{% for t in tags %}<li>{{ t }}</li>{% endfor %}</ul>", tags=term.split(","))
