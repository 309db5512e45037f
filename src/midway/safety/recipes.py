"""How the world gets each kind of object: through the apps' own services.

`populate(world, member, partner)` runs once per member of each space; everything
`member` writes carries a marker, and `partner` answers, reacts, agrees, hears.
A new space-owned model fails `test_every_space_owned_model_is_in_the_world` until
a recipe here makes one of it.
"""

from midway.safety.world import World, a_while_ago


def populate(world: World, member, partner) -> None:
    letters = _letters(world, member, partner)
    _together(world, member, partner, draft=letters["draft"])
    _checkins(world, member, draft=letters["draft"])
    _repair(world, member, partner, shared=letters["shared"])
    _decisions(world, member, partner)
    _appreciations(world, member, partner, draft=letters["draft"])
    _api_tokens(world, member)
    _notifications(world, member, partner)
    _home(member, partner)


def _letters(world: World, member, partner) -> dict:
    from midway.letters import services

    m, theirs = world.marker_for(member), world.marker_for(partner)
    draft = services.start_letter(member, title=m("draft title"), body=m("draft **body**"))
    world.add(draft, private_to=member)

    shared = services.start_letter(member, title=m("shared title"), body=m("shared body"))
    shared = services.share_letter(shared)
    services.mark_read(shared, partner)
    # An edit after sharing keeps the earlier words as a version.
    shared = services.save_letter(
        shared, title=shared.title, body=shared.body + "\n\n" + m("edited"), base_revision=1
    )
    world.add(shared)
    world.add(services.add_reply(shared, partner, theirs("a reply")))
    world.add(services.add_reply(shared, member, m("a reply back")))
    services.add_reaction(shared, partner, "heart")

    quiet = services.share_letter(
        services.start_letter(member, title=m("unread"), body=m("unread body"))
    )
    world.add(quiet)
    return {"draft": draft, "shared": shared, "quiet": quiet}


def _together(world: World, member, partner, *, draft) -> None:
    from midway.together import services

    m, theirs = world.marker_for(member), world.marker_for(partner)
    # Questions: waiting, answered, revealed together, half answered (hidden), from a draft.
    world.add(services.ask_question(member, m("an open question?")))
    answered = services.ask_question(member, m("an answered question?"))
    world.add(services.answer_question(partner, answered, theirs("an answer")))
    world.add(answered)
    both = services.ask_question(member, m("asked of both?"), reveal_together=True)
    world.add(services.answer_question(member, both, m("my half")))
    world.add(services.answer_question(partner, both, theirs("their half")))
    world.add(both)
    hidden = services.ask_question(member, m("not yet revealed?"), reveal_together=True)
    # Only the author has answered: the partner must not see these words.
    world.add(services.answer_question(member, hidden, m("unrevealed answer")), private_to=member)
    world.add(hidden)
    world.add(
        services.ask_question(member, m("from my draft?"), source_letter=draft), private_to=member
    )

    # Things to try, at every step.
    world.add(services.propose_thing(member, m("proposed"), why=m("why")))
    agreed = services.propose_thing(member, m("agreed"))
    world.add(services.agree_to_thing(partner, agreed))
    declined = services.propose_thing(member, m("declined"))
    world.add(services.decline_thing(partner, declined, theirs("decline note")))
    trying = services.start_trying(
        member, services.agree_to_thing(partner, services.propose_thing(member, m("trying")))
    )
    world.add(trying)
    kept = services.start_trying(
        partner, services.agree_to_thing(partner, services.propose_thing(member, m("kept")))
    )
    world.add(services.review_thing(partner, kept, "kept", theirs("review note")))
    world.add(
        services.propose_thing(member, m("thing from my draft"), source_letter=draft),
        private_to=member,
    )

    # Phrasebook: unheard, heard with a comment, from a draft.
    world.add(
        services.add_phrasebook_entry(
            member,
            said=m("said"),
            not_meaning=m("not meant"),
            meaning=m("meant"),
            request=m("request"),
        )
    )
    heard = services.add_phrasebook_entry(member, said=m("heard said"), meaning=m("heard meant"))
    world.add(services.comment_on_entry(partner, heard, theirs("a comment")))
    world.add(services.mark_heard(partner, heard))
    world.add(
        services.add_phrasebook_entry(member, said=m("said in my draft"), source_letter=draft),
        private_to=member,
    )


