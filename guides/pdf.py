"""The PDF of a guide, one per language, made with WeasyPrint when the guide or one of
its chapters is published.

WeasyPrint fetches nothing from the network: the stylesheet is read from the static
files and only the portal's own static and media files may be fetched.
"""

import logging
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

logger = logging.getLogger(__name__)
_paused = []


class PdfGenerationPaused:
    """While active, publishing queues no PDF (the demo loader makes them once at the end)."""

    def __enter__(self):
        _paused.append(True)
        return self

    def __exit__(self, *exc):
        _paused.pop()
        return False


def _local_fetcher(url, *args, **kwargs):
    from weasyprint import default_url_fetcher

    for prefix, find in (
        (settings.STATIC_URL, finders.find),
        (settings.MEDIA_URL, lambda name: default_storage.path(name)),
    ):
        marker = prefix if prefix.startswith("http") else f"file://{prefix}"
        if url.startswith(marker) or url.startswith(prefix):
            name = url.split(prefix, 1)[1]
            found = find(name)
            if found:
                return default_url_fetcher(Path(found).as_uri())
    raise ValueError("The guide PDF may only use the portal's own files.")


def render_guide_pdf(guide):
    """The PDF bytes of ``guide`` in its own language."""
    from weasyprint import CSS, HTML

    with translation.override(guide.locale.language_code):
        context = guide.print_context(None)
        context["for_pdf"] = True
        markup = render_to_string("guides/guide_pdf.html", context)
    # WeasyPrint warns about every screen-width media query of the stylesheets, which
    # it rightly ignores for paper: keep those warnings out of the logs.
    weasyprint_logger = logging.getLogger("weasyprint")
    level = weasyprint_logger.level
    weasyprint_logger.setLevel(logging.ERROR)
    try:
        stylesheets = [
            CSS(filename=finders.find(name)) for name in ("css/portal.css", "css/guides.css")
        ]
        return HTML(string=markup, base_url="/", url_fetcher=_local_fetcher).write_pdf(
            stylesheets=stylesheets
        )
    finally:
        weasyprint_logger.setLevel(level)


def store_guide_pdf(guide):
    from guides.models import GuidePdf

    data = render_guide_pdf(guide)
    record = GuidePdf.objects.filter(page=guide).first() or GuidePdf(page=guide)
    name = f"guides/pdf/{guide.slug}-{guide.locale.language_code}.pdf"
    # Replace the file under the same name, so its address stays the same.
    for old_name in {record.file.name if record.file else None, name} - {None}:
        if default_storage.exists(old_name):
            default_storage.delete(old_name)
    record.file.name = default_storage.save(name, ContentFile(data))
    record.size = len(data)
    record.generated_at = timezone.now()
    record.save()
    return record


def queue_guide_pdf(guide_id):
    """Generate the guide's PDF once the publishing transaction has committed."""
    if _paused:
        return
    from guides.tasks import generate_guide_pdf

    transaction.on_commit(lambda: generate_guide_pdf.enqueue(guide_id))
