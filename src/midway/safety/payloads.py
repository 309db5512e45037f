"""Hostile text: what a partner, a pasted letter or a stranger's program might send.

The script payloads set `window.__pwned` and open a dialog, so a browser test can
count executions; in pages, `htmlcheck` finds them structurally.
"""

ZALGO = "Z" + "\u0336\u0335\u0334\u0337\u0338\u0321\u0322\u0327\u0328\u031b" * 300
LONG = ("<b>long</b> " * 6_000).strip()  # 72 KB: fits a letter, not most short fields
TEN_MB = "x" * 10_500_000  # sent once per form: refused before any field is read

TEXT = {
    "script": "<script>window.__pwned=1;alert(1)</script>",
    "img onerror": '"><img src=x onerror="window.__pwned=2;alert(2)">',
    "svg onload": "'><svg onload=window.__pwned=3;alert(3)>",
    "svg script": "<svg><script>window.__pwned=4;alert(4)</script></svg>",
    "markdown js link": "[click me](javascript:window.__pwned=5;alert(5))",
    "html js link": '<a href="  JaVaScRiPt:window.__pwned=6;alert(6)">a link</a>',
    "markdown image": '![x](x" onerror="window.__pwned=7;alert(7))',
    "details ontoggle": "<details open ontoggle=window.__pwned=8;alert(8)>x</details>",
    "textarea breakout": "</textarea></title><script>window.__pwned=9;alert(9)</script>",
    "attribute breakout": "' autofocus onfocus='window.__pwned=10;alert(10)' x='",
    "noscript mxss": '<noscript><p title="</noscript><img src=x onerror=window.__pwned=11;alert(11)>">',
    "style tag": "<style>body{display:none}</style>",
    "style attribute": '<div style="background:url(javascript:alert(12));position:fixed;inset:0">x</div>',
    "css breakout": "red;}</style><style>*{color:red}</style>",
    "iframe": '<iframe src="https://evil.example/"></iframe>',
    "meta refresh": '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    "base": '<base href="https://evil.example/">',
    "form": '<form action="https://evil.example/"><button>Sign in again</button></form>',
    "htmx attributes": '<div hx-get="/pwned-htmx/" hx-trigger="load" hx-on:htmx:load="window.__pwned=15">hx</div>',
    "double escaped": "&lt;script&gt;window.__pwned=13;alert(13)&lt;/script&gt;",
    "template syntax": "{{ 9000|add:123 }} {% debug %} {{ request.user.password }} {% load static %}",
    "bare js url": "javascript:window.__pwned=14;alert(14)",
    "right-to-left override": "I am sorry \u202egnp.exe \u202c and \u200f\u200e marks",
    "combining flood": ZALGO,
    "emoji and scripts": "Today's card is judgement 🙀⚖️📯 مرحبا שלום 💊⚡",
    "NUL": "before\x00after",
    "lone surrogate": "half \ud800 a pair",
    "very long": LONG,
}

# What must never come back in a page, whatever was sent: the template payload's
# output if it were evaluated, and the start of a password hash.
EVALUATED_TEMPLATE = ("pwned-by-template", "md5$", "argon2$", "pbkdf2_sha256$")


def as_received(value: str) -> set[str]:
    """What the server can honestly store for `value` sent as a form field: the value,
    or (for lone surrogates, which UTF-8 cannot carry) the value with U+FFFD in their
    place, as a browser sends it or as Python decodes the raw bytes."""
    raw = value.encode("utf-8", "surrogatepass")
    return {
        value,
        value.encode("utf-16", "surrogatepass").decode("utf-16", "replace"),
        raw.decode("utf-8", "replace"),
    }


# Files for every file field: hostile text in several encodings, and bytes that are
# not text at all.
FILES = {
    **{f"{name} (UTF-8)": text.encode("utf-8", "surrogatepass") for name, text in TEXT.items()},
    "script (UTF-16 with BOM)": TEXT["script"].encode("utf-16"),
    "script (UTF-16 without BOM)": TEXT["script"].encode("utf-16-le"),
    "invalid UTF-8": b"Dear John,\n\xff\xfe\xfd\xc3\x28 broken",
    "binary": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40,
    "empty": b"",
    "NUL bytes": b"a\x00" * 1000,
    "10 MB": b"x" * 10_500_000,
}
