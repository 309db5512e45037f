from django.urls import include, path

from midway.letters import coaching

coach_patterns = ([path("check/", coaching.check, name="check")], "coach")

urlpatterns = [
    path("", include("midway.spaces.urls")),
    path("letters/", include("midway.letters.urls")),
    path("together/", include("midway.together.urls")),
    path("checkin/", include("midway.checkins.urls")),
    path("repair/", include("midway.repair.urls")),
    path("decide/", include("midway.decisions.urls")),
    path("", include("midway.appreciations.urls")),
    path("coach/", include(coach_patterns)),
    path("insights/", include("midway.insights.urls")),
    path("", include("midway.api.urls")),
    path("", include("midway.notify.urls")),
]
