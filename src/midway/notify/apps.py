from django.apps import AppConfig


class NotifyConfig(AppConfig):
    name = "midway.notify"
    verbose_name = "Notifications"

    def ready(self):
        from django.db.models.signals import post_save

        from midway.happenings.models import Happening
        from midway.notify.hooks import on_happening

        post_save.connect(on_happening, sender=Happening, dispatch_uid="midway.notify")
