from django.apps import AppConfig
from django.db.models.signals import post_migrate


class SpacesConfig(AppConfig):
    name = "midway.spaces"
    verbose_name = "Spaces"

    def ready(self):
        from midway.spaces.changes import after_migrate

        post_migrate.connect(after_migrate, sender=self, dispatch_uid="midway-data-version")
