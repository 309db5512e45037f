"""Older accounts' usernames in the one canonical form (see spaces/usernames.py)."""

from django.conf import settings
from django.db import migrations

from midway.spaces.usernames import canonicalise_existing


def forwards(apps, schema_editor):
    app_label, model_name = settings.AUTH_USER_MODEL.split(".")
    canonicalise_existing(apps.get_model(app_label, model_name))


class Migration(migrations.Migration):
    dependencies = [
        ("spaces", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    # Going back keeps the canonical names: they sign in the same way either way.
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
