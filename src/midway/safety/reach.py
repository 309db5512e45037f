"""Which model each object route serves, learnt by asking as the space's members.

With ids unique across the whole database, an object route can only ever answer
for ids of the one model it looks up. A member of space A tries the route with
ids of A (one of each model first, then the rest, each request rolled back) until
something other than 404/405 comes back: that id's model is the route's.
"""

from midway.safety.probe import METHODS, NOT_THERE, undone

_served: dict[str, str | None] = {}
crashes: list[str] = []


def probe_order(world) -> list[int]:
    """Ids of space A: one of each model first, then all the others."""
    ids = world.ids_owned_by(world.space_a)
    first, seen = [], set()
    for pk in ids:
        label = world.item_for(pk).model._meta.label
        if label not in seen:
            seen.add(label)
            first.append(pk)
    return first + [pk for pk in ids if pk not in first]


def served_label(world, route, callers) -> str | None:
    """The label of the model `route` serves, or None if no member reaches anything."""
    if route.route not in _served:
        _served[route.route] = _probe(world, route, callers)
    return _served[route.route]


def _probe(world, route, callers) -> str | None:
    order = probe_order(world)
    for method in METHODS:
        for pk in order:
            for url in route.urls_for(pk):
                for member in (world.ivy, world.john):
                    caller = callers(member, route)  # signed in outside the rollback
                    with undone():
                        status = caller(method, url).status_code
                    if status >= 500:
                        crashes.append(f"{method.upper()} {url} as {member} → {status}")
                    if status not in NOT_THERE:
                        return world.item_for(pk).model._meta.label
    return None
