"""The page cache through the real server: two worker processes, each with its own kept
pages, and writes from a third process that sends no signal. No page read before a
write is served after it, from either worker.
"""

import re
import subprocess
import uuid

import pytest

from midway.safety.served import MIDWAY, Server, Session, environment, prepare

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    data = tmp_path_factory.mktemp("pagecache") / "data"
    prepare(data)
    server = Server(
        data, data.parent / "serve.log", MIDWAY_SERVER="gunicorn", MIDWAY_WORKERS="2"
    ).start()
    yield server
    server.stop()


def shell(server: Server, code: str) -> str:
    done = subprocess.run(
        [*MIDWAY, "shell", "-c", code],
        env=environment(server.data_dir),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def titles(session: Session, times: int = 12) -> set[str]:
    """The letter titles of every answer to `times` visits of the letters list (more
    visits than workers, so that every worker's kept page is read)."""
    seen = set()
    for _ in range(times):
        status, page = session.request("GET", "/letters/")
        assert status == 200
        seen.add(" ".join(re.findall(r"Cache test: (\w+)", page)))
    return seen


def test_a_write_from_another_process_ends_every_workers_kept_page(served):
    ivy, john = Session(served), Session(served)
    ivy.sign_in("ivy")
    john.sign_in("john")
    made = john.autosave_new("Cache test: first", "A letter.", str(uuid.uuid4()))
    assert john.request("POST", f"/letters/{made['id']}/share/")[0] in (200, 302)
    assert titles(ivy) == {"first"}
    # A bulk update from another process: no signal, no request, no worker knows.
    shell(
        served,
        "from midway.letters.models import Letter; "
        "Letter.objects.filter(title__startswith='Cache test').update(title='Cache test: second')",
    )
    assert titles(ivy) == {"second"}
    # John takes it back to a draft: Ivy stops seeing it at once, on every worker.
    assert john.request("POST", f"/letters/{made['id']}/take-back/")[0] in (200, 302)
    assert titles(ivy) == {""}


def test_signing_out_ends_the_kept_pages_of_that_browser(served):
    ivy = Session(served)
    ivy.sign_in("ivy")
    for _ in range(4):
        assert ivy.request("GET", "/together/questions/")[0] == 200
    # Every cookie the browser had when its pages were kept, sent again after signing out.
    stolen = {"Cookie": "; ".join(f"{c.name}={c.value}" for c in ivy.jar)}
    assert ivy.request("POST", "/logout/")[0] in (200, 302)
    for _ in range(4):
        status, _headers, _body = served.raw("GET", "/together/questions/", stolen)
        assert status == 302  # to the sign-in page, not a kept page
