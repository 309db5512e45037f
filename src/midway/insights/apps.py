from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "midway.insights"
    verbose_name = "Insights"
