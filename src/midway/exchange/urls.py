from django.urls import path

from midway.exchange import views

app_name = "exchange"
urlpatterns = [
    path("settings/my-data.json", views.my_export, name="my_export"),
    path("settings/my-data-markdown.zip", views.my_markdown, name="my_markdown"),
]
