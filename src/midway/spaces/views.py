from urllib.parse import urlsplit

import segno
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.signals import user_login_failed
from django.contrib.auth.views import PasswordChangeView
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse, reverse_lazy
from django.views.decorators.http import require_http_methods

from midway.spaces import services
from midway.spaces.access import member_required
from midway.spaces.forms import AccountForm, MemberSettingsForm, NewSpaceForm
from midway.spaces.links import public_link
from midway.spaces.models import Invite, Member
from midway.spaces.pagecache import cached_page
from midway.spaces.stale import refuse_if_stale
from midway.spaces.usernames import UsernameTaken

AUTH_BACKEND = "django.contrib.auth.backends.ModelBackend"
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


def signup_is_open() -> bool:
    return settings.SIGNUP == "open" or not Member.objects.exists()


@cached_page
def home(request):
    if not request.user.is_authenticated:
        return redirect("welcome" if not Member.objects.exists() else "login")
    return space_home(request)


@member_required
def space_home(request):
    from midway.spaces.home import home_context

    return render(request, "spaces/home.html", home_context(request.member))


@require_http_methods(["GET", "POST"])
def welcome(request):
    if request.user.is_authenticated:
        return redirect("home")
    if not signup_is_open():
        return render(request, "spaces/signup_closed.html", status=404)
    form = NewSpaceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            member = services.create_space(
                username=data["username"],
                password=data["password1"],
                name=data["name"],
                space_name=data["space_name"].strip() or "Our space",
            )
        except UsernameTaken as taken:
            form.add_error("username", str(taken))
            return render(request, "spaces/welcome.html", {"form": form})
        login(request, member.user, backend=AUTH_BACKEND)
        messages.success(request, "Your space is ready. Now invite your partner.")
        return redirect("invite")
    return render(request, "spaces/welcome.html", {"form": form})


@member_required
@require_http_methods(["GET", "POST"])
def invite(request):
    member = request.member
    context = {"partner": member.partner}
    # Without a trustworthy address, no invite is made: its link could point anywhere.
    context["unknown_address"] = public_link(request, "/") is None
    if request.method == "POST" and member.partner is None and not context["unknown_address"]:
        _invite, token = Invite.issue(member)
        link = public_link(request, reverse("join", args=[token]))
        context.update(link=link, qr=segno.make(link, error="m").svg_data_uri(scale=5, border=2))
        # A link to this computer's own loopback address opens nothing on a phone.
        context["local_only"] = urlsplit(link).hostname in LOOPBACK_HOSTS
    context["pending"] = Invite.objects.usable().filter(space=member.space).first()
    return render(request, "spaces/invite.html", context)


@require_http_methods(["GET", "POST"])
def join(request, token):
    try:
        invite = services.find_invite(token)
    except services.InviteRefused as refusal:
        return render(request, "spaces/invite_refused.html", {"reason": str(refusal)}, status=410)
    if request.user.is_authenticated:
        return render(
            request,
            "spaces/invite_refused.html",
            {"reason": "You are signed in already. Sign out first to join with this link."},
            status=409,
        )
    form = AccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            member = services.join_space(
                token=token,
                username=data["username"],
                password=data["password1"],
                name=data["name"],
            )
        except services.InviteRefused as refusal:
            return render(
                request, "spaces/invite_refused.html", {"reason": str(refusal)}, status=410
            )
        except UsernameTaken as taken:
            # Taken between the form's check and the insert: the same words as the form's.
            form.add_error("username", str(taken))
            return render(request, "spaces/join.html", {"form": form, "invite": invite})
        login(request, member.user, backend=AUTH_BACKEND)
        messages.success(request, f"Welcome, {member.name}. You are in {member.space.name}.")
        return redirect("home")
    return render(request, "spaces/join.html", {"form": form, "invite": invite})


@member_required
@require_http_methods(["GET", "POST"])
def member_settings(request):
    # A copy: a refused save must not change the name shown around the page.
    member = Member.objects.get(pk=request.member.pk)
    form = MemberSettingsForm(request.POST or None, instance=member)
    if (
        request.method == "POST"
        and form.is_valid()
        and not refuse_if_stale(form, form.stored, {k: form.cleaned_data[k] for k in form.stored})
    ):
        form.save()
        messages.success(request, "Saved.")
        return redirect("settings")
    return render(request, "spaces/settings.html", {"form": form})


class PasswordChange(PasswordChangeView):
    """Changing the password asks for the old one: wrong guesses count like sign-in's,
    so a stolen session cannot try passwords faster than the sign-in page allows."""

    template_name = "spaces/password_change.html"
    success_url = reverse_lazy("settings")

    def credentials(self) -> dict:
        return {"username": self.request.user.get_username()}

    def post(self, request, *args, **kwargs):
        if AxesProxyHandler.is_locked(request, self.credentials()):
            return get_lockout_response(request, self.credentials())
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        if "old_password" in form.errors:
            # django-axes counts it; its middleware answers with the lockout page at the limit.
            user_login_failed.send(
                sender=type(self), credentials=self.credentials(), request=self.request
            )
        return super().form_invalid(form)

    def form_valid(self, form):
        messages.success(self.request, "Your password is changed. Other devices are signed out.")
        return super().form_valid(form)


def manifest(request):
    return JsonResponse(
        {
            "name": "Midway",
            "short_name": "Midway",
            "description": "A private place for two partners.",
            "start_url": "/",
            "scope": "/",
            "display": "standalone",
            "background_color": "#faf7f2",
            "theme_color": "#7a4e8c",
            "icons": [
                {
                    "src": static(f"midway/icon-{size}.png"),
                    "sizes": f"{size}x{size}",
                    "type": "image/png",
                }
                for size in (192, 512)
            ]
            + [{"src": static("midway/icon.svg"), "sizes": "any", "type": "image/svg+xml"}],
        },
        content_type="application/manifest+json",
    )
