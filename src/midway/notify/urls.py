from django.urls import path

from midway.notify import views

app_name = "notify"

urlpatterns = [
    path("settings/notifications/add/", views.add, name="add"),
    path("settings/notifications/<int:pk>/test/", views.test, name="test"),
    path("settings/notifications/<int:pk>/remove/", views.remove, name="remove"),
    path("settings/notifications/<int:pk>/previews/", views.previews, name="previews"),
    path("settings/notifications/choices/", views.save_preferences, name="preferences"),
    path("settings/notifications/this-device/", views.subscribe, name="subscribe"),
    path("sw.js", views.service_worker, name="service_worker"),
    path("help/phones/", views.phones_guide, name="phones"),
]
