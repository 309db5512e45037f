"""The API under /api/v1/, and the settings page's token and export actions."""

from django.http import JsonResponse
from django.urls import include, path, re_path
from django.views.decorators.csrf import csrf_exempt

from midway.api import views
from midway.api.api import api
from midway.spaces.pagecache import mark


@csrf_exempt
def api_not_found(request, rest=""):
    # Exempt: a POST to a wrong API path should hear "not found", not a CSRF page.
    return JsonResponse({"detail": "Not found."}, status=404)


# The API's routes whose GET answers the page cache may keep (each is also marked
# with `cached_page` on its operation, which says which requests to keep).
KEPT_ROUTES = {"list_letters"}
api_urls = api.urls
for pattern in api_urls[0]:
    if pattern.name in KEPT_ROUTES:
        mark(pattern.callback)

urlpatterns = [
    # Ninja's own root view answers an HTML 404 when its docs page is off.
    path("api/v1/", api_not_found),
    path("api/v1/", api_urls),
    # Anything else under /api/ answers in JSON too, never with an HTML page.
    re_path(r"^api/(?P<rest>.*)$", api_not_found),
    path("settings/api-tokens/", views.create_token, name="api_token_create"),
    path("settings/api-tokens/<int:pk>/revoke/", views.revoke_token, name="api_token_revoke"),
    path("", include("midway.exchange.urls")),
]
