"""Take phone-sized screenshots of Midway's main pages, for the README and for review.

    .venv/bin/python scripts/screenshots.py [OUT_DIR]

Runs against a throwaway data directory with a small couple's worth of content;
uses Debian's Chromium, like the browser tests.
"""

import os
import sys
import tempfile
import threading
from pathlib import Path

out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screens")
os.environ["MIDWAY_DATA_DIR"] = tempfile.mkdtemp(prefix="midway-shots-")
os.environ.pop("DATABASE_URL", None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "midway.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402
from waitress.server import create_server  # noqa: E402

from midway.wsgi import application  # noqa: E402

call_command("migrate", verbosity=0)
from midway.conftest import PASSWORD, make_couple  # noqa: E402
from midway.letters.importing import import_letter  # noqa: E402

ivy, john = make_couple("ivy", "john", "Ivy & John")
import_letter(
    ivy,
    "The morning after\n\nI'm sorry I left the way I did. You are enough for me.\n\n"
    "Card of the day: The Star\n\nQuestions:\n\n1. What helps you feel calm after we argue?\n\n"
    "Things to try:\n\n- A ten-minute walk before we talk about hard things",
    title="The morning after",
    share=True,
)
server = create_server(application, host="127.0.0.1", port=0, threads=4)
threading.Thread(target=server.run, daemon=True).start()
base = f"http://127.0.0.1:{server.effective_port}"
out.mkdir(parents=True, exist_ok=True)
pages = {
    "home": "/",
    "letters": "/letters/",
    "letter": "/letters/1/",
    "editor": "/letters/new/",
    "import": "/letters/import/",
    "together": "/together/",
    "checkin": "/checkin/",
}
with sync_playwright() as playwright:
    browser = playwright.chromium.launch(
        executable_path="/usr/bin/chromium",
        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    )
    for scheme in ("light", "dark"):
        context = browser.new_context(
            base_url=base, viewport={"width": 390, "height": 844}, color_scheme=scheme
        )
        page = context.new_page()
        page.goto("/login/")
        page.get_by_label("Username").fill("john")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        for name, path in pages.items():
            page.goto(path)
            page.screenshot(path=str(out / f"{name}-{scheme}.png"), full_page=True)
        context.close()
    browser.close()
server.close()
print(f"Screenshots in {out}/")
