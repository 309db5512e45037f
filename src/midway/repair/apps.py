from django.apps import AppConfig


class RepairConfig(AppConfig):
    name = "midway.repair"
    verbose_name = "Repair"
