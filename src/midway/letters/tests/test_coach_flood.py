"""One member flooding the coach must not stall the server for anyone else.

Through the real `midway serve` (waitress, 8 threads): eight parallel checks of the
largest text a check accepts, by one member, while a member of another couple opens
their letters.
"""

import subprocess
import threading
import time

import pytest

from midway.safety.served import MIDWAY, PASSWORD, Server, Session, environment, prepare

pytestmark = pytest.mark.slow

ANOTHER_COUPLE = f"""
from midway.spaces.models import Invite
from midway.spaces.services import create_space, join_space
ana = create_space(username="ana", password={PASSWORD!r}, name="Ana", space_name="Ana & Ben")
_invite, token = Invite.issue(ana)
join_space(token=token, username="ben", password={PASSWORD!r}, name="Ben")
"""


def test_eight_maximal_checks_by_one_member_leave_another_couple_served(tmp_path):
    data = tmp_path / "data"
    prepare(data)
    made = subprocess.run(
        [*MIDWAY, "shell", "-c", ANOTHER_COUPLE],
        env=environment(data),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    server = Server(data, tmp_path / "serve.log").start()
    try:
        ivy, ana = Session(server), Session(server)
        ivy.sign_in("ivy")
        ana.sign_in("ana")
        assert ana.request("GET", "/letters/")[0] == 200
        floods = [
            ("!?.,;:" * 34_000)[:200_000],
            "\n\n".join(f"You never listen, not once in {n} days." for n in range(5000)),
        ]
        answers: list[tuple[int, int]] = []

        def flood(n: int) -> None:
            status, body = ivy.request("POST", "/coach/check/", {"text": floods[n % 2]})
            answers.append((status, len(body)))

        threads = [threading.Thread(target=flood, args=(n,)) for n in range(8)]
        for thread in threads:
            thread.start()
        waits = []
        while any(thread.is_alive() for thread in threads) or len(waits) < 5:
            started = time.monotonic()
            status, page = ana.request("GET", "/letters/", timeout=10)
            waits.append(time.monotonic() - started)
            assert status == 200 and "Letters" in page
            time.sleep(0.1)
        for thread in threads:
            thread.join()
    finally:
        server.stop()
    assert max(waits) < 1.0, waits
    assert {status for status, _ in answers} <= {200, 429}
    assert max(size for _, size in answers) < 60_000
