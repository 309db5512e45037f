from django.apps import AppConfig


class TogetherConfig(AppConfig):
    name = "midway.together"
    verbose_name = "Together"
