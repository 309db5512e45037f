import pytest

from midway.decisions import services


@pytest.fixture
def decision(ivy):
    return services.open_decision(ivy, "Tonight: does Ivy go home or stay?")


@pytest.fixture
def revealed(decision, ivy, john):
    services.write_need(ivy, decision, need="Rest in my own bed", weight=4, can_give="A call")
    services.write_need(john, decision, need="Not to wake up alone", weight=3)
    decision.refresh_from_db()
    return decision
