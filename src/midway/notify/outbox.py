"""The way from a happening to a notification on the partner's phone.

1. `gather`: in the action's own transaction, the news joins the member's open notice
   of its kind (or opens one, due a little later): a burst becomes one notice.
2. `dispatch` (background): when due, and outside quiet hours, the notice is composed
   once and gets one Delivery per destination.
3. `deliver` (background): a delivery is claimed for a lease, sent, then marked sent;
   a failure is written on the destination and tried again later with backoff.
4. `recover`: what a killed worker left half done (a lease run out, a task lost) is
   queued again. A claim is a conditional UPDATE, so nothing is sent twice by two
   workers or by a task queued twice.
"""

import logging
from dataclasses import asdict
from datetime import timedelta
from functools import partial

from django.apps import apps
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from midway.happenings.services import _title, _url
from midway.notify import channels
from midway.notify.kinds import URGENT_KINDS, Entry, clip, compose, quiet_hours_end
from midway.notify.models import Delivery, Destination, Notice, NoticeItem, Preferences
from midway.spaces.access import visible_set
from midway.spaces.models import Member

log = logging.getLogger("midway.notify")

# Waits after the 1st, 2nd... failed attempt; after the last, the delivery is given up.
BACKOFF = [timedelta(seconds=s) for s in (30, 120, 600, 1800, 7200)]
MAX_ATTEMPTS = len(BACKOFF) + 1
# How long a delivery or a notice may sit unclaimed past its time before `recover`
# queues it again (its task was lost with a killed worker).
GRACE = timedelta(minutes=2)
# A gathering notice is held back by each new item, but never longer than this many
# gathering windows in all.
MAX_GATHER_WINDOWS = 4
MAX_ENTRIES = 100


def lease() -> timedelta:
    # Longer than any one send can take (each step of it has the timeout).
    seconds = getattr(settings, "NOTIFY_LEASE", settings.NOTIFY_TIMEOUT * 3 + 30)
    return timedelta(seconds=seconds)


def preferences(member: Member) -> Preferences:
    return Preferences.objects.filter(member=member).first() or Preferences(member=member)


def _later(task, when, *args) -> None:
    """Queue a task; a queue that fails must not fail the action that caused it (the
    next `recover` finds the work again)."""
    try:
        if when is not None and when > timezone.now():
            task = task.using(run_after=when)
        task.enqueue(*args)
    except Exception:
        log.exception("Could not queue %s%r; it will be found again later", task.name, args)


def gather(recipient: Member, kind: str, entry: Entry) -> None:
    """Add news for `recipient`, if they want this kind and have somewhere to get it."""
    if not Destination.objects.filter(member=recipient).exists():
        return
    if not preferences(recipient).wants(kind):
        return
    from midway.notify.tasks import dispatch_notice

    now = timezone.now()
    window = timedelta(seconds=0 if kind in URGENT_KINDS else settings.NOTIFY_GATHER)
    for _try in range(2):
        open_notice = (
            Notice.objects.select_for_update()
            .filter(recipient=recipient, kind=kind, dispatched_at__isnull=True)
            .first()
        )
        if open_notice is not None:
            # The same thing again (ten replies to one letter, a double submit) is
            # already in the news; a night of reactions stays a bounded notice.
            items = open_notice.items
            if not items.filter(**asdict(entry)).exists() and items.count() < MAX_ENTRIES:
                NoticeItem.objects.create(notice=open_notice, **asdict(entry))
            latest = open_notice.created_at + window * MAX_GATHER_WINDOWS
            due = max(open_notice.due_at, min(now + window, latest))
            Notice.objects.filter(pk=open_notice.pk).update(due_at=due)
            return
        try:
            with transaction.atomic():
                notice = Notice.objects.create(
                    space_id=recipient.space_id,
                    recipient=recipient,
                    kind=kind,
                    created_at=now,
                    due_at=now + window,
                )
                NoticeItem.objects.create(notice=notice, **asdict(entry))
        except IntegrityError:
            continue  # another request opened it meanwhile: join that one
        transaction.on_commit(partial(_later, dispatch_notice, notice.due_at, notice.pk))
        return


def _items(recipient: Member, entries: list[Entry]) -> dict[str, object]:
    """The entries' items that the recipient may see, by target ("label:pk")."""
    wanted: dict[str, set[int]] = {}
    for entry in entries:
        label, _, pk = entry.target.partition(":")
        if pk.isdigit():
            wanted.setdefault(label, set()).add(int(pk))
    found = {}
    for label, ids in wanted.items():
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        for item in visible_set(recipient, model).filter(pk__in=ids):
            found[f"{label}:{item.pk}"] = item
    return found


