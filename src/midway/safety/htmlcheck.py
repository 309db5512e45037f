"""Read a page as a browser would and list anything that could run or restyle it.

Midway's own templates have no inline script, no style attribute, no event
handler and no off-site URL (see test_templates.py), so any of these in a page is
something a user wrote that was not escaped.
"""

from html.parser import HTMLParser

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "srcset", "data"}
ACTIVE_SCHEMES = ("javascript:", "vbscript:", "data:text/html")
NEVER_IN_BODY = {
    "style",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "base",
    "meta",
    "link",
    "applet",
}


class _Inspector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.in_body = False

    def handle_starttag(self, tag, attrs):
        self._check(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self._check(tag, attrs)

    def _check(self, tag, attrs):
        if tag == "body":
            self.in_body = True
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…> event handler")
            if name.startswith(("hx-", "data-hx-")) and "pwned" in value:
                self.problems.append(f"<{tag} {name}=…> htmx attribute from a payload")
            if name == "style":
                self.problems.append(f"<{tag} style=…> inline style")
            squeezed = "".join(ch for ch in value if ch > " ").lower()
            if name in URL_ATTRIBUTES and squeezed.startswith(ACTIVE_SCHEMES):
                self.problems.append(f"<{tag} {name}={value[:40]!r}> active URL")
        if tag == "script":
            src = dict(attrs).get("src") or ""
            if not src.startswith("/static/"):
                self.problems.append(f"<script src={src!r}> not one of ours")
        if self.in_body and tag in NEVER_IN_BODY:
            self.problems.append(f"<{tag}> in the body")


def problems_in(html: str) -> list[str]:
    inspector = _Inspector()
    inspector.feed(html)
    inspector.close()
    return inspector.problems


class _References(HTMLParser):
    """Resources a page makes the browser load (not links a person may follow)."""

    LOADS = {
        ("script", "src"),
        ("link", "href"),
        ("img", "src"),
        ("img", "srcset"),
        ("source", "src"),
        ("iframe", "src"),
        ("audio", "src"),
        ("video", "src"),
        ("form", "action"),
        ("object", "data"),
    }

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.off_site: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            value = (value or "").strip().lower()
            if (tag, name) in self.LOADS and value.startswith(("http:", "https:", "//")):
                self.off_site.append(f"<{tag} {name}={value[:60]}>")

    handle_startendtag = handle_starttag


def off_site_references(html: str) -> list[str]:
    reader = _References()
    reader.feed(html)
    reader.close()
    return reader.off_site
