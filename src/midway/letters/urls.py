from django.urls import path

from midway.letters import import_views, views

app_name = "letters"
urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.new, name="new"),
    path("preview/", views.preview, name="preview"),
    path("import/", import_views.import_letter_view, name="import"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/autosave/", views.autosave, name="autosave"),
    path("<int:pk>/share/", views.share, name="share"),
    path("<int:pk>/take-back/", views.take_back, name="take_back"),
    path("<int:pk>/delete/", views.delete, name="delete"),
    path("<int:pk>/reply/", views.reply, name="reply"),
    path("<int:pk>/react/", views.react, name="react"),
    path("<int:pk>/versions/", views.versions, name="versions"),
]
