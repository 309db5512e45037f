from django.urls import include, path

urlpatterns = [
    path("", include("midway.spaces.urls")),
]
