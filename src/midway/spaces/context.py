from midway.spaces.models import Member


def member(request):
    """The signed-in member (if any) and the area of the page, for every template."""
    found = getattr(request, "member", None)
    if found is None and getattr(request, "user", None) and request.user.is_authenticated:
        found = Member.objects.select_related("space").filter(user=request.user).first()
    match = getattr(request, "resolver_match", None)
    nav = (match.namespace or match.url_name) if match else ""
    return {"member": found, "nav": nav}