def _checkins(world: World, member, *, draft) -> None:
    from midway.checkins import services

    m = world.marker_for(member)
    world.add(
        services.record_checkin(
            member, mood="🙂", note=m("today's note"), card="judgement", medication_taken=True
        )
    )
    world.add(services.record_checkin(member, day=a_while_ago(3), note=m("a recent note")))
    # Older than the two weeks on the check-in page: shown in the history.
    world.add(
        services.record_checkin(
            member, day=a_while_ago(40), note=m("an old note"), card="the tower", card_reversed=True
        )
    )
    # Imported from a draft letter: the check-in is shared, the letter stays private.
    world.add(
        services.record_checkin(member, day=a_while_ago(5), card="the star", source_letter=draft)
    )


def _home(member, partner) -> None:
    """Looking at "What's new" leaves the member's last look (happenings come from the
    services above and are gathered as rows made on the side)."""
    from midway.happenings.services import whats_new

    whats_new(member, partner)


def _repair(world: World, member, partner, *, shared) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from midway.repair import breaks, kit, repairs

    m, theirs = world.marker_for(member), world.marker_for(partner)
    world.add(kit.add_safety_item(member, m("what helps me")))
    world.add(kit.add_trigger(member, m("a shared trigger"), shared=True))
    world.add(kit.add_trigger(member, m("a private wound"), kind="wound"), private_to=member)
    # A break that is over; the second partner of each space is on a break now, so the
    # first can still take one (the forms and the API see both states).
    soon = timezone.now() + timedelta(minutes=30)
    world.add(breaks.come_back(member, breaks.take_break(member, return_at=soon, note=m("back"))))
    if member.pk > partner.pk:
        world.add(breaks.take_break(member, return_at=soon, note=m("a line to you")))
    # A repair I opened and half wrote: mine alone (their empty account is theirs alone).
    half, _ = repairs.open_repair(member, m("half written"))
    world.add(half)
    world.add(repairs.save_account(member, half, saw=m("my unrevealed side")), private_to=member)
    world.add(half.accounts.get(author=partner), private_to=partner)
    # Finished by me only: still hidden from my partner.
    waiting, _ = repairs.open_repair(member, m("finished by one"), letter=shared)
    repairs.save_account(member, waiting, saw=m("finished, not revealed"))
    world.add(repairs.finish_account(member, waiting), private_to=member)
    world.add(
        repairs.save_account(partner, waiting, saw=theirs("still writing")), private_to=partner
    )
    world.add(waiting)
    # Both finished: revealed, waiting for answers.
    both, _ = repairs.open_repair(member, m("revealed"))
    repairs.save_account(member, both, saw=m("revealed side"), ask_next_time=m("my ask"))
    repairs.save_account(partner, both, saw=theirs("their revealed side"))
    world.add(repairs.finish_account(member, both))
    world.add(repairs.finish_account(partner, both))
    world.add(repairs.respond(partner, both, accept=False, still_need=theirs("still need")))


