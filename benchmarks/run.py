"""`make bench`: Midway's pages under load, served as `midway serve` serves them, beside
the floor measured in the same run.

    .venv/bin/python benchmarks/run.py [--couples 200] [--years 10] [--duration 10]
        [--connections 8] [--serve-arg=--server=waitress ...] [--data-dir DIR]

1. Builds a throwaway instance: `midway demo --years 10` plus --couples couples of a
   year each (benchmarks/bench_data.py). With DATABASE_URL set, a throwaway PostgreSQL
   database is made next to the one named there, and dropped at the end.
2. The floor: a Django project with one view that says "hello", served by gunicorn
   with 2 sync workers, under the same load (before the pages and after them).
3. Starts `midway serve` on a free loopback port, times how long until it answers,
   signs in as Ivy, makes an API token for her, and drives each page with wrk
   (--connections connections for --duration seconds, loopback only) while sampling
   the memory of the server and all its workers.
4. Writes bench/results.json and prints a table with each page's share of the floor.

The machine's other work changes the absolute figures from run to run; a page's share
of the floor, measured minutes apart in the same run, is the figure to compare.
"""

import argparse
import contextlib
import http.cookiejar
import json
import os
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load import (
    TreeMemory,
    ensure_wrk,
    free_port,
    start_floor,
    tree_cpu_s,
    wait_until_answering,
    wrk,
)

ROOT = Path(__file__).resolve().parent.parent
MIDWAY = [sys.executable, "-m", "midway"]


def pages(letter: int) -> list[tuple[str, str]]:
    return [
        ("home", "/"),
        ("letters", "/letters/"),
        ("letter", f"/letters/{letter}/"),
        ("phrasebook", "/together/phrasebook/"),
        ("phrasebook_search", "/together/phrasebook/?q=mean"),
        ("questions", "/together/questions/"),
        ("things", "/together/things/"),
        ("checkin", "/checkin/"),
        ("insights", "/insights/"),
        ("api_letters", "/api/v1/letters"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--couples", type=int, default=200, help="more couples of a year each")
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per page")
    parser.add_argument("--floor-duration", type=int, default=4, help="seconds of floor per page")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="cut each page's time into this many slices, taken in turn with the floor "
        "and the other --compare servers (fairer on a busy machine)",
    )
    parser.add_argument("--only", default="", help="comma-separated page names to measure")
    parser.add_argument(
        "--serve-arg", action="append", default=[], help="passed to `midway serve` (repeatable)"
    )
    parser.add_argument(
        "--compare",
        action="append",
        default=[],
        metavar="NAME=ARGS",
        help="serve several ways at once and load them in turn, page by page "
        '(e.g. --compare "waitress=--server waitress" --compare "gunicorn=--server gunicorn"); '
        "words of the form NAME=VALUE in ARGS go to the server's environment "
        '(e.g. --compare "kept=" --compare "unkept=MIDWAY_PAGE_CACHE_SECONDS=0")',
    )
    parser.add_argument("--data-dir", help="reuse (or keep) the instance in this directory")
    parser.add_argument("--output", default=str(ROOT / "bench" / "results.json"))
    args = parser.parse_args()
    ensure_wrk()
    started = time.monotonic()
    variants = {"midway serve": args.serve_arg}
    if args.compare:
        variants = {}
        for item in args.compare:
            name, _, rest = item.partition("=")
            variants[name] = [*args.serve_arg, *shlex.split(rest)]
    scratch = Path(tempfile.mkdtemp(prefix="midway-bench-"))
    data_dir = Path(args.data_dir) if args.data_dir else scratch / "data"
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env.update(MIDWAY_DATA_DIR=str(data_dir), MIDWAY_LOGIN_FAILURE_LIMIT="1000")
    database = "sqlite"
    try:
        with throwaway_postgres(env, keep=bool(args.data_dir)) as url:
            if url:
                env["DATABASE_URL"], database = url, "postgresql"
            built = build(args, env, data_dir)
            measured = measure(args, env, scratch, built, variants)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    floor_runs = measured.pop("floor_runs")
    first = next(iter(measured.values()))
    results = {
        "database": database,
        "years": args.years,
        "couples": args.couples + 2,
        "connections": args.connections,
        "duration_s": args.duration,
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg(),
        "floor": {
            "rps": round(statistics.median(run["rps"] for run in floor_runs), 1),
            "runs": [run["rps"] for run in floor_runs],
        },
        **first,
        "variants": measured if len(measured) > 1 else None,
        "build": built,
        "total_s": round(time.monotonic() - started, 1),
    }
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=2) + "\n")
    for name, variant in measured.items():
        print_table(results, name, variant)
    print(f"written to {output} in {results['total_s']:.0f} s")
    return 0


