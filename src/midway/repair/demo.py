"""Repair's part of `midway demo`: each partner's safety menu and triggers, a few
breaks over the months, and one repair both finished and accepted. Our own words."""

from datetime import timedelta

from midway.repair.models import Break, Repair, RepairAccount, SafetyItem, Trigger

MENUS = (
    [
        ("helps", "Sit next to me, not across from me."),
        ("helps", "A glass of water and ten quiet minutes."),
        ("worse", "Being told to calm down."),
        ("approach", "Ask before you hug me."),
        ("hear", "We are on the same side."),
    ],
    [
        ("helps", "A walk around the block, alone, then a walk together."),
        ("worse", "Raising old fights in a new one."),
        ("approach", "Start with what you noticed, not with what I did."),
        ("hear", "I'm not going anywhere."),
    ],
)
TRIGGERS = (
    [
        ("sets_off", "Plans changed without asking me.", True),
        ("wound", "Feeling like an afterthought.", False),
        ("sign", "My jaw goes tight and I stop hearing words.", True),
        ("helps", "Cold water on my wrists.", True),
    ],
    [
        ("sets_off", "A sharp tone in front of friends.", True),
        ("sign", "I go quiet and start tidying.", True),
        ("wound", "Never being good enough at home.", False),
    ],
)
NOTES = ("I love you. I need to breathe first.", "Back soon, I promise.", "")
ACCOUNTS = (
    {
        "feelings": ["hurt", "lonely"],
        "saw": "I felt left out of a choice that changed my week.",
        "past": "It sounded like being the last to know, again.",
        "my_part": "I went cold instead of saying I was hurt.",
        "will_do": "Say 'I'm hurt' before I go quiet.",
        "ask_next_time": "Ask me before plans that involve me change.",
    },
    {
        "feelings": ["overwhelmed", "frustrated"],
        "saw": "I thought I was saving us a hard evening.",
        "past": "I learnt to fix things fast and alone.",
        "my_part": "I decided for both of us. I'm sorry.",
        "will_do": "Check with you before I change our plans.",
        "ask_next_time": "Tell me when I start to rush, gently.",
    },
)


def add_repair_demo(couple) -> None:
    """`couple` is the demo's _Couple: members, rng, days, at(), later(), save()."""
    one, two = couple.members
    start = couple.at(couple.days[0])
    for member, menu, triggers in ((one, MENUS[0], TRIGGERS[0]), (two, MENUS[1], TRIGGERS[1])):
        couple.save(
            SafetyItem,
            [
                SafetyItem(
                    space=couple.space,
                    author=member,
                    kind=kind,
                    text=text,
                    created_at=start,
                    updated_at=start,
                )
                for kind, text in menu
            ],
        )
        couple.save(
            Trigger,
            [
                Trigger(
                    space=couple.space,
                    author=member,
                    kind=kind,
                    text=text,
                    shared=shared,
                    created_at=start,
                    updated_at=start,
                )
                for kind, text, shared in triggers
            ],
        )
    breaks = []
    for n in range(4):
        day = couple.days[max(0, len(couple.days) - 1 - couple.rng.randint(2, 300))]
        began = couple.at(day, 18, 22)
        taker = one if n % 2 else two
        promised = began + timedelta(minutes=30)
        extended = promised + timedelta(minutes=15) if n == 1 else promised
        back = extended + timedelta(minutes=couple.rng.randint(-3, 5))
        breaks.append(
            Break(
                space=couple.space,
                author=taker,
                note=NOTES[n % len(NOTES)],
                started_at=began,
                first_return_at=promised,
                return_at=extended,
                extensions=int(n == 1),
                back_at=back,
                updated_at=back,
            )
        )
    couple.save(Break, breaks)
    opened = couple.at(couple.days[max(0, len(couple.days) - 10)])
    revealed = opened + timedelta(hours=20)
    closed = revealed + timedelta(hours=2)
    repair = couple.save(
        Repair,
        [
            Repair(
                space=couple.space,
                author=one,
                title="The weekend plans",
                created_at=opened,
                updated_at=closed,
                revealed_at=revealed,
                closed_at=closed,
            )
        ],
    )[0]
    couple.save(
        RepairAccount,
        [
            RepairAccount(
                repair=repair,
                author=member,
                finished_at=revealed,
                accepted_at=closed,
                created_at=opened,
                updated_at=closed,
                **words,
            )
            for member, words in ((one, ACCOUNTS[0]), (two, ACCOUNTS[1]))
        ],
    )
