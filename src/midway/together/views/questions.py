"""Questions: ask, answer, and the bank of questions written by us."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import reswap, retarget

from midway.spaces.access import member_required
from midway.spaces.models import Member
from midway.spaces.pagecache import cached_page
from midway.together import bank, services
from midway.together.forms import AnswerForm, QuestionForm
from midway.together.models import Answer, Question
from midway.together.views.common import add_service_errors, on_visible, paged, reply, them


def present(question: Question, member: Member) -> Question:
    """Mark up a question (from `QuestionQuerySet.for_page`) with what this member sees."""
    answers = question.shown_answers
    question.mine = next((a for a in answers if a.author_id == member.pk), None)
    question.theirs = [a for a in answers if a.author_id != member.pk]
    is_open = question.completed_at is None
    question.asked_by_me = question.author_id == member.pk
    question.url = question.get_absolute_url()
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


def card_context(request, question: Question, form=None, *, expanded=True, **extra) -> dict:
    """A card on its own (its page, or swapped in by htmx) opens its answer form."""
    return {
        "q": question,
        "them": them(request.member),
        "answer_form": form or AnswerForm(),
        "expanded": expanded,
        **extra,
    }


REVEALED = "You have both answered. Here are both answers."

# The list's two halves: open questions (waiting for me first) and answered ones.
SHOWS = {"open": "Open", "answered": "Answered"}


def page_of(member: Member, chosen, count: int, number) -> tuple:
    """One page of `chosen` (`count` long), its cards loaded in a fixed number of queries."""
    page = paged(chosen.values_list("pk", flat=True), count, number)
    ids = list(page.object_list)
    found = {q.pk: q for q in Question.objects.filter(pk__in=ids).for_page(member)}
    return page, present_all((found[pk] for pk in ids if pk in found), member)


@cached_page
@member_required
@require_GET
def question_list(request):
    member = request.member
    visible = Question.objects.visible_to(member)
    show = request.GET.get("show")
    counts = visible.aggregate(
        open=Count("pk", filter=Q(completed_at__isnull=True)),
        answered=Count("pk", filter=Q(completed_at__isnull=False)),
    )
    if show not in SHOWS:
        show = "open" if counts["open"] else "answered"
    if show == "open":
        chosen = visible.open_for(member)
    else:
        chosen = visible.settled().order_by("-completed_at", "-id")
    page, questions = page_of(member, chosen, counts[show], request.GET.get("page"))
    return render(
        request,
        "together/questions/list.html",
        {
            "show": show,
            "shows": [(key, label, counts[key]) for key, label in SHOWS.items()],
            "page": page,
            "questions": questions,
            "them": them(member),
            "expanded": False,
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


@on_visible(Question, methods=("GET", "POST"))
def answer(request, question):
    """GET: the answer form, fetched into a card when its Answer button is pressed."""
    member = request.member
    if request.method == "GET":
        if not request.htmx:
            return redirect(question)
        fresh = load(member, question.pk)
        if not fresh.waits_for_me:
            # Answered meanwhile (here or in another tab): the card as it is now.
            card = render(request, "together/questions/_card.html", card_context(request, fresh))
            return reswap(retarget(card, f"#question-{fresh.pk}"), "outerHTML")
        context = card_context(request, fresh, fetched=True)
        return render(request, "together/questions/_answer_form.html", context)
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
    # Both answers have just opened to each other: a small moment, said aloud too.
    revealed = form is None and fresh.reveal_together and fresh.completed_at is not None
    context = card_context(request, fresh, form, revealed=revealed)
    if form is not None and not request.htmx:
        return render(request, "together/questions/detail.html", context)
    if revealed and not request.htmx:
        messages.success(request, REVEALED)
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
