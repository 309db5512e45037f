"""Addresses: /appreciations/ and /courted/ (each partner's list)."""

from django.urls import path

from midway.appreciations import courting, views

app_name = "appreciations"
urlpatterns = [
    path("appreciations/", views.appreciation_list, name="index"),
    path("appreciations/write/", views.write, name="write"),
    path("appreciations/<int:pk>/send/", views.send, name="send"),
    path("appreciations/<int:pk>/delete/", views.delete, name="delete"),
    path("appreciations/<int:pk>/favourite/", views.favourite, name="favourite"),
    path("appreciations/<int:pk>/seen/", views.seen, name="seen"),
    path("courted/", courting.my_list, name="my_courted"),
    path("courted/<int:member_id>/", courting.courted_list, name="courted"),
    path("courted/add/", courting.add_item, name="add_item"),
    path("courted/items/<int:pk>/done/", courting.done, name="done"),
    path("courted/items/<int:pk>/remove/", courting.remove, name="remove"),
    path("courted/from-phrasebook/<int:pk>/", courting.from_entry, name="from_entry"),
]
