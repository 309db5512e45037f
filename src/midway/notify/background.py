"""The worker that `midway serve` starts beside the server, and stops with it."""

import atexit
import os
import signal
import subprocess
import sys


def _die_with_parent() -> None:
    # Linux: the worker gets SIGTERM when the server's process ends, however it ends
    # (gunicorn's master leaves with os._exit, which skips atexit).
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def start_worker() -> subprocess.Popen:
    """`midway worker` as a child process, with this process's settings and environment."""
    child = subprocess.Popen(
        [sys.executable, "-m", "midway", "worker"],
        env=os.environ.copy(),
        preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
    )

    def stop() -> None:
        if child.poll() is None:
            child.terminate()
            try:
                child.wait(timeout=15)
            except subprocess.TimeoutExpired:
                child.kill()

    atexit.register(stop)
    return child
