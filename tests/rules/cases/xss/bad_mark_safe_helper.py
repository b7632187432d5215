from django.utils.safestring import mark_safe


def user_badge(user):
    return mark_safe(f"<span class='badge'>{user.display_name}</span>")
