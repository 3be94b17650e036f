"""Keeping derived things fresh: the guide PDFs and the glossary matcher."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from guides import glossary
from guides.pdf import queue_guide_pdf


def _guide_changed(sender, instance, **kwargs):
    from guides.models import GuideChapterPage, GuidePage

    if issubclass(sender, GuidePage):
        queue_guide_pdf(instance.pk)
    elif issubclass(sender, GuideChapterPage):
        guide = instance.specific.guide()
        if guide is not None:
            queue_guide_pdf(guide.pk)


def _chapter_unpublished(sender, instance, **kwargs):
    from guides.models import GuideChapterPage

    if issubclass(sender, GuideChapterPage):
        _guide_changed(sender, instance)


def connect():
    from guides.models import GlossaryTerm

    page_published.connect(_guide_changed, dispatch_uid="guides_pdf_published")
    page_unpublished.connect(_chapter_unpublished, dispatch_uid="guides_pdf_unpublished")
    post_save.connect(glossary.invalidate, sender=GlossaryTerm, dispatch_uid="glossary_saved")
    post_delete.connect(glossary.invalidate, sender=GlossaryTerm, dispatch_uid="glossary_deleted")
