from django.urls import path

from midway.checkins import views

app_name = "checkin"
urlpatterns = [
    path("", views.index, name="index"),
    path("card/", views.card, name="card"),
    path("history/", views.history, name="history"),
    path("<int:pk>/", views.detail, name="detail"),
]
