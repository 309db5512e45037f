"""A member downloads everything they can see, as the same JSON `midway export --user` writes."""

import io
import re
import tempfile
import zipfile
from pathlib import Path

from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from midway.exchange.export import dumps, export_member
from midway.exchange.markdown import write_markdown
from midway.spaces.access import member_required


def _download(request, content: bytes, content_type: str, extension: str) -> HttpResponse:
    # Usernames may hold letters of any script; a header wants plain ASCII.
    who = re.sub(r"[^A-Za-z0-9_-]", "", request.user.get_username()) or "member"
    name = f"midway-{who}-{timezone.localdate():%Y-%m-%d}.{extension}"
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@never_cache
@require_safe
@member_required
def my_export(request):
    data = dumps(export_member(request.member))
    return _download(request, data, "application/json; charset=utf-8", "json")


@never_cache
@require_safe
@member_required
def my_markdown(request):
    """The same as `midway export --markdown --user`: a folder of Markdown, zipped."""
    with tempfile.TemporaryDirectory(prefix="midway-markdown-") as folder:
        root = Path(folder) / "midway"
        write_markdown(export_member(request.member), root)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(root.rglob("*")):
                if path.is_file():
                    archive.write(path, path.relative_to(folder).as_posix())
    return _download(request, buffer.getvalue(), "application/zip", "zip")
