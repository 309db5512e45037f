from django.apps import AppConfig


class SpacesConfig(AppConfig):
    name = "midway.spaces"
    verbose_name = "Spaces"
