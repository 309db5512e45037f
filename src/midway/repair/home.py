"""What the space's home page shows of Repair, at the top: a running break, and the
repairs waiting for me. Two queries when no break runs, whatever the history holds."""

from midway.repair import repairs
from midway.repair.views.breaks import banner_context


def repair_context(member) -> dict:
    return {
        **banner_context(member),
        "repairs_waiting": list(repairs.waiting_for(member)[:3]),
    }
