from django.apps import AppConfig


class HappeningsConfig(AppConfig):
    name = "midway.happenings"
    verbose_name = "Happenings"
