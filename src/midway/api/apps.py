from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "midway.api"
    verbose_name = "API"
