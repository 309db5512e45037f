from django.contrib.auth import views as auth_views
from django.urls import path

from midway.spaces import account_views, face_views, views
from midway.spaces.forms import SignInForm

urlpatterns = [
    path("", views.home, name="home"),
    path("welcome/", views.welcome, name="welcome"),
    path("invite/", views.invite, name="invite"),
    path("join/<str:token>/", views.join, name="join"),
    path(
        "login/",
        auth_views.LoginView.as_view(
            template_name="spaces/login.html",
            redirect_authenticated_user=True,
            authentication_form=SignInForm,
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("settings/", views.member_settings, name="settings"),
    path("settings/face/", face_views.face, name="face"),
    path("settings/password/", views.PasswordChange.as_view(), name="password_change"),
    path("settings/space-name/", account_views.rename_space, name="rename_space"),
    path("settings/leave/", account_views.leave_space, name="leave_space"),
    path("settings/delete-account/", account_views.delete_account, name="delete_account"),
    path("manifest.webmanifest", views.manifest, name="manifest"),
]
