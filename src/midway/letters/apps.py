from django.apps import AppConfig


class LettersConfig(AppConfig):
    name = "midway.letters"
    verbose_name = "Letters"
