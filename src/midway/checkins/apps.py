from django.apps import AppConfig


class CheckinsConfig(AppConfig):
    name = "midway.checkins"
    verbose_name = "Check-in"