def dispatch(notice_id: int) -> None:
    from midway.notify.tasks import deliver as deliver_task
    from midway.notify.tasks import dispatch_notice

    with transaction.atomic():
        notice = (
            Notice.objects.select_for_update()
            .filter(pk=notice_id, dispatched_at__isnull=True)
            .select_related("recipient")
            .first()
        )
        if notice is None:
            return
        now = timezone.now()
        if notice.due_at > now:  # more news came in meanwhile: wait for the rest
            transaction.on_commit(lambda: _later(dispatch_notice, notice.due_at, notice.pk))
            return
        prefs = preferences(notice.recipient)
        through = notice.kind in URGENT_KINDS and prefs.breaks_in_quiet
        end = quiet_hours_end(timezone.localtime(now), prefs.quiet_from, prefs.quiet_to)
        if end > now and not through:
            Notice.objects.filter(pk=notice.pk).update(due_at=end)
            transaction.on_commit(lambda: _later(dispatch_notice, end, notice.pk))
            return
        entries = [
            Entry(item.actor, item.verb, item.target, item.back) for item in notice.items.all()
        ]
        if not entries:
            notice.dispatched_at = now
            notice.save(update_fields=["dispatched_at"])
            return
        items = _items(notice.recipient, entries)
        titles = {target: clip(_title(item)) for target, item in items.items()}
        message = compose(entries, titles)
        targets = {entry.target for entry in entries}
        only = items.get(next(iter(targets))) if len(targets) == 1 else None
        notice.title, notice.body, notice.preview = message.title, message.body, message.preview
        notice.path = _url(only, entries[-1].verb) if only is not None else "/"
        notice.dispatched_at = now
        notice.save()
        wanted = prefs.wants(notice.kind)
        destinations = Destination.objects.filter(member=notice.recipient) if wanted else []
        made = Delivery.objects.bulk_create(
            [Delivery(notice=notice, destination=d, next_try_at=now) for d in destinations]
        )
        ids = [delivery.pk for delivery in made]
        transaction.on_commit(lambda: [_later(deliver_task, None, pk) for pk in ids])


def link(path: str, destination: Destination) -> str:
    base = settings.PUBLIC_URL or destination.base_url.rstrip("/")
    return base + path if base else ""


def send(destination: Destination, title: str, body: str, path: str, tag: str) -> channels.Outcome:
    if destination.kind == Destination.PUSH:
        payload = {"title": title, "body": body, "url": path, "tag": tag}
        return channels.send_push(destination.url, destination.keys, payload)
    address = link(path, destination)
    return channels.send_apprise(destination.url, title, f"{body}\n{address}" if address else body)


def note_outcome(destination: Destination, outcome: channels.Outcome) -> None:
    now = timezone.now()
    if outcome.ok:
        Destination.objects.filter(pk=destination.pk).update(last_ok_at=now)
    elif outcome.gone:
        # The browser dropped this subscription (Midway was removed from the phone).
        Destination.objects.filter(pk=destination.pk).delete()
    else:
        Destination.objects.filter(pk=destination.pk).update(
            last_failure_at=now, last_failure=outcome.reason[:500]
        )


def deliver(delivery_id: int) -> str:
    """Send one delivery if it is ours to send; answers what happened, for the task log."""
    from midway.notify.tasks import deliver as deliver_task

    now = timezone.now()
    claimed = (
        Delivery.objects.filter(
            pk=delivery_id, sent_at__isnull=True, gave_up_at__isnull=True, next_try_at__lte=now
        )
        .filter(Q(lease_until__isnull=True) | Q(lease_until__lt=now))
        .update(lease_until=now + lease(), attempts=F("attempts") + 1)
    )
    if not claimed:
        return "not due, or being sent elsewhere"
    delivery = Delivery.objects.select_related("notice", "destination").get(pk=delivery_id)
    notice, destination = delivery.notice, delivery.destination
    body = notice.preview if destination.previews else notice.body
    outcome = send(destination, notice.title, body, notice.path, f"midway-{notice.kind}")
    now = timezone.now()
    note_outcome(destination, outcome)
    if outcome.ok:
        Delivery.objects.filter(pk=delivery_id).update(sent_at=now, lease_until=None, last_error="")
        return "sent"
    if outcome.gone or delivery.attempts >= MAX_ATTEMPTS:
        Delivery.objects.filter(pk=delivery_id).update(
            gave_up_at=now, lease_until=None, last_error=outcome.reason[:500]
        )
        return f"given up: {outcome.reason}"
    retry_at = now + BACKOFF[delivery.attempts - 1]
    Delivery.objects.filter(pk=delivery_id).update(
        next_try_at=retry_at, lease_until=None, last_error=outcome.reason[:500]
    )
    _later(deliver_task, retry_at, delivery_id)
    return f"failed, trying again at {retry_at:%H:%M:%S}: {outcome.reason}"


def recover() -> int:
    """Queue again what a killed worker left behind; answers how many it found."""
    from midway.notify.tasks import deliver as deliver_task
    from midway.notify.tasks import dispatch_notice

    now = timezone.now()
    pending = Delivery.objects.filter(sent_at__isnull=True, gave_up_at__isnull=True)
    lost = pending.filter(
        Q(lease_until__lt=now) | Q(lease_until__isnull=True, next_try_at__lt=now - GRACE)
    ).values_list("pk", flat=True)
    late = Notice.objects.filter(dispatched_at__isnull=True, due_at__lt=now - GRACE)
    found = 0
    for pk in lost[:500]:
        _later(deliver_task, None, pk)
        found += 1
    for pk in late.values_list("pk", flat=True)[:500]:
        _later(dispatch_notice, None, pk)
        found += 1
    return found


# How long a sent notice (and a finished task's record) is kept: long enough to look
# into "why did I get this twice?", short enough that the outbox stays small.
KEEP = timedelta(days=14)


def prune() -> None:
    from django_tasks_db.models import DBTaskResult

    before = timezone.now() - KEEP
    Notice.objects.filter(dispatched_at__lt=before).exclude(
        deliveries__sent_at__isnull=True, deliveries__gave_up_at__isnull=True
    ).delete()
    DBTaskResult.objects.filter(
        status__in=["SUCCESSFUL", "FAILED"], finished_at__lt=before
    ).delete()
