"""Listening to the stream of happenings: each one recorded becomes news for the
partner (never for the one who did it, never for anyone in another space)."""

import logging

from django.db import transaction

from midway.notify.kinds import KIND_OF, Entry
from midway.spaces.models import Member

log = logging.getLogger("midway.notify")


def _back(happening) -> str:
    from midway.notify.reminders import hhmm, schedule_break
    from midway.repair.models import Break

    brk = Break.objects.filter(pk=happening.target_id, space_id=happening.space_id).first()
    if brk is None:
        return ""
    if happening.verb in ("break.taken", "break.more_time"):
        schedule_break(brk)
    return hhmm(brk.return_at)


def on_happening(sender, instance, raw=False, **kwargs) -> None:
    """post_save of a Happening: a new one, or the same thing done again (moved to now)."""
    kind = KIND_OF.get(instance.verb)
    if raw or kind is None:
        return
    try:
        # A savepoint: whatever goes wrong here leaves the member's action whole.
        with transaction.atomic():
            back = _back(instance) if kind == "breaks" else ""
            if instance.verb == "decision.postponed":
                from midway.decisions.models import Decision
                from midway.notify.reminders import schedule_decision

                decision = Decision.objects.filter(pk=instance.target_id).first()
                if decision is not None:
                    schedule_decision(decision)
            partner = (
                Member.objects.filter(space_id=instance.space_id)
                .exclude(pk=instance.actor_id)
                .first()
            )
            if partner is None:
                return
            actor = Member.objects.only("name").get(pk=instance.actor_id)
            target = f"{instance.target_model}:{instance.target_id}"
            from midway.notify.outbox import gather

            gather(partner, kind, Entry(actor.name, instance.verb, target, back))
    except Exception:
        log.exception("Could not gather a notification for happening %s", instance.pk)
