"""Each kind of news, made the way a member makes it: through the areas' services."""

from datetime import timedelta

from django.utils import timezone

from midway.appreciations.services import write_appreciation
from midway.decisions.services import open_decision
from midway.letters.services import share_letter, start_letter
from midway.repair.breaks import take_break
from midway.repair.repairs import open_repair
from midway.together.services import ask_question, propose_thing


def letter(member):
    share_letter(start_letter(member, title="Our secret title", body="Words only we know."))


def question(member):
    ask_question(member, "What did you need from me that night?")


def thing(member):
    propose_thing(member, "A walk without phones on Sundays")


def brk(member):
    take_break(member, return_at=timezone.now() + timedelta(minutes=30), note="Going for air")


def repair(member):
    open_repair(member, "The argument about the holidays")


def decision(member):
    open_decision(member, "Where we spend the holidays")


def appreciation(member):
    write_appreciation(member, "Thank you for the soup when I was ill", send=True)


ACTIONS = {
    "letters": (letter, "Ivy shared a letter with you."),
    "questions": (question, "Ivy asked you a question."),
    "things": (thing, "Ivy proposed something to try."),
    "breaks": (brk, "Ivy needs a break and will be back at"),
    "repairs": (repair, "Ivy opened a repair."),
    "decisions": (decision, "Ivy opened a decision."),
    "appreciations": (appreciation, "Ivy sent you an appreciation."),
}
