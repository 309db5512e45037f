from django.urls import path

from midway.spaces.views import not_built

app_name = "together"
urlpatterns = [
    path("", not_built, {"area": "Together"}, name="index"),
]
