from django.urls import path

from midway.spaces.views import not_built

app_name = "letters"
urlpatterns = [
    path("", not_built, {"area": "Letters"}, name="index"),
]
