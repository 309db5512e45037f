from django.urls import path

from midway.spaces.views import not_built

app_name = "checkin"
urlpatterns = [
    path("", not_built, {"area": "Check-in"}, name="index"),
]
