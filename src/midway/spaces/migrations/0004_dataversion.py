from django.db import migrations, models


def first_row(apps, schema_editor):
    import time

    apps.get_model("spaces", "DataVersion").objects.create(pk=1, number=time.time_ns() // 1000)


class Migration(migrations.Migration):
    dependencies = [("spaces", "0003_member_face")]

    operations = [
        migrations.CreateModel(
            name="DataVersion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("number", models.BigIntegerField(default=0)),
            ],
        ),
        migrations.RunPython(first_row, migrations.RunPython.noop),
    ]
