"""Together's addresses: /together/, then questions/, things/ and phrasebook/."""

from django.urls import path

from midway.together.views import index, phrasebook, questions, things

app_name = "together"
urlpatterns = [
    path("", index.index, name="index"),
    path("questions/", questions.question_list, name="questions"),
    path("questions/ask/", questions.ask, name="ask"),
    path("questions/bank/", questions.question_bank, name="bank"),
    path("questions/bank/ask/", questions.ask_from_bank, name="ask_from_bank"),
    path("questions/<int:pk>/", questions.question_detail, name="question"),
    path("questions/<int:pk>/answer/", questions.answer, name="answer"),
    path("questions/<int:pk>/answer/settle/", questions.settle_answer, name="settle_answer"),
    path("things/", things.thing_list, name="things"),
    path("things/propose/", things.propose, name="propose"),
    path("things/<int:pk>/", things.thing_detail, name="thing"),
    path("things/<int:pk>/agree/", things.agree, name="agree"),
    path("things/<int:pk>/decline/", things.decline, name="decline"),
    path("things/<int:pk>/start/", things.start, name="start"),
    path("things/<int:pk>/review/", things.review, name="review"),
    path("phrasebook/", phrasebook.entry_list, name="phrasebook"),
    path("phrasebook/new/", phrasebook.new_entry, name="new_entry"),
    path("phrasebook/<int:pk>/", phrasebook.entry_detail, name="entry"),
    path("phrasebook/<int:pk>/heard/", phrasebook.heard, name="heard"),
    path("phrasebook/<int:pk>/comment/", phrasebook.comment, name="comment"),
]
