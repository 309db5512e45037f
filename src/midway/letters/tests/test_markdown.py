"""The renderer on its own: no database."""

from midway.letters.markdown import render_markdown


def test_markdown_formats_plain_emphasis_and_lists():
    html = render_markdown("*gentle* and **strong**\n\n- one\n- two")
    assert "<em>gentle</em>" in html and "<strong>strong</strong>" in html
    assert "<li" in html


def test_raw_html_is_shown_as_text():
    assert "&lt;b&gt;" in render_markdown("<b>bold?</b>")


def test_links_get_a_safe_rel_and_scripts_are_dropped():
    html = render_markdown("[ok](https://example.org) [bad](javascript:alert(1))")
    assert 'rel="noopener noreferrer nofollow"' in html
    assert "javascript:" not in html.split("bad")[0]


def test_images_never_load_from_anywhere():
    assert "<img" not in render_markdown("![x](https://example.com/a.png)")


def test_blocks_follow_the_direction_of_their_text():
    assert '<p dir="auto">' in render_markdown("مرحبا")