def _decisions(world: World, member, partner) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from midway.decisions import services

    m, theirs = world.marker_for(member), world.marker_for(partner)
    # Only the member has written: their need is theirs alone until the partner writes.
    waiting = services.open_decision(member, m("a decision waiting"))
    world.add(waiting)
    world.add(
        services.write_need(member, waiting, need=m("unrevealed need"), weight=4), private_to=member
    )
    # Both wrote, options marked, decided.
    decided = services.open_decision(member, m("a decided decision"))
    world.add(services.write_need(member, decided, need=m("my need"), weight=5, can_give=m("give")))
    world.add(services.write_need(partner, decided, need=theirs("their need"), weight=2))
    option = services.add_option(member, decided, m("an option"))
    world.add(option)
    world.add(services.mark_option(member, option, "works"))
    world.add(services.mark_option(partner, option, "livable"))
    services.choose_option(member, option)
    world.add(services.choose_option(partner, option))
    world.add(decided.choices.get(author=member))
    # Open, both needs in, an option nobody marked yet.
    talking = services.open_decision(member, m("an open decision"))
    services.write_need(member, talking, need=m("open need"), weight=2)
    services.write_need(partner, talking, need=theirs("open need"), weight=2)
    world.add(services.add_option(partner, talking, theirs("an open option")))
    world.add(talking)
    # Left for another day.
    later = services.open_decision(member, m("a postponed decision"))
    services.write_need(member, later, need=m("later need"), weight=3)
    services.write_need(partner, later, need=theirs("later need"), weight=3)
    day = timezone.localdate() + timedelta(days=3)
    services.propose_another_day(member, later, day)
    world.add(services.propose_another_day(partner, later, day))
    # Left for another day, then taken up again: the earlier round is kept.
    again = services.open_decision(member, m("a decision taken up again"))
    services.write_need(member, again, need=m("again need"), weight=3)
    services.write_need(partner, again, need=theirs("again need"), weight=3)
    services.propose_another_day(member, again, day)
    services.propose_another_day(partner, again, day)
    world.add(services.reopen(partner, again))
    world.add(again.postponements.get())


def _appreciations(world: World, member, partner, *, draft) -> None:
    from midway.appreciations import services

    m, theirs = world.marker_for(member), world.marker_for(partner)
    world.add(services.write_appreciation(member, m("a draft appreciation")), private_to=member)
    sent = services.write_appreciation(member, m("a sent appreciation"), send=True)
    world.add(services.keep_as_favourite(partner, sent))
    world.add(
        services.write_appreciation(
            member, m("appreciation in my draft"), send=True, source_letter=draft
        ),
        private_to=member,
    )
    item = services.add_courted_item(member, m("a courted item"), "date")
    world.add(item)
    world.add(services.mark_done(partner, item, day=a_while_ago(2), word=theirs("did it")))


def _api_tokens(world: World, member) -> None:
    from django.apps import apps

    if not apps.is_installed("midway.api"):
        return
    from midway.api.tokens import create_token

    m = world.marker_for(member)
    # One for the API tests to use, one revoked: both are the member's alone.
    record, token = create_token(member, m("token"))
    world.tokens[member.pk] = token
    world.add(record, private_to=member)
    old, _ = create_token(member, m("old token"))
    from midway.api.tokens import revoke_token

    revoke_token(member, old.pk)
    world.add(old, private_to=member)


def _notifications(world: World, member, partner) -> None:
    """A destination, choices, and a notice on its way: all the member's alone."""
    from django.apps import apps
    from django.db import transaction

    if not apps.is_installed("midway.notify"):
        return
    from midway.notify import destinations, outbox
    from midway.notify.kinds import KINDS, Entry
    from midway.notify.models import Notice

    m = world.marker_for(member)
    # Port 9 on loopback: nothing is ever sent by these tests (no worker runs).
    world.add(
        destinations.add_apprise(member, f"json://127.0.0.1:9/{member.pk}", label=m("hook")),
        private_to=member,
    )
    kinds = {kind: True for kind in KINDS}
    world.add(
        destinations.save_preferences(
            member, kinds=kinds, quiet_from=None, quiet_to=None, breaks_in_quiet=False
        ),
        private_to=member,
    )
    with transaction.atomic():
        outbox.gather(member, "letters", Entry(partner.name, "letter.shared", "letters.letter:0"))
    notice = Notice.objects.get(recipient=member, dispatched_at__isnull=True)
    Notice.objects.filter(pk=notice.pk).update(due_at=notice.created_at)
    outbox.dispatch(notice.pk)
    notice.refresh_from_db()
    world.add(notice, private_to=member)
    for item in notice.items.all():
        world.add(item, private_to=member)
    for delivery in notice.deliveries.all():
        world.add(delivery, private_to=member)
