"""Items every Together test reuses, all written by Ivy in the Ivy & John space."""

import pytest

from midway.letters.models import Letter
from midway.together import services

HOSTILE = "<script>alert(\"x\")</script> <b>bold</b> & 🙀⚖️📯 \u202eשלום עולם\u202c 'quoted'"


@pytest.fixture
def question(ivy):
    return services.ask_question(ivy, "What makes you feel safe after a fight?")


@pytest.fixture
def together_question(ivy):
    return services.ask_question(ivy, "When did you last feel close to me?", reveal_together=True)


@pytest.fixture
def thing(ivy):
    return services.propose_thing(ivy, "Go over hurtful things I said", why="So I can explain")


@pytest.fixture
def entry(ivy):
    return services.add_phrasebook_entry(
        ivy,
        said="I want you to make me want to see you",
        not_meaning="I don't want to see you",
        meaning="I don't feel very courted",
        feelings=["hurt"],
        needs=["being courted"],
        request="Ask me out, like you used to",
    )


@pytest.fixture
def draft_letter(ivy):
    return Letter.objects.create(space=ivy.space, author=ivy, body="Questions: …")


def htmx(**headers):
    """Headers that make the test client look like htmx."""
    return {"HTTP_HX_REQUEST": "true", **headers}
