from django.apps import AppConfig


class TogetherConfig(AppConfig):
    name = "midway.together"
    verbose_name = "Together"

    def ready(self):
        from midway.together import signals  # noqa: F401  (connects the receivers)
