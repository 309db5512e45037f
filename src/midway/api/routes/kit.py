"""The safety menu and triggers by API: mine to write, my partner's menu and shared
triggers to read; their private triggers are a 404."""

from ninja import Router, Status

from midway.api.routes.common import member, paginate, responses, space_names
from midway.api.routes.repair_schemas import SafetyItemIn, SafetyItemOut, TriggerIn, TriggerOut
from midway.api.schemas import Id, PageQuery, items_of
from midway.repair import kit
from midway.repair.models import SafetyItem, Trigger
from midway.spaces.access import authored, visible, visible_set

router = Router(tags=["safety menu and triggers"])


def item_out(item, names) -> dict:
    out = {
        "id": item.pk,
        "author": names[item.author_id],
        "kind": item.kind,
        "text": item.text,
        "created_at": item.created_at,
        "updated_at": item.updated_at,
    }
    if isinstance(item, Trigger):
        out["shared"] = item.shared
    return out


@router.get("/safety-menu", response=responses(items_of(SafetyItemOut)))
def list_menu(request, page: PageQuery):
    """Both partners' safety menus."""
    names = space_names(request)
    found = visible_set(member(request), SafetyItem).order_by("created_at", "id")
    return paginate(found, page, lambda item: item_out(item, names))


@router.post("/safety-menu", response=responses(SafetyItemOut, status=201))
def add_to_menu(request, data: SafetyItemIn):
    item = kit.add_safety_item(member(request), data.text, data.kind)
    return Status(201, item_out(item, space_names(request)))


@router.get("/safety-menu/{int:item_id}", response=responses(SafetyItemOut))
def get_menu_item(request, item_id: Id):
    return item_out(visible(member(request), SafetyItem, pk=item_id), space_names(request))


@router.put("/safety-menu/{int:item_id}", response=responses(SafetyItemOut))
def change_menu_item(request, item_id: Id, data: SafetyItemIn):
    me = member(request)
    item = kit.change_safety_item(me, authored(me, SafetyItem, pk=item_id), data.text, data.kind)
    return item_out(item, space_names(request))


@router.delete("/safety-menu/{int:item_id}", response=responses(None, status=204))
def remove_menu_item(request, item_id: Id):
    me = member(request)
    kit.remove_safety_item(me, authored(me, SafetyItem, pk=item_id))
    return Status(204, None)


@router.get("/triggers", response=responses(items_of(TriggerOut)))
def list_triggers(request, page: PageQuery):
    """My triggers, and my partner's shared ones."""
    names = space_names(request)
    found = visible_set(member(request), Trigger).order_by("created_at", "id")
    return paginate(found, page, lambda item: item_out(item, names))


@router.post("/triggers", response=responses(TriggerOut, status=201))
def add_trigger(request, data: TriggerIn):
    item = kit.add_trigger(member(request), data.text, data.kind, data.shared)
    return Status(201, item_out(item, space_names(request)))


@router.get("/triggers/{int:item_id}", response=responses(TriggerOut))
def get_trigger(request, item_id: Id):
    return item_out(visible(member(request), Trigger, pk=item_id), space_names(request))


@router.put("/triggers/{int:item_id}", response=responses(TriggerOut))
def change_trigger(request, item_id: Id, data: TriggerIn):
    me = member(request)
    item = authored(me, Trigger, pk=item_id)
    return item_out(
        kit.change_trigger(me, item, data.text, data.kind, data.shared), space_names(request)
    )


@router.delete("/triggers/{int:item_id}", response=responses(None, status=204))
def remove_trigger(request, item_id: Id):
    me = member(request)
    kit.remove_trigger(me, authored(me, Trigger, pk=item_id))
    return Status(204, None)
