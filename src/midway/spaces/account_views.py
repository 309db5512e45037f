"""Settings that change the space or the account itself: the space's name, leaving it,
deleting one's account. Each asks nothing of an outsider: the signed-in member acts
on their own membership only, and the destructive ones ask for the password again."""

from django.contrib import messages
from django.contrib.auth import authenticate, login, logout
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from midway.spaces.access import member_required
from midway.spaces.departure import depart
from midway.spaces.forms import DepartureForm, SpaceNameForm
from midway.spaces.models import Space

AUTH_BACKEND = "django.contrib.auth.backends.ModelBackend"


@member_required
@require_POST
def rename_space(request):
    form = SpaceNameForm(request.POST)
    if form.is_valid():
        Space.objects.filter(pk=request.member.space_id).update(name=form.cleaned_data["name"])
        messages.success(request, "The space has its new name.")
    else:
        messages.error(request, " ".join(form.errors["name"]))
    return redirect("settings")


def _password_is_right(request, password: str) -> bool:
    # Through authenticate(), so django-axes counts a wrong password like a sign-in's.
    user = authenticate(request, username=request.user.get_username(), password=password)
    return user is not None and user.pk == request.user.pk


@member_required
@require_http_methods(["GET", "POST"])
def leave_space(request):
    return _departure(request, delete_account=False)


@member_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    return _departure(request, delete_account=True)


def _departure(request, *, delete_account: bool):
    member = request.member
    partner = member.partner
    if not delete_account and partner is None:
        messages.info(request, "You are alone in this space: there is nobody to leave.")
        return redirect("settings")
    form = DepartureForm(request.POST or None, has_partner=partner is not None)
    if request.method == "POST" and form.is_valid():
        if not _password_is_right(request, form.cleaned_data["password"]):
            form.add_error("password", "That is not your password.")
        else:
            keep = form.cleaned_data.get("keep_shared", False)
            fresh = depart(member, keep_shared=keep, delete_account=delete_account)
            if fresh is None:
                logout(request)
                messages.success(request, "Your account and what you wrote are deleted.")
                return redirect("login")
            # The session stays valid: same user, now in a space of their own.
            login(request, fresh.user, backend=AUTH_BACKEND)
            messages.success(request, f"You have left. This is {fresh.space.name}, yours alone.")
            return redirect("home")
    context = {"form": form, "partner": partner, "delete_account": delete_account}
    return render(request, "spaces/departure.html", context)
