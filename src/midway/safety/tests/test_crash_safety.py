"""Kill -9 in the middle of writing: every write that was answered is still there.

`midway serve` runs on SQLite in a temporary data directory. Ivy and John, each in
a thread with their own signed-in session, start letters and autosave them as fast
as they can. At a random moment the server gets SIGKILL; it is started again and
the database must pass `PRAGMA integrity_check` and hold every acknowledged save
(the one in flight when the process died may or may not have landed). Three
rounds, each with a new kill moment, on the same data directory.
"""

import os
import random
import sqlite3
import threading
import time
import uuid

import pytest

from midway.safety.served import Server, Session, prepare

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        bool(os.environ.get("DATABASE_URL")), reason="SIGKILL durability is about SQLite"
    ),
]
ROUNDS = 3


class Writer(threading.Thread):
    """One partner writing letters until the server goes away."""

    def __init__(self, session: Session, name: str, stop: threading.Event):
        super().__init__(daemon=True)
        self.session, self.name, self.stop = session, name, stop
        # letter id → (revision, title, body) of its last acknowledged save
        self.acked: dict[int, tuple[int, str, str]] = {}
        self.crashes: list[str] = []
        self.writes = 0

    def run(self):
        try:
            while not self.stop.is_set():
                key = str(uuid.uuid4())
                title = f"{self.name} {key[:8]}"
                made = self.session.autosave_new(title, "first words", key)
                if made["http"] >= 500:
                    self.crashes.append(f"new → {made['status']}")
                    continue
                if made["http"] != 201:
                    continue
                self.acked[made["id"]] = (made["revision"], title, "first words")
                revision = made["revision"]
                for n in range(1, 6):
                    body = f"words {n} of {key}" + " and more" * n
                    saved = self.session.autosave(made["id"], title, body, revision)
                    if saved["http"] >= 500:
                        self.crashes.append(f"autosave → {saved['status']}")
                    if saved["http"] != 200:
                        break
                    revision = saved["revision"]
                    self.acked[made["id"]] = (revision, title, body)
                    self.writes += 1
        except OSError:
            pass  # the server was killed under us: what follows is what counts


def _lost(database, writers) -> list[str]:
    connection = sqlite3.connect(database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = {
            row[0]: row[1:]
            for row in connection.execute("SELECT id, revision, title, body FROM letters_letter")
        }
    finally:
        connection.close()
    lost = []
    for writer in writers:
        for letter_id, (revision, title, body) in writer.acked.items():
            found = rows.get(letter_id)
            if found is None:
                lost.append(f"letter {letter_id} of {writer.name} is gone")
            elif found[0] == revision and found[1:] != (title, body):
                lost.append(f"letter {letter_id}: revision {revision} has other words")
            elif found[0] not in (revision, revision + 1):
                # One more save may have landed unanswered; an older one means a loss.
                lost.append(f"letter {letter_id}: revision {found[0]}, acknowledged {revision}")
    return lost


def test_killing_the_server_never_loses_an_acknowledged_write(tmp_path):
    started = time.monotonic()
    data = tmp_path / "data"
    prepare(data)
    server = Server(data, tmp_path / "serve.log").start()
    sessions = {name: Session(server) for name in ("ivy", "john")}
    for name, session in sessions.items():
        session.sign_in(name)
    random.seed()
    total = 0
    try:
        for _round in range(ROUNDS):
            stop = threading.Event()
            writers = [Writer(s, n, stop) for n, s in sessions.items()]
            for writer in writers:
                writer.start()
            # Let both get going (a slow machine may take a while), then kill at random.
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and not all(w.writes for w in writers):
                time.sleep(0.05)
            time.sleep(random.uniform(0.2, 1.5))
            server.kill()
            stop.set()
            for writer in writers:
                writer.join(timeout=30)
            assert not [c for w in writers for c in w.crashes], server.output()
            assert sum(len(w.acked) for w in writers) > 0, "nothing was written this round"
            # Straight after the kill, before anything repairs the files...
            assert not _lost(data / "midway.sqlite3", writers)
            # ...and after a restart, which the same sessions still use.
            server = Server(data, tmp_path / "serve.log")
            for session in sessions.values():
                session.server = server
            server.start()
            assert not _lost(data / "midway.sqlite3", writers)
            some = next(iter(writers[0].acked))
            assert sessions["ivy"].request("GET", f"/letters/{some}/edit/")[0] == 200
            total += sum(w.writes for w in writers)
    finally:
        server.stop()
    assert total > 20
    assert time.monotonic() - started < 90
