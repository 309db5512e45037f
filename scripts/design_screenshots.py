"""Screenshots of the design at a phone's and a desktop's size, for docs/design/.

    .venv/bin/python scripts/design_screenshots.py [OUT_DIR]

Fills a throwaway instance with `midway demo` (a year of Ivy & John), then, signed in
as Ivy, saves what the first screen shows of the home page, a long list (things to
try), the check-in and a question whose two answers were revealed together, at
390x844 and 1280x800. Uses Debian's Chromium, like the browser tests.
"""

import os
import sys
import tempfile
import threading
from pathlib import Path

out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/design")
os.environ["MIDWAY_DATA_DIR"] = tempfile.mkdtemp(prefix="midway-design-")
os.environ.pop("DATABASE_URL", None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "midway.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402
from waitress.server import create_server  # noqa: E402

from midway.wsgi import application  # noqa: E402

call_command("migrate", verbosity=0)
call_command("demo", years=1, password="design screenshots", verbosity=0)

from midway.together.models import Question  # noqa: E402

revealed = (
    Question.objects.filter(reveal_together=True, completed_at__isnull=False)
    .order_by("-completed_at")
    .first()
)
pages = {
    "home": "/",
    "long-list": "/together/things/",
    "checkin": "/checkin/",
    "reveal": revealed.get_absolute_url() if revealed else "/together/questions/",
}
server = create_server(application, host="127.0.0.1", port=0, threads=4)
threading.Thread(target=server.run, daemon=True).start()
base = f"http://127.0.0.1:{server.effective_port}"
out.mkdir(parents=True, exist_ok=True)
with sync_playwright() as playwright:
    browser = playwright.chromium.launch(
        executable_path="/usr/bin/chromium",
        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    )
    for width, height in ((390, 844), (1280, 800)):
        context = browser.new_context(base_url=base, viewport={"width": width, "height": height})
        page = context.new_page()
        page.goto("/login/")
        page.get_by_label("Username").fill("ivy")
        page.get_by_label("Password").fill("design screenshots")
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url("**/")
        for name, path in pages.items():
            page.goto(path)
            page.wait_for_timeout(400)  # let a reveal's motion finish
            page.screenshot(path=str(out / f"{name}-{width}.png"))
        context.close()
    browser.close()
server.close()
print(f"Screenshots in {out}/")
