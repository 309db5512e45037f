"""Questions and answers by API: ask, answer; an unrevealed answer stays its author's alone."""

from django.shortcuts import get_object_or_404
from ninja import Router, Status

from midway.api.routes.common import (
    member,
    paginate,
    responses,
    space_names,
    visible_letter_id,
)
from midway.api.schemas import (
    AnswerChange,
    AnswerConflict,
    AnswerIn,
    AnswerOut,
    Id,
    PageQuery,
    QuestionIn,
    QuestionOut,
    items_of,
)
from midway.spaces.access import visible, visible_set
from midway.together import services
from midway.together.models import Answer, Question

router = Router(tags=["questions"])


def answer_out(answer: Answer, names: dict[int, str]) -> dict:
    return {
        "id": answer.pk,
        "question": answer.question_id,
        "author": names[answer.author_id],
        "text": answer.text,
        "created_at": answer.created_at,
    }


def question_out(question: Question, me, names: dict[int, str]) -> dict:
    shown = question.shown_answers
    mine = any(answer.author_id == me.pk for answer in shown)
    return {
        "id": question.pk,
        "author": names[question.author_id],
        "text": question.text,
        "reveal_together": question.reveal_together,
        "completed_at": question.completed_at,
        "source_letter": visible_letter_id(question, me),
        "created_at": question.created_at,
        "updated_at": question.updated_at,
        "answers": [answer_out(answer, names) for answer in shown],
        # How many answers exist, hidden ones included: "they answered, not shown yet".
        "answer_count": question.answer_count,
        "can_answer": question.can_be_answered_by(me) and not mine,
    }


def _questions(me):
    return visible_set(me, Question).for_page(me).select_related("source_letter")


def _answers(me):
    return visible_set(me, Answer)


@router.get("/questions", response=responses(items_of(QuestionOut)))
def list_questions(request, page: PageQuery):
    """Questions of the space, newest first, each with the answers you may see."""
    me, names = member(request), space_names(request)
    return paginate(_questions(me), page, lambda question: question_out(question, me, names))


@router.post("/questions", response=responses(QuestionOut, status=201))
def ask_question(request, data: QuestionIn):
    """Ask your partner; with `reveal_together` you both answer and see both at once."""
    me = member(request)
    question = services.ask_question(me, data.text, reveal_together=data.reveal_together)
    return Status(201, question_out(_questions(me).get(pk=question.pk), me, space_names(request)))


@router.get("/questions/{int:question_id}", response=responses(QuestionOut))
def get_question(request, question_id: Id):
    me = member(request)
    return question_out(visible(me, _questions(me), pk=question_id), me, space_names(request))


def conflict_out(conflict: services.DifferentAnswer) -> dict:
    return {
        "detail": "You answered this already, in other words; nothing was changed.",
        "yours": conflict.answer.text,
        "sent": conflict.sent,
        "can_replace": conflict.replaceable,
    }


@router.post(
    "/questions/{int:question_id}/answers",
    response=responses(AnswerOut, status=201, extra={200: AnswerOut, 409: AnswerConflict}),
)
def answer_question(request, question_id: Id, data: AnswerIn):
    """Answer once: 201. The same words again (a retry) are 200 with the stored answer;
    other words are 409 with both texts, and nothing changes."""
    me = member(request)
    question = visible(me, Question, pk=question_id)
    existed = question.answers.filter(author=me).exists()
    try:
        answer = services.answer_question(me, question, data.text)
    except services.DifferentAnswer as conflict:
        return Status(409, conflict_out(conflict))
    out = answer_out(_answers(me).get(pk=answer.pk), space_names(request))
    return Status(200 if existed else 201, out)


@router.put(
    "/questions/{int:question_id}/answers/mine",
    response=responses(AnswerOut, extra={409: AnswerConflict}),
)
def change_answer(request, question_id: Id, data: AnswerChange):
    """Use new words for your answer (`replace`, while unseen) or add them below (`add`).

    409 with both texts when your answer is no longer what `replacing` says, or when
    it may have been read and `replace` was asked.
    """
    me = member(request)
    question = visible(me, Question, pk=question_id)
    change = services.replace_answer if data.mode == "replace" else services.add_to_answer
    try:
        answer = change(me, question, data.text, replacing=data.replacing)
    except services.DifferentAnswer as conflict:
        return Status(409, conflict_out(conflict))
    return answer_out(_answers(me).get(pk=answer.pk), space_names(request))


@router.get("/answers", response=responses(items_of(AnswerOut)))
def list_answers(request, page: PageQuery):
    """Every answer you may see, newest first."""
    me, names = member(request), space_names(request)
    answers = _answers(me).order_by("-created_at", "-id")
    return paginate(answers, page, lambda answer: answer_out(answer, names))


@router.get("/answers/{int:answer_id}", response=responses(AnswerOut))
def get_answer(request, answer_id: Id):
    answer = get_object_or_404(_answers(member(request)), pk=answer_id)
    return answer_out(answer, space_names(request))
