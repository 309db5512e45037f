"""Questions: ask, answer, and the bank of questions written by us."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from midway.spaces.access import member_required
from midway.spaces.models import Member
from midway.together import bank, services
from midway.together.forms import AnswerForm, QuestionForm
from midway.together.models import Answer, Question
from midway.together.views.common import PAGE_SIZE, add_service_errors, on_visible, reply, them


def present(question: Question, member: Member) -> Question:
    """Mark up a question (from `QuestionQuerySet.for_page`) with what this member sees."""
    answers = question.shown_answers
    question.mine = next((a for a in answers if a.author_id == member.pk), None)
    question.theirs = [a for a in answers if a.author_id != member.pk]
    is_open = question.completed_at is None
    question.asked_by_me = question.author_id == member.pk
    question.waits_for_me = is_open and question.can_be_answered_by(member) and not question.mine
    question.waits_for_them = is_open and not question.waits_for_me
    # In "reveal together", the partner's answer exists but stays hidden: say only that.
    question.they_answered = (
        question.reveal_together and is_open and question.answer_count > (1 if question.mine else 0)
    )
    return question


def present_all(questions, member: Member) -> list[Question]:
    return [present(question, member) for question in questions]


def load(member: Member, pk: int) -> Question:
    """One question with everything its card shows, marked up for this member."""
    return present_all(Question.objects.visible_to(member).for_page(member).filter(pk=pk), member)[
        0
    ]


def card_context(request, question: Question, form=None) -> dict:
    return {"q": question, "them": them(request.member), "answer_form": form or AnswerForm()}


@member_required
@require_GET
def question_list(request):
    member = request.member
    visible = Question.objects.visible_to(member).for_page(member)
    waiting = sorted(present_all(visible.open(), member), key=lambda q: (not q.waits_for_me, -q.pk))
    page = Paginator(visible.settled().order_by("-completed_at", "-id"), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "together/questions/list.html",
        {
            "waiting": waiting if page.number == 1 else [],
            "page": page,
            "settled": present_all(page, member),
            "them": them(member),
            "answer_form": AnswerForm(),
        },
    )


@member_required
@require_http_methods(["GET", "POST"])
def ask(request):
    form = QuestionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            question = services.ask_question(
                request.member,
                form.cleaned_data["text"],
                reveal_together=form.cleaned_data["reveal_together"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Asked.")
            return redirect("together:question", pk=question.pk)
    return render(
        request, "together/questions/ask.html", {"form": form, "them": them(request.member)}
    )


@member_required
@require_GET
def question_bank(request):
    asked = set(
        Question.objects.visible_to(request.member)
        .filter(text__in=bank.all_questions())
        .values_list("text", flat=True)
    )
    return render(
        request,
        "together/questions/bank.html",
        {"themes": bank.THEMES, "asked": asked, "them": them(request.member)},
    )


@member_required
@require_POST
def ask_from_bank(request):
    text = bank.find(request.POST.get("text", ""))
    if text is None:
        messages.error(request, "That question is no longer in the bank. Please choose another.")
        return redirect("together:bank")
    question = services.ask_question(
        request.member, text, reveal_together=request.POST.get("mode") == "together"
    )
    if request.htmx:
        return render(request, "together/questions/_bank_asked.html", {"question": question})
    messages.success(request, "Asked.")
    return redirect("together:question", pk=question.pk)


@on_visible(Question, methods=("GET", "HEAD"))
def question_detail(request, question):
    context = card_context(request, load(request.member, question.pk))
    return render(request, "together/questions/detail.html", context)


@on_visible(Question)
def answer(request, question):
    member = request.member
    form = AnswerForm(request.POST)
    if form.is_valid():
        try:
            services.answer_question(member, question, form.cleaned_data["text"])
        except ValidationError as error:
            add_service_errors(form, error)
        except services.DifferentAnswer as conflict:
            return second_answer(request, conflict)
        else:
            form = None
    fresh = load(member, question.pk)
    context = card_context(request, fresh, form)
    if form is not None and not request.htmx:
        return render(request, "together/questions/detail.html", context)
    return reply(request, "together/questions/_card.html", context, fresh.get_absolute_url())


def second_answer(request, conflict, error: str = ""):
    """Both answers side by side, and the choice: the new words instead, below, or not.

    A plain form post gets a whole page with 409 (the answer was not taken); htmx
    gets the same choice in place of the card, as a 200 so that htmx swaps it in.
    """
    context = {
        "q": load(request.member, conflict.answer.question_id),
        "them": them(request.member),
        "conflict": conflict,
        "error": error,
    }
    if request.htmx:
        return render(request, "together/questions/_second_answer.html", context)
    return render(request, "together/questions/second_answer.html", context, status=409)


SETTLE = {"replace": services.replace_answer, "add": services.add_to_answer}


@on_visible(Question)
def settle_answer(request, question):
    """The member's choice on the page that shows both answers."""
    member = request.member
    choice = request.POST.get("choice")
    text, replacing = request.POST.get("text", ""), request.POST.get("replacing", "")
    if choice in SETTLE:
        try:
            SETTLE[choice](member, question, text, replacing=replacing)
        except services.DifferentAnswer as conflict:
            # Changed or revealed meanwhile: choose again, with what is stored now.
            return second_answer(
                request, conflict, "Your answer changed meanwhile; here it is now."
            )
        except ValidationError as error:
            stored = Answer.objects.filter(question=question, author=member).first()
            if stored is None:
                raise services.NotAllowed from None
            problem = " ".join(error.messages)
            return second_answer(request, services.DifferentAnswer(stored, text), problem)
        messages.success(
            request, "Your answer now has your new words." if choice == "replace" else "Added."
        )
    else:
        messages.info(request, "You kept your first answer.")
    fresh = load(member, question.pk)
    return reply(
        request,
        "together/questions/_card.html",
        card_context(request, fresh),
        fresh.get_absolute_url(),
    )
