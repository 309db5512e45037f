"""The background work, as tasks of Django's Tasks API (the django-tasks backport, with
its database backend: `midway worker` runs them; `midway serve` starts one)."""

from django_tasks import task

from midway.notify import outbox, reminders


@task()
def dispatch_notice(notice_id: int) -> None:
    outbox.dispatch(notice_id)


@task()
def deliver(delivery_id: int) -> str:
    return outbox.deliver(delivery_id)


@task()
def break_reminder(break_id: int, return_at: str) -> None:
    reminders.break_is_up(break_id, return_at)


@task()
def decision_reminder(decision_id: int, day: str) -> None:
    reminders.decision_comes_back(decision_id, day)
