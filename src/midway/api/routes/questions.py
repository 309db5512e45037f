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
from midway.api.schemas import AnswerIn, AnswerOut, Id, PageQuery, QuestionIn, QuestionOut, items_of
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


@router.post("/questions/{int:question_id}/answers", response=responses(AnswerOut, status=201))
def answer_question(request, question_id: Id, data: AnswerIn):
    """Answer once; answering again returns the first answer unchanged."""
    me = member(request)
    question = visible(me, Question, pk=question_id)
    answer = services.answer_question(me, question, data.text)
    return Status(201, answer_out(_answers(me).get(pk=answer.pk), space_names(request)))


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
