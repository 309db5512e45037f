"""The demo's things to try, phrasebook and check-ins: a part of `demo._Couple`.

The methods use the couple's generator and clock (`rng`, `at`, `later`, `age`,
`save`), so the whole demo stays one seeded sequence.
"""

from collections import Counter
from datetime import date

from midway.checkins.models import CheckIn
from midway.coach.lexicon import FEELINGS, NEEDS
from midway.exchange import demo_text as words
from midway.spaces.models import Member
from midway.text.deck import DECK
from midway.together.models import PhrasebookComment, PhrasebookEntry, ThingToTry


class TogetherAndDays:
    """Mixed into `_Couple`: everything after letters and questions."""

    # Things to try --------------------------------------------------------------------

    def things(self) -> None:
        made = []
        for day in self.days:
            if self.rng.random() >= 0.06:
                continue
            author, partner = self.pair()
            text, why = self.rng.choice(words.THINGS)
            created = self.at(day)
            thing = ThingToTry(
                space=self.space,
                author=author,
                text=text,
                why=why,
                created_at=created,
                updated_at=created,
            )
            self.advance(thing, partner, self.thing_target(day))
            made.append(thing)
        self.ensure_every_state(made)
        self.save(ThingToTry, made)

    def thing_target(self, day: date) -> str:
        age, choose = self.age(day), self.rng.choices
        if age < 7:
            return choose([ThingToTry.PROPOSED, ThingToTry.AGREED], [3, 1])[0]
        if age < 45:
            states = [
                ThingToTry.PROPOSED,
                ThingToTry.AGREED,
                ThingToTry.TRYING,
                ThingToTry.DECLINED,
            ]
            return choose(states, [1, 1, 4, 1])[0]
        states = [ThingToTry.KEPT, ThingToTry.ADJUSTED, ThingToTry.DROPPED, ThingToTry.DECLINED]
        return choose(states, [5, 2, 2, 1])[0]

    def advance(self, thing: ThingToTry, partner: Member, target: str) -> None:
        """Walk a thing through its states up to `target`, as far as time allows."""
        if target == ThingToTry.PROPOSED:
            return
        if target == ThingToTry.DECLINED:
            thing.declined_at = self.later(thing.created_at, 60, 3000)
            if thing.declined_at:
                thing.status, thing.decline_note = target, self.rng.choice(words.DECLINE_NOTES)
                thing.updated_at = thing.declined_at
            return
        steps = (
            (ThingToTry.AGREED, "agreed_at", 60, 3000),
            (ThingToTry.TRYING, "started_at", 600, 5000),
            (target, "reviewed_at", 14 * 1440, 30 * 1440),
        )
        moment = thing.created_at
        for status, stamp, low, high in steps:
            moment = self.later(moment, low, high)
            if moment is None:
                return
            thing.status, thing.updated_at = status, moment
            setattr(thing, stamp, moment)
            if status == target:
                break
        if thing.reviewed_at:
            thing.reviewed_by = self.rng.choice([thing.author, partner])
            thing.review_note = self.rng.choice(words.REVIEW_NOTES[target])

    def ensure_every_state(self, things: list[ThingToTry]) -> None:
        """Even a short demo shows every state: newer things in a common state take the others."""
        counts = Counter(thing.status for thing in things)
        missing = [status for status, _label in ThingToTry.STATUSES if not counts[status]]
        for thing in reversed(things):
            if not missing:
                return
            if counts[thing.status] < 2:
                continue
            counts[thing.status] -= 1
            status = thing.status = missing.pop()
            stamp = thing.updated_at = thing.created_at
            thing.agreed_at = stamp if status not in ("proposed", "declined") else None
            thing.started_at = stamp if thing.agreed_at and status != "agreed" else None
            thing.declined_at = stamp if status == "declined" else None
            thing.decline_note = self.rng.choice(words.DECLINE_NOTES) if thing.declined_at else ""
            reviewed = status in words.REVIEW_NOTES
            thing.reviewed_at = stamp if reviewed else None
            thing.reviewed_by = thing.author if reviewed else None
            thing.review_note = self.rng.choice(words.REVIEW_NOTES[status]) if reviewed else ""

    # Phrasebook -----------------------------------------------------------------------

    def phrasebook(self) -> None:
        comments = []
        for day in self.days:
            if self.rng.random() >= 0.035:
                continue
            author, partner = self.pair()
            said, not_meaning, meaning = self.rng.choice(words.PHRASES)
            created = self.at(day)
            heard = self.later(created, 30, 2000) if self.rng.random() < 0.85 else None
            entry = PhrasebookEntry(
                space=self.space,
                author=author,
                said=said,
                not_meaning=not_meaning,
                meaning=meaning,
                feelings=self.rng.sample(FEELINGS, self.rng.randint(1, 3)),
                needs=self.rng.sample(NEEDS, self.rng.randint(1, 2)),
                request=self.rng.choice(words.REQUESTS),
                heard_at=heard,
                created_at=created,
                updated_at=heard or created,
            )
            # One by one: the entry's save() computes its search text.
            entry.save()
            self.counts["phrasebook"] = self.counts.get("phrasebook", 0) + 1
            moment = created
            # The partner asks; sometimes the author answers.
            thread = ((partner, words.COMMENTS), (author, words.COMMENT_REPLIES))
            for person, pool in thread[: self.rng.choice((0, 0, 1, 2))]:
                moment = self.later(moment, 30, 1500)
                if moment is None:
                    break
                comments.append(
                    PhrasebookComment(
                        entry=entry, author=person, text=self.rng.choice(pool), created_at=moment
                    )
                )
        self.save(PhrasebookComment, comments)

    # Check-ins ------------------------------------------------------------------------

    def drift(self, value: int, usual: int) -> int:
        """Tomorrow's 1-to-5 value: close to today's, pulled back towards the usual one."""
        step = self.rng.choice((-1, 0, 0, 1))
        if self.rng.random() < 0.3:
            step = (usual > value) - (usual < value)
        return min(5, max(1, value + step))

    def checkins(self) -> None:
        made = []
        capacities = [choice for choice, _label in CheckIn.Capacity.choices]
        for index, member in enumerate(self.members):
            energy, safety = 3, 4
            for day in self.days:
                if self.rng.random() >= 0.86:
                    continue
                # A slow random walk: moods and energy drift, they do not jump daily.
                energy = self.drift(energy, 3)
                safety = self.drift(safety, 4)
                created = self.at(day, 7, 22)
                card = self.rng.choice(DECK)
                made.append(
                    CheckIn(
                        space=self.space,
                        member=member,
                        day=day,
                        card=card.name,
                        card_reversed=self.rng.random() < 0.3,
                        # The first partner of each couple takes a daily medication.
                        medication_taken=(self.rng.random() < 0.9) if index == 0 else None,
                        mood="".join(self.rng.sample(words.MOODS, self.rng.choice((1, 1, 2)))),
                        energy=energy if self.rng.random() < 0.9 else None,
                        safety=safety if self.rng.random() < 0.9 else None,
                        capacity=self.rng.choice([*capacities, ""]),
                        note=self.rng.choice(words.CHECKIN_NOTES)
                        if self.rng.random() < 0.25
                        else "",
                        created_at=created,
                        updated_at=created,
                    )
                )
        self.save(CheckIn, made)
