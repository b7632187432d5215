class Settings:
    DEBUG = False
    API_TOKEN = "ghp_8Kd2mQ7vX1pL9sR4tY6uW3zA5bC0eF2hJ4kN"
    TIMEOUT = 30
