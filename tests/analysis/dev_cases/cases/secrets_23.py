DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "app",
        "USER": "app",
        "PASSWORD": "dj4ngo-Pr0d-S3cret!",
        "HOST": "db.internal",
    }
}
