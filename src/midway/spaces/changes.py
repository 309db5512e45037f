"""A number that grows whenever anything a page shows is written: the data version.

Database triggers, not Python signals, raise it: a signal misses `QuerySet.update()`,
bulk writes, raw SQL and other processes, and a page cached past any of those could
show one partner what the other has since taken back. A trigger sits on every table
of Midway's own apps (and the users' table) for inserts, updates and deletes, so the
number moves in the same transaction as the write, whoever made it.

- SQLite: a row trigger per table and event. SQLite has one writer at a time, so the
  one-row update costs microseconds and waits for nobody.
- PostgreSQL: a *deferred* constraint trigger, which runs at commit. Raised earlier,
  two transactions writing the same rows in opposite orders could deadlock on the
  version row; at commit, it is always the last lock a transaction takes.

The triggers are (re)made after every `migrate`, so a new model's table gets one
without anyone remembering to add it (a test checks every table has it).
"""

import time

from django.apps import apps
from django.db import connections

TABLE = "spaces_dataversion"
TRIGGER = "midway_data_changed"

# Tables written by machinery, not by what a page shows: the task queue and the
# notices being sent (written by the worker all the time). Sessions and API tokens
# are watched: a kept page is keyed on the browser's session cookie or token, so
# signing out or revoking a token must end its pages.
UNWATCHED = {
    TABLE,
    "django_migrations",
    "django_content_type",
    "auth_permission",
    "notify_notice",
    "notify_noticeitem",
    "notify_delivery",
}


def watched_tables() -> list[str]:
    """The tables whose writes change what a page shows."""
    tables = {"auth_user", "django_session"}
    for model in apps.get_models(include_auto_created=True):
        if model.__module__.startswith("midway."):
            tables.add(model._meta.db_table)
    return sorted(tables - UNWATCHED)


def _sqlite_statements(table: str) -> list[str]:
    return [
        f'CREATE TRIGGER IF NOT EXISTS "{TRIGGER}_{table}_{event.lower()}" '
        f'AFTER {event} ON "{table}" '
        f"BEGIN UPDATE {TABLE} SET number = number + 1 WHERE id = 1; END"
        for event in ("INSERT", "UPDATE", "DELETE")
    ]


# Once a transaction: the row's events all run at commit, and updating one row many
# times in one transaction grows its chain of versions, each update slower than the
# last (a bulk write of 100,000 rows would take minutes). A flag local to the
# transaction says it has been raised; `data_version` clears it after counting.
FLAG = "midway.data_changed"
POSTGRES_FUNCTION = f"""
CREATE OR REPLACE FUNCTION {TRIGGER}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('{FLAG}', true), '') = '' THEN
        PERFORM set_config('{FLAG}', 'yes', true);
        UPDATE {TABLE} SET number = number + 1 WHERE id = 1;
    END IF;
    RETURN NULL;
END
$$
"""


def _postgres_statements(table: str) -> list[str]:
    return [
        f'CREATE CONSTRAINT TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
        f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {TRIGGER}()",
    ]


def install_triggers(using: str = "default") -> int:
    """Put the trigger on every watched table that exists and lacks it; returns how
    many tables got one."""
    connection = connections[using]
    existing = set(connection.introspection.table_names())
    if TABLE not in existing or connection.vendor not in ("postgresql", "sqlite"):
        return 0
    done = tables_with_trigger(using)
    tables = [table for table in watched_tables() if table in existing and table not in done]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(POSTGRES_FUNCTION)  # made anew: an older body is replaced
            statements = _postgres_statements
        elif connection.vendor == "sqlite":
            statements = _sqlite_statements
        for table in tables:
            for statement in statements(table):
                cursor.execute(statement)
        cursor.execute(
            f"INSERT INTO {TABLE} (id, number) SELECT 1, %s "
            f"WHERE NOT EXISTS (SELECT 1 FROM {TABLE} WHERE id = 1)",
            [first_number()],
        )
    return len(tables)


def first_number() -> int:
    """Where the number starts when its row is made (again, after a `flush`): the time in
    microseconds, so that it never comes back to a number it had before (which would
    make pages kept before the flush reachable again)."""
    return time.time_ns() // 1000


def tables_with_trigger(using: str = "default") -> set[str]:
    """The tables that carry the trigger now (for the test that none is missed)."""
    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT DISTINCT event_object_table FROM information_schema.triggers "
                "WHERE trigger_name = %s",
                [TRIGGER],
            )
        else:
            cursor.execute(
                "SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'trigger' "
                "AND name LIKE %s",
                [TRIGGER + "%"],
            )
        return {row[0] for row in cursor.fetchall()}


def data_version(using: str = "default") -> int | None:
    """The current data version (None while its row is missing: nothing is kept then).

    Inside a transaction on PostgreSQL (tests, or a view in `atomic`), the
    transaction's own writes are counted first: their deferred triggers are run now
    and deferred again after, and the transaction's flag is cleared (in the same
    read), so that its next write raises the number again."""
    connection = connections[using]
    read = f"SELECT number FROM {TABLE} WHERE id = 1"
    if connection.vendor == "postgresql" and connection.in_atomic_block:
        # One round trip (statements without parameters may share one).
        read = (
            f"SET CONSTRAINTS {TRIGGER} IMMEDIATE; SET CONSTRAINTS {TRIGGER} DEFERRED; "
            f"SELECT number, set_config('{FLAG}', '', true) FROM {TABLE} WHERE id = 1"
        )
    with connection.cursor() as cursor:
        cursor.execute(read)
        while cursor.description is None and cursor.nextset():
            pass  # past the SET CONSTRAINTS, to the number
        row = cursor.fetchone()
    return row[0] if row else None


def after_migrate(sender, using="default", **kwargs):
    """Connected to the spaces app's `post_migrate`, sent once every app's tables exist."""
    install_triggers(using)
