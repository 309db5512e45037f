from django.apps import AppConfig


class DecisionsConfig(AppConfig):
    name = "midway.decisions"
    verbose_name = "Decide together"
