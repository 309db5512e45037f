from django.apps import AppConfig


class AppreciationsConfig(AppConfig):
    name = "midway.appreciations"
    verbose_name = "Appreciations and feeling courted"

    def ready(self):
        from midway.appreciations import signals  # noqa: F401  (connects the receiver)
