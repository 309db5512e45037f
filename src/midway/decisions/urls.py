"""Decide together's addresses: /decide/ and one page per decision."""

from django.urls import path

from midway.decisions import views

app_name = "decisions"
urlpatterns = [
    path("", views.decision_list, name="index"),
    path("new/", views.new_decision, name="new"),
    path("<int:pk>/", views.decision_detail, name="detail"),
    path("<int:pk>/need/", views.need, name="need"),
    path("<int:pk>/options/", views.add_option, name="add_option"),
    path("options/<int:pk>/mark/", views.mark, name="mark"),
    path("options/<int:pk>/choose/", views.choose, name="choose"),
    path("<int:pk>/another-day/", views.another_day, name="another_day"),
    path("<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("<int:pk>/reopen/", views.reopen, name="reopen"),
    path("<int:pk>/calendar.ics", views.calendar, name="calendar"),
]
