from django.urls import include, path

urlpatterns = [
    path("", include("midway.spaces.urls")),
    path("letters/", include("midway.letters.urls")),
    path("together/", include("midway.together.urls")),
    path("checkin/", include("midway.checkins.urls")),
]
