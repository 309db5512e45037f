from midway.spaces.models import Member
from midway.spaces.navigation import area_of, unread_areas


def member(request):
    """The signed-in member (if any), the page's area, and (looked up only when a
    template asks) the areas where something new waits."""
    found = getattr(request, "member", None)
    if found is None and getattr(request, "user", None) and request.user.is_authenticated:
        found = Member.objects.select_related("space").filter(user=request.user).first()
    match = getattr(request, "resolver_match", None)
    nav = (match.namespace or match.url_name) if match else ""
    area = area_of(nav)

    def unread():
        return unread_areas(request, found, area) if found is not None else set()

    return {"member": found, "nav": nav, "area": area, "unread": unread}
