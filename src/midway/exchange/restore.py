"""Restore: an export file into an empty instance, all of it or nothing.

The file is checked in full first (`validate.read_export`); only then is the
database touched, in one transaction that first makes sure the instance is empty.
Ids are kept as they are in the file, so links and exports stay the same.
"""

from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, DataError, IntegrityError, connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.models import Model

from midway.exchange.kinds import all_kinds, user_model
from midway.exchange.validate import ExportFileError, Plan, read_export
from midway.spaces.models import Space


class NotEmpty(Exception):
    """The instance already holds data; restoring would mix two instances."""


def restore_order() -> list[type[Model]]:
    """Every restored model, each after the models it refers to."""
    return [user_model(), Space, *(kind.model for kind in all_kinds())]


def instance_is_empty(using: str = DEFAULT_DB_ALIAS) -> bool:
    return not any(model._default_manager.using(using).exists() for model in restore_order())


def migrate_if_needed(using: str = DEFAULT_DB_ALIAS) -> None:
    """A fresh data directory has no tables yet; create them (this writes no one's data)."""
    connection = connections[using]
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        from django.core.management import call_command

        call_command("migrate", database=using, interactive=False, verbosity=0)


def _saves_itself(model: type[Model]) -> bool:
    # A model with its own save() computes something there (the phrasebook's search
    # text); bulk_create would skip it, so those rows are saved one by one.
    return model.save is not Model.save


def write(plan: Plan, using: str = DEFAULT_DB_ALIAS) -> None:
    for model in restore_order():
        objects = plan.objects.get(model, [])
        if _saves_itself(model):
            for obj in objects:
                obj.save(force_insert=True, using=using)
        elif objects:
            model._default_manager.using(using).bulk_create(objects, batch_size=500)
    connection = connections[using]
    # PostgreSQL's id sequences do not move when ids are inserted explicitly; without
    # this, the next letter written after a restore would collide with a restored one.
    statements = connection.ops.sequence_reset_sql(no_style(), restore_order())
    if statements:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)


def _rebuild_happenings(using: str) -> None:
    """The stream of happenings is not in the file (see kinds.NOT_EXPORTED): it is made
    again from the restored items' own dates, so "What's new" and the insights'
    markers read as before."""
    from midway.happenings.rebuild import rebuild

    for space in Space.objects.using(using).all():
        rebuild(space)


def restore(raw: bytes, using: str = DEFAULT_DB_ALIAS, *, allow_admins: bool = False) -> Plan:
    """Restore an export (bytes of the file) into an empty instance; return what was made.

    Raises ExportFileError for a file that cannot be restored and NotEmpty for an
    instance that already holds data; in both cases nothing is written. Accounts
    marked staff or superuser are refused unless `allow_admins`.
    """
    plan = read_export(raw, allow_admins=allow_admins)
    migrate_if_needed(using)
    try:
        with transaction.atomic(using=using):
            if not instance_is_empty(using):
                raise NotEmpty(
                    "This Midway already holds data; restore only into an empty one "
                    "(a new MIDWAY_DATA_DIR, or a new PostgreSQL database)."
                )
            write(plan, using)
            _rebuild_happenings(using)
    except (IntegrityError, DataError) as error:
        # The checks above should catch every such file; this is the last line.
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise ExportFileError(f"The database refused the file's data: {first_line}") from None
    return plan
