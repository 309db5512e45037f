import pytest

from midway.repair import repairs


@pytest.fixture
def repair(ivy, john):
    """A repair Ivy opened; both have an empty account."""
    return repairs.open_repair(ivy, "The dishes, again")[0]


@pytest.fixture
def half_written(repair, ivy, john):
    """Ivy has finished; John has written words he has not finished."""
    repairs.save_account(ivy, repair, saw="IVY-SIDE-MARKER", ask_next_time="Ask me first")
    repairs.finish_account(ivy, repair)
    repairs.save_account(john, repair, saw="JOHN-SIDE-MARKER", my_part="JOHN-PART-MARKER")
    return repair
