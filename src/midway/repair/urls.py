"""Repair's addresses: /repair/, then breaks/, menu/, triggers/ and repairs/."""

from django.urls import path

from midway.repair.views import breaks, index, kit, repairs

app_name = "repair"
urlpatterns = [
    path("", index.index, name="index"),
    path("breaks/", breaks.history, name="breaks"),
    path("breaks/take/", breaks.take, name="take_break"),
    path("breaks/now/", breaks.now, name="breaks_now"),
    path("breaks/<int:pk>/", breaks.detail, name="break"),
    path("breaks/<int:pk>/back/", breaks.back, name="back"),
    path("breaks/<int:pk>/more/", breaks.more, name="more_time"),
    path("menu/", kit.menu, name="menu"),
    path("menu/<int:pk>/", kit.menu_item, name="menu_item"),
    path("menu/<int:pk>/remove/", kit.remove_menu_item, name="remove_menu_item"),
    path("menu/from-answer/<int:pk>/", kit.from_answer, name="from_answer"),
    path("triggers/", kit.triggers, name="triggers"),
    path("triggers/<int:pk>/", kit.trigger, name="trigger"),
    path("triggers/<int:pk>/remove/", kit.remove_trigger, name="remove_trigger"),
    path("repairs/", repairs.repair_list, name="repairs"),
    path("repairs/open/", repairs.open_repair, name="open"),
    path("repairs/<int:pk>/", repairs.repair_detail, name="repair"),
    path("repairs/<int:pk>/save/", repairs.save, name="save"),
    path("repairs/<int:pk>/finish/", repairs.finish, name="finish"),
    path("repairs/<int:pk>/answer/", repairs.respond, name="respond"),
    path("repairs/<int:pk>/try/", repairs.try_next_time, name="try"),
]
