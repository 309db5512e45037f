"""What the templates and static files may contain: no inline script, style or event
handler (the CSP would block them, so they would be bugs), and no other host."""

import re
from pathlib import Path

import midway

SOURCE = Path(midway.__file__).resolve().parent
TEMPLATES = sorted(p for p in SOURCE.glob("**/templates/**/*") if p.is_file())
STATIC = sorted(p for p in SOURCE.glob("**/static/**/*") if p.is_file())
TEXT_STATIC = [
    p for p in STATIC if p.suffix in {".js", ".css", ".svg", ".html", ".json", ".webmanifest"}
]

INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc\s*=)[^>]*>", re.I)
STYLE_ATTRIBUTE = re.compile(r"<[a-z][^>]*\sstyle\s*=", re.I | re.S)
STYLE_ELEMENT = re.compile(r"<style\b", re.I)
EVENT_HANDLER = re.compile(r"<[a-z][^>]*\s(?:on[a-z]+|hx-on[:\w-]*)\s*=", re.I | re.S)
JS_URL = re.compile(r"""(?:href|src|action)\s*=\s*["']?\s*javascript:""", re.I)
URL = re.compile(r"(?<![\w/])(?:https?:)?//[a-z0-9][-a-z0-9.]*\.[a-z]{2,}[^\s\"'<>)]*", re.I)
# Names, not places: XML namespaces are never fetched.
NAMESPACES = re.compile(
    r"^(?:https?:)?//www\.w3\.org/(?:2000/svg|1999/xlink|1999/xhtml|XML/1998/namespace)"
)


def _without_comments(path: Path, text: str) -> str:
    if path.suffix in (".html", ".txt", ".svg", ".xml"):
        text = re.sub(r"\{#.*?#\}", "", text, flags=re.S)
        text = re.sub(r"\{%\s*comment\s*%\}.*?\{%\s*endcomment\s*%\}", "", text, flags=re.S)
        text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    if path.suffix in (".js", ".css"):
        text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    if path.suffix == ".js":
        text = re.sub(r"(^|[\s;{}(,])//[^\n]*", r"\1", text)
    return text


def _offenders(files, pattern) -> list[str]:
    found = []
    for path in files:
        text = _without_comments(path, path.read_text(encoding="utf-8"))
        for match in pattern.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            where = path.relative_to(SOURCE) if path.is_relative_to(SOURCE) else path.name
            found.append(f"{where}:{line}: {match.group(0)[:80]}")
    return found


def test_there_are_templates_to_check():
    assert len(TEMPLATES) > 20 and STATIC


def test_no_template_has_an_inline_script():
    assert not _offenders(TEMPLATES, INLINE_SCRIPT)


def test_no_template_has_a_style_attribute_or_element():
    assert not _offenders(TEMPLATES, STYLE_ATTRIBUTE)
    assert not _offenders(TEMPLATES, STYLE_ELEMENT)


def test_no_template_has_an_event_handler_or_a_javascript_url():
    assert not _offenders(TEMPLATES, EVENT_HANDLER)
    assert not _offenders(TEMPLATES, JS_URL)


def test_no_template_or_static_file_refers_to_another_host():
    found = [
        hit
        for hit in _offenders([*TEMPLATES, *TEXT_STATIC], URL)
        if not NAMESPACES.match(hit.split(": ", 1)[1])
    ]
    assert not found


def test_the_scan_finds_what_it_looks_for(tmp_path):
    """The patterns above catch what they should (and miss what they should)."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<script>alert(1)</script>\n<p style="color:red" onclick="x()">\n'
        '<a href="javascript:x()">\n<link href="https://cdn.example.com/x.css">\n'
        '<img src="//cdn.example.com/x.png" hx-on:click="x()">\n'
    )
    good = tmp_path / "good.html"
    good.write_text(
        '<script src="/static/x.js" defer></script>\n{# https://example.com/docs #}\n'
        '<svg xmlns="http://www.w3.org/2000/svg"></svg>\n<p data-style="x" class="onward">\n'
    )
    assert len(_offenders([bad], INLINE_SCRIPT)) == 1
    assert len(_offenders([bad], STYLE_ATTRIBUTE)) == 1
    assert len(_offenders([bad], EVENT_HANDLER)) == 2
    assert len(_offenders([bad], JS_URL)) == 1
    assert len(_offenders([bad], URL)) == 2
    for pattern in (INLINE_SCRIPT, STYLE_ATTRIBUTE, EVENT_HANDLER, JS_URL):
        assert not _offenders([good], pattern)
    assert all(NAMESPACES.match(h.split(": ", 1)[1]) for h in _offenders([good], URL))