@contextlib.contextmanager
def throwaway_postgres(env: dict, keep: bool):
    """With DATABASE_URL set, a fresh database beside it (`<name>_bench`), dropped after."""
    url = env.get("DATABASE_URL")
    if not url:
        yield None
        return
    import psycopg

    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/") + "_bench"
    admin = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if not (keep and exists.fetchone()):
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urllib.parse.urlunsplit(parts._replace(path="/" + name))
    finally:
        if not keep:
            with psycopg.connect(admin, autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def build(args, env: dict, data_dir: Path) -> dict:
    marker = data_dir / "bench-build.json"
    if marker.exists():
        print(f"reusing the instance in {data_dir}", flush=True)
        return json.loads(marker.read_text())
    print(f"building: demo --years {args.years} and {args.couples} more couples ...", flush=True)
    data_dir.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "bench_data.py"),
            "--years",
            str(args.years),
            "--couples",
            str(args.couples),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        sys.exit(f"building the instance failed:\n{result.stderr}")
    built = json.loads(result.stdout.strip().splitlines()[-1])
    token = subprocess.run(
        [*MIDWAY, "token", "create", "ivy", "--name", "bench"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    built["token"] = token.stdout.strip().splitlines()[-1]
    marker.write_text(json.dumps(built))
    rows = ", ".join(f"{name} {count}" for name, count in sorted(built["rows"].items()))
    print(f"built in {built['total_s']} s (demo {built['demo_s']} s): {rows}", flush=True)
    return built


def measure(args, env: dict, scratch: Path, built: dict, variants: dict) -> dict:
    """Each page: the floor for a few seconds, then each variant of `midway serve` in turn,
    so that every figure has a floor measured next to it, under the same neighbours."""
    floor_port = free_port()
    floor = start_floor(scratch / "floor", floor_port)
    servers, results, floor_runs = {}, {}, []
    try:
        wait_until_answering(f"http://127.0.0.1:{floor_port}/", time.monotonic(), floor)
        for name, words in variants.items():
            own_env = dict(word.split("=", 1) for word in words if ENV_WORD.match(word))
            serve_args = [word for word in words if not ENV_WORD.match(word)]
            servers[name] = Served(name, serve_args, {**env, **own_env}, scratch)
            results[name] = {
                "pages": {},
                "ready_s": servers[name].ready_s,
                "ready_cpu_s": servers[name].ready_cpu_s,
            }
        cookie = sign_in(next(iter(servers.values())).base, "ivy", "demo")
        only = {name for name in args.only.split(",") if name}
        for page, path in pages(built["letter"]):
            if only and page not in only:
                continue
            if path.startswith("/api/"):
                headers = {"Authorization": f"Bearer {built['token']}"}
            else:
                headers = {"Cookie": cookie}
            floors, slices = [], {name: [] for name in servers}
            for server in servers.values():
                check_page(server.base + path, headers)
            for _round in range(args.rounds):
                floors.append(
                    load(args, f"http://127.0.0.1:{floor_port}/", {}, scratch, floor=True)
                )
                for name, server in servers.items():
                    before = tree_cpu_s(server.process.pid)
                    run = load(args, server.base + path, headers, scratch)
                    run["cpu_s"] = tree_cpu_s(server.process.pid) - before
                    slices[name].append(run)
            floor_runs.extend(floors)
            floor_rps = statistics.fmean(run["rps"] for run in floors)
            line = f"  {page:18} floor {floor_rps:7.0f}"
            for name, runs in slices.items():
                results[name]["pages"][page] = combined(runs, floor_rps)
                line += f"  {name} {results[name]['pages'][page]['rps']:6.1f}"
            print(line + "  req/s", flush=True)
    finally:
        stop(floor)
        for name, server in servers.items():
            results[name].update(server.stop())
    results["floor_runs"] = floor_runs
    return results


def load(args, url: str, headers: dict, scratch: Path, floor: bool = False) -> dict:
    seconds = args.floor_duration if floor else args.duration
    return wrk(
        url,
        duration=max(1, round(seconds / args.rounds)),
        connections=args.connections,
        headers=headers,
        script_dir=scratch,
    )


def combined(runs: list[dict], floor_rps: float) -> dict:
    """One page's slices in one figure. With one round the percentiles are wrk's own;
    with several they are the mean of each slice's (close enough to compare)."""
    requests = sum(run["requests"] for run in runs)
    result = {
        "rps": round(requests / sum(run["seconds"] for run in runs), 1),
        "floor_rps": round(floor_rps, 1),
    }
    for key in ("p50_ms", "p95_ms", "p99_ms"):
        result[key] = round(statistics.fmean(run[key] for run in runs), 1)
    result["errors"] = sum(run["errors"] for run in runs)
    result["requests"] = requests
    # CPU time per request holds still while the machine's other work comes and goes.
    result["cpu_ms_per_request"] = round(
        1000 * sum(run["cpu_s"] for run in runs) / max(requests, 1), 2
    )
    return result


ENV_WORD = re.compile(r"^[A-Z][A-Z0-9_]*=")


class Served:
    """`midway serve` on a free loopback port, its start-up time and its memory."""

    def __init__(self, name: str, serve_args: list[str], env: dict, scratch: Path):
        port = free_port()
        self.base = f"http://127.0.0.1:{port}"
        self.log_path = scratch / f"serve-{port}.log"
        self.log = self.log_path.open("w")
        begun = time.monotonic()
        self.process = subprocess.Popen(
            [*MIDWAY, "serve", "--host", "127.0.0.1", "--port", str(port), *serve_args],
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self.memory = TreeMemory(self.process.pid)
        self.memory.start()
        self.ready_s = round(wait_until_answering(f"{self.base}/login/", begun, self.process), 2)
        # The CPU it took to get there: the part of ready_s a busy machine does not stretch.
        self.ready_cpu_s = round(tree_cpu_s(self.process.pid), 2)
        print(
            f"{name}: answering {self.ready_s:.2f} s after start ({self.ready_cpu_s:.2f} s of CPU)",
            flush=True,
        )

    def stop(self) -> dict:
        stop(self.process)
        peak = self.memory.stop()
        self.log.close()
        lines = self.log_path.read_text(errors="replace").splitlines()
        return {
            "peak_rss_mb": peak,
            "peak_pss_mb": self.memory.peak_pss_mb,
            "log_lines": len(lines),
            "log_head": lines[:4],
        }


def sign_in(base: str, username: str, password: str) -> str:
    """Sign in through the login form, as a browser does; return the Cookie header."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    form = opener.open(f"{base}/login/").read().decode()
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    data = urllib.parse.urlencode(
        {"username": username, "password": password, "csrfmiddlewaretoken": csrf}
    ).encode()
    request = urllib.request.Request(f"{base}/login/", data=data, headers={"Referer": base})
    opener.open(request).close()
    cookies = {cookie.name: cookie.value for cookie in jar}
    if "sessionid" not in cookies:
        sys.exit(f"could not sign in as {username}")
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


def check_page(url: str, headers: dict) -> None:
    """A page that redirects or fails would be measured as fast: it must answer 200."""
    request = urllib.request.Request(url, headers=headers)
    opener = urllib.request.build_opener(_NoRedirect)
    with opener.open(request) as response:
        if response.status != 200:
            sys.exit(f"{url} answered {response.status}, not 200")
        response.read()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def print_table(results: dict, name: str, variant: dict) -> None:
    print()
    print(
        f"{name}: {results['database']}, {results['couples']} couples, "
        f"{results['connections']} connections x {results['duration_s']} s a page, load "
        f"average {results['load_average'][0]:.1f} on {results['cpus']} CPUs"
    )
    print(
        f"floor: median {results['floor']['rps']:.0f} req/s over {len(results['floor']['runs'])} runs"
    )
    print(
        f"{'page':18} {'req/s':>7} {'floor':>6} {'share':>7} {'p50 ms':>7} {'p95 ms':>7} "
        f"{'p99 ms':>7} {'errors':>6} {'cpu ms/req':>10}"
    )
    for page, row in variant["pages"].items():
        share = f"1/{row['floor_rps'] / row['rps']:.1f}" if row["rps"] else "-"
        print(
            f"{page:18} {row['rps']:7.1f} {row['floor_rps']:6.0f} {share:>7} {row['p50_ms']:7.1f} "
            f"{row['p95_ms']:7.1f} {row['p99_ms']:7.1f} {row['errors']:6d} "
            f"{row['cpu_ms_per_request']:10.1f}"
        )
    print(
        f"peak memory of the whole server: {variant['peak_rss_mb']:.0f} MB resident "
        f"({variant.get('peak_pss_mb', 0):.0f} MB proportional, shared pages split); "
        f"answering {variant['ready_s']:.2f} s after start ({variant['ready_cpu_s']:.2f} s CPU)"
    )


if __name__ == "__main__":
    sys.exit(main())
