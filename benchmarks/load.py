"""The pieces `make bench` drives a server with: wrk, a memory sampler, the floor project."""

import json
import os
import shutil
import socket
import subprocess
import sys
import textwrap
import threading
import time
import urllib.request
from pathlib import Path

# wrk's own summary has no p95 and counts a 3xx as a success; this prints one JSON
# line with what results.json needs. Latencies are in microseconds.
WRK_REPORT = textwrap.dedent(
    """
    done = function(summary, latency, requests)
      local errors = summary.errors.connect + summary.errors.read + summary.errors.write
        + summary.errors.status + summary.errors.timeout
      io.write(string.format(
        '\\nRESULT {"requests": %d, "seconds": %.3f, "p50": %d, "p95": %d, "p99": %d, "errors": %d}\\n',
        summary.requests, summary.duration / 1e6, latency:percentile(50),
        latency:percentile(95), latency:percentile(99), errors))
    end
    """
)


def ensure_wrk() -> str:
    """wrk from Debian, installed on first use when we are allowed to (root, apt-get)."""
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("installing wrk (apt-get install -y wrk) ...", flush=True)
        subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], check=True, capture_output=True)
        return shutil.which("wrk") or sys.exit("wrk did not install")
    sys.exit("make bench needs wrk: sudo apt-get install wrk (or brew install wrk)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_answering(url: str, started: float, process, limit: float = 120) -> float:
    """Seconds from `started` until `url` answers at all (any HTTP status)."""
    while time.monotonic() - started < limit:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped with code {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return time.monotonic() - started
        except urllib.error.HTTPError:
            return time.monotonic() - started
        except OSError:
            time.sleep(0.02)
    raise RuntimeError(f"{url} did not answer within {limit} s")


def wrk(url: str, *, duration: int, connections: int, headers: dict, script_dir: Path) -> dict:
    script = script_dir / "report.lua"
    script.write_text(WRK_REPORT)
    command = [ensure_wrk(), "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "5s"]
    command += ["-s", str(script)]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    result = subprocess.run(
        [*command, url], capture_output=True, text=True, timeout=duration + 60, check=True
    )
    line = next(x for x in result.stdout.splitlines() if x.startswith("RESULT "))
    raw = json.loads(line.removeprefix("RESULT "))
    return {
        "rps": round(raw["requests"] / raw["seconds"], 1),
        "p50_ms": round(raw["p50"] / 1000, 1),
        "p95_ms": round(raw["p95"] / 1000, 1),
        "p99_ms": round(raw["p99"] / 1000, 1),
        "errors": raw["errors"],
        "requests": raw["requests"],
        "seconds": raw["seconds"],
    }


class TreeMemory(threading.Thread):
    """Samples the memory of a process and all its descendants (Linux /proc), and keeps
    the peak of their sum: the whole server, workers included.

    Two sums: resident memory (RSS), which counts a page shared by forked workers once
    in each of them, and proportional memory (PSS), which splits it among them: what
    the server really takes from the machine. With one process they are about equal."""

    def __init__(self, pid: int, every: float = 0.1):
        super().__init__(daemon=True)
        self.pid, self.every, self.peak_kb, self.peak_pss_kb = pid, every, 0, 0
        self.stopped = threading.Event()

    def run(self):
        while not self.stopped.wait(self.every):
            tree = _tree(self.pid)
            self.peak_kb = max(self.peak_kb, sum(_rss_kb(p) for p in tree))
            self.peak_pss_kb = max(self.peak_pss_kb, sum(_pss_kb(p) for p in tree))

    def stop(self) -> float:
        self.stopped.set()
        self.join()
        return round(self.peak_kb / 1024, 1)

    @property
    def peak_pss_mb(self) -> float:
        return round(self.peak_pss_kb / 1024, 1)


def tree_cpu_s(root: int) -> float:
    """CPU seconds used so far by a process and its living descendants (Linux /proc).

    On a machine others are using, requests per second follow whatever CPU share we
    get; CPU time per request does not, so it is what two servers are compared on."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in _tree(root):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


FLOOR_SETTINGS = """\
SECRET_KEY = "floor-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "floorsite.urls"
INSTALLED_APPS = []
MIDDLEWARE = []
DATABASES = {}
USE_TZ = True
"""
FLOOR_URLS = """\
from django.http import HttpResponse
from django.urls import path


def hello(request):
    return HttpResponse("hello")


urlpatterns = [path("", hello)]
"""
FLOOR_WSGI = """\
import os

os.environ["DJANGO_SETTINGS_MODULE"] = "floorsite.settings"
from django.core.wsgi import get_wsgi_application

application = get_wsgi_application()
"""


def start_floor(directory: Path, port: int) -> subprocess.Popen:
    """The floor: a Django project outside Midway with one view that says hello, served
    by gunicorn with 2 sync workers. What any Django page on this machine can hope for."""
    package = directory / "floorsite"
    package.mkdir(parents=True, exist_ok=True)
    (package / "__init__.py").write_text("")
    (package / "settings.py").write_text(FLOOR_SETTINGS)
    (package / "urls.py").write_text(FLOOR_URLS)
    (package / "wsgi.py").write_text(FLOOR_WSGI)
    gunicorn = [sys.executable, "-m", "gunicorn", "--workers", "2", "--worker-class", "sync"]
    return subprocess.Popen(
        [*gunicorn, "--bind", f"127.0.0.1:{port}", "floorsite.wsgi:application"],
        cwd=directory,
        env={k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
