"""Letters are Markdown; what reaches a browser is rendered, then sanitised by nh3.

Raw HTML in a letter is shown as text (markdown-it's `html` option is off), and nh3
keeps only plain formatting tags: no script, no event handlers, no style, no
images or other resources that would load from elsewhere. Every block gets
`dir="auto"` so right-to-left paragraphs read the right way round.
"""

import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "breaks": True}).enable(
    ["strikethrough", "table"]
)

_BLOCKS = ["p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th"]
_TAGS = {
    *_BLOCKS,
    "a", "br", "code", "del", "em", "hr", "ol", "pre", "s", "strong", "table",
    "tbody", "thead", "tr", "ul",
}  # fmt: skip


def render_markdown(text: str) -> SafeString:
    html = _md.render(text)
    return mark_safe(
        nh3.clean(
            html,
            tags=_TAGS,
            attributes={"a": {"href"}, "ol": {"start"}, "th": {"align"}, "td": {"align"}},
            url_schemes={"http", "https", "mailto"},
            link_rel="noopener noreferrer nofollow",
            set_tag_attribute_values={tag: {"dir": "auto"} for tag in _BLOCKS},
        )
    )
