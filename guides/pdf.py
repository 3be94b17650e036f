"""The PDF of a guide, one per language, made with WeasyPrint when the guide or one of
its chapters is published.

WeasyPrint fetches nothing from the network: the stylesheets, the images and every other
file a PDF shows are the portal's own, read from Django's storages by
``website.pdf_fetcher.PortalFileFetcher``; any other address is refused.
"""

import logging

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


def render_guide_pdf(guide):
    """The PDF bytes of ``guide`` in its own language."""
    from weasyprint import CSS, HTML

    from website.pdf_fetcher import PortalFileFetcher

    # Relative addresses resolve under the portal's public address: links in the PDF lead
    # to the portal, and its static files and media images are read from the storages
    # (the local disk or S3), never over HTTP; every other address is refused.
    fetcher = PortalFileFetcher()
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
            CSS(url=fetcher.static_url(name), url_fetcher=fetcher)
            for name in ("css/portal.css", "css/guides.css")
        ]
        return HTML(string=markup, base_url=fetcher.base_url, url_fetcher=fetcher).write_pdf(
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
