"""What the API sends and accepts, as pydantic schemas (and so as the OpenAPI document).

Every object carries its `id`; people are named by username (`author`). Inputs are
bounded here (lengths, ranges) so that a request too big or odd for the database
is a 4xx before it reaches a service.
"""

from datetime import date, datetime
from typing import Annotated, Literal
from uuid import UUID

from ninja import Field, Path, Query, Schema
from pydantic import ConfigDict

from midway.letters.models import Reaction

# The largest id a database column holds: a bigger one would overflow, not miss.
MAX_ID = 2**63 - 1
Id = Annotated[int, Path(ge=1, le=MAX_ID)]

# Characters; the letter body limit (bytes) is checked again by the route.
TITLE_MAX = 200
LETTER_MAX = 200_000
TEXT_MAX = 5_000

ReactionKind = Literal[tuple(kind for kind, _label in Reaction.KINDS)]  # type: ignore[misc]


class Input(Schema):
    """A request body: a field Midway does not know is an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid")


class Page(Schema):
    limit: int = Field(100, ge=1, le=500)
    offset: int = Field(0, ge=0, le=10**9)


PageQuery = Query[Page]


class Error(Schema):
    detail: str | dict | list


# Letters ----------------------------------------------------------------------


class ReplyOut(Schema):
    id: int
    letter: int
    author: str
    body: str
    created_at: datetime


class ReactionOut(Schema):
    id: int
    letter: int
    author: str
    kind: str
    created_at: datetime


class LetterOut(Schema):
    id: int
    author: str
    title: str
    body: str
    status: Literal["draft", "shared"]
    revision: int
    created_at: datetime
    updated_at: datetime
    shared_at: datetime | None
    edited_at: datetime | None
    read_at: datetime | None


class LetterDetail(LetterOut):
    replies: list[ReplyOut]
    reactions: list[ReactionOut]


class LetterVersionOut(Schema):
    id: int
    letter: int
    title: str
    body: str
    saved_at: datetime


class LetterIn(Input):
    title: str = Field("", max_length=TITLE_MAX)
    body: str = Field("", max_length=LETTER_MAX)
    client_key: UUID | None = None


class LetterUpdate(Input):
    title: str = Field(max_length=TITLE_MAX)
    body: str = Field(max_length=LETTER_MAX)
    revision: int = Field(ge=0, le=MAX_ID)


class LetterConflict(Schema):
    detail: str
    letter: LetterOut


class ReplyIn(Input):
    body: str = Field(min_length=1, max_length=TEXT_MAX)


class ReactionIn(Input):
    kind: ReactionKind


class ImportIn(Input):
    text: str = Field(min_length=1, max_length=LETTER_MAX)
    title: str = Field("", max_length=TITLE_MAX)
    share: bool = False
    # Chosen by the caller: retrying the same import returns the first one's letter.
    client_key: UUID | None = None


class ImportOut(Schema):
    letter: LetterOut
    created: dict[str, int]


# Together ---------------------------------------------------------------------


class AnswerOut(Schema):
    id: int
    question: int
    author: str
    text: str
    created_at: datetime


class QuestionOut(Schema):
    id: int
    author: str
    text: str
    reveal_together: bool
    completed_at: datetime | None
    source_letter: int | None
    created_at: datetime
    updated_at: datetime
    answers: list[AnswerOut]
    answer_count: int
    can_answer: bool


class QuestionIn(Input):
    text: str = Field(min_length=1, max_length=TEXT_MAX)
    reveal_together: bool = False


class AnswerIn(Input):
    text: str = Field(min_length=1, max_length=TEXT_MAX)


class AnswerConflict(Schema):
    """Your answer already has other words: both texts, so that none is lost."""

    detail: str
    yours: str = Field(description="Your answer as it is stored.")
    sent: str = Field(description="The words you sent, which were not stored.")
    can_replace: bool = Field(
        description="True while your partner cannot have read your answer: "
        "PUT the new words with `replacing` to use them instead."
    )


class AnswerChange(Input):
    text: str = Field(min_length=1, max_length=TEXT_MAX)
    replacing: str | None = Field(
        None,
        max_length=TEXT_MAX,
        description="Your answer's words as you last saw them (the `yours` of a 409): "
        "required to replace; when adding, a 409 if the answer changed since.",
        # Said in the document too (the generator leaves a null default out).
        json_schema_extra={"default": None},
    )
    mode: Literal["add", "replace"] = Field(
        "add",
        description="`add` the new words below your answer, marked as added later, or "
        "`replace` it (only while your partner cannot have read it).",
    )


class ThingOut(Schema):
    id: int
    author: str
    text: str
    why: str
    status: str
    decline_note: str
    review_note: str
    agreed_at: datetime | None
    declined_at: datetime | None
    started_at: datetime | None
    reviewed_at: datetime | None
    reviewed_by: str | None
    source_letter: int | None
    created_at: datetime
    updated_at: datetime


class ThingIn(Input):
    text: str = Field(min_length=1, max_length=TEXT_MAX)
    why: str = Field("", max_length=TEXT_MAX)


class NoteIn(Input):
    note: str = Field("", max_length=TEXT_MAX)


class ReviewIn(Input):
    outcome: Literal["kept", "adjusted", "dropped"]
    note: str = Field("", max_length=TEXT_MAX)


class CommentOut(Schema):
    id: int
    entry: int
    author: str
    text: str
    created_at: datetime


class EntryOut(Schema):
    id: int
    author: str
    said: str
    not_meaning: str
    meaning: str
    feelings: list[str]
    needs: list[str]
    request: str
    heard_at: datetime | None
    source_letter: int | None
    created_at: datetime
    updated_at: datetime
    comments: list[CommentOut]


class EntryIn(Input):
    said: str = Field(min_length=1, max_length=TEXT_MAX)
    not_meaning: str = Field("", max_length=TEXT_MAX)
    meaning: str = Field("", max_length=TEXT_MAX)
    feelings: list[Annotated[str, Field(max_length=200)]] = Field([], max_length=50)
    needs: list[Annotated[str, Field(max_length=200)]] = Field([], max_length=50)
    request: str = Field("", max_length=TEXT_MAX)


class CommentIn(Input):
    text: str = Field(min_length=1, max_length=TEXT_MAX)


# Check-ins --------------------------------------------------------------------


class CheckInOut(Schema):
    id: int
    author: str
    day: date
    card: str
    card_reversed: bool
    card_meaning: str
    medication_taken: bool | None
    mood: str
    energy: int | None
    safety: int | None
    capacity: str
    note: str
    source_letter: int | None
    created_at: datetime
    updated_at: datetime


class CheckInIn(Input):
    """Today's check-in as a whole: a field left out or null is "not said"."""

    mood: str = Field("", max_length=48)
    medication_taken: bool | None = None
    energy: int | None = Field(None, ge=1, le=5)
    safety: int | None = Field(None, ge=1, le=5)
    capacity: Literal["", "yes", "a little", "not today"] = ""
    note: str = Field("", max_length=2_000)


class CardIn(Input):
    """Draw the card of the day (`draw: true`), or name the card pulled from one's own deck."""

    draw: bool = False
    card: str = Field("", max_length=40)
    reversed: bool = False


def items_of(schema):
    """The list envelope of a kind: `{"items": [...], "total": n, "next_offset": n | null}`."""
    return type(
        f"{schema.__name__}List",
        (Schema,),
        {
            "__annotations__": {
                "items": list[schema],
                "total": int,
                "next_offset": int | None,
            }
        },
    )
