from django.urls import path

from midway.insights import views

app_name = "insights"
urlpatterns = [
    path("", views.index, name="index"),
    path("checkins.csv", views.checkins_csv, name="checkins_csv"),
]
