from django.apps import AppConfig


class ExchangeConfig(AppConfig):
    name = "midway.exchange"
    verbose_name = "Export, restore, backup and demo data"
