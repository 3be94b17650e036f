"""Demo content of the guides area: the glossary, the journalists' guide and the
care-flow guide. Idempotent: what exists is left as it is.

The journalists' guide replaces the foundation's "guia-para-jornalistas" content page
by converting that page, in every language, into a guide page: it keeps its id, slug,
title, menu position, translations and every link to it, and gains chapters.
"""

import datetime
import json
import uuid

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource
from wagtail_localize.synctree import create_aliases_for_new_page

from guides.demo_chapters import care_chapters, journalists_chapters
from guides.demo_text import (
    CARE_GUIDE,
    GLOSSARY,
    GLOSSARY_LANGUAGES,
    GLOSSARY_PAGE,
    JOURNALISTS_CHANGE_LOG,
    SOURCES,
)
from guides.models import GlossaryPage, GlossaryTerm, GuideChapterPage, GuidePage, GuidePdf
from guides.pdf import PdfGenerationPaused, store_guide_pdf
from website.demo.loader import DemoContentError, TextCatalogue, target_locales, translate_instance
from website.models import ContentPage, HomePage

JOURNALISTS_SLUG = "guia-para-jornalistas"
DIRECTORY_SLUG = "onde-pedir-ajuda"


def _stream(items):
    return json.dumps(
        [{"type": kind, "value": value, "id": str(uuid.uuid4())} for kind, value in items]
    )


def _change_log(catalogue, entries):
    today = datetime.date.today().isoformat()
    return _stream(
        [
            ("revision", {"date": date or today, "summary": catalogue.add(text)})
            for date, text in entries
        ]
    )


# --- Glossary --------------------------------------------------------------------------


def _ensure_glossary(catalogue, default_locale):
    created = []
    terms = {}
    for spec in GLOSSARY:
        for text in _glossary_texts(spec):
            catalogue.add(text)
        term = GlossaryTerm.objects.filter(locale=default_locale, term=spec["term"].pt).first()
        if term is None:
            term = GlossaryTerm(
                locale=default_locale,
                term=spec["term"].pt,
                short_definition=spec["definition"].pt,
                explanation=f"<p>{spec['explanation'].pt}</p>",
                other_forms=spec["forms"].pt,
                preferred_terms=_stream([("term", text.pt) for text in spec["preferred"]]),
                terms_to_avoid=_stream(
                    [
                        ("avoid", {"term": words.pt, "reason": reason.pt})
                        for words, reason in spec["avoid"]
                    ]
                ),
                sources=_stream(
                    [("source", {"title": SOURCES[key].pt, "url": ""}) for key in spec["sources"]]
                ),
                live=False,
            )
            term.save()
            created.append((spec, term))
        terms[spec["key"]] = term
    # Related terms are set once every term exists, then each new term is published.
    for spec, term in created:
        term.related_terms = _stream([("term", terms[key].pk) for key in spec["related"]])
        term.save_revision().publish()
    locales = [Locale.objects.get(language_code=code) for code in GLOSSARY_LANGUAGES]
    translations = 0
    for term in terms.values():
        translations += len(translate_instance(term, catalogue, locales))
    return len(created), translations


def _glossary_texts(spec):
    yield spec["term"]
    yield spec["definition"]
    yield spec["explanation"]
    if spec["forms"].pt:
        yield spec["forms"]
    yield from spec["preferred"]
    for words, reason in spec["avoid"]:
        yield words
        yield reason
    for key in spec["sources"]:
        yield SOURCES[key]


# --- Converting the foundation's content page -------------------------------------------


def _convert_to_guide(page):
    """Turn a ContentPage into a GuidePage in place (same row in the page tree)."""
    guide = GuidePage(page_ptr_id=page.pk)
    for field in Page._meta.concrete_fields:
        setattr(guide, field.attname, getattr(page, field.attname))
    guide.intro = page.intro
    guide.body = json.dumps(list(page.body.raw_data))
    guide.change_log = "[]"
    ContentPage.objects.filter(pk=page.pk)._raw_delete(ContentPage.objects.db)
    guide.save_base(raw=True)
    Page.objects.filter(pk=page.pk).update(
        content_type=ContentType.objects.get_for_model(GuidePage)
    )
    return GuidePage.objects.get(pk=page.pk)


def _retranslate(instance, catalogue):
    """Bring every existing translation of ``instance`` up to date with its source,
    taking new segments' text from the catalogue (existing translations are kept)."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    for translation in source.translations.filter(enabled=True).select_related("target_locale"):
        locale = translation.target_locale
        for segment in segments:
            exists = StringTranslation.objects.filter(
                translation_of=segment.string, locale=locale, context=segment.context
            ).exists()
            if exists:
                continue
            text = catalogue.translate(segment.string.data, locale.language_code)
            if segment.context.path == "slug":
                text = segment.string.data
            if text is None:
                raise DemoContentError(
                    f"No {locale.language_code} translation for {segment.string.data!r}"
                )
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=text,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
        translation.save_target(publish=True)


def _ensure_journalists_guide(catalogue, home):
    for _date, text in JOURNALISTS_CHANGE_LOG:
        catalogue.add(text)
    existing = home.get_children().filter(slug=JOURNALISTS_SLUG).first()
    if existing is None:
        raise DemoContentError(f"The foundation's page {JOURNALISTS_SLUG!r} is missing")
    if existing.specific_class is GuidePage:
        return existing.specific, False
    translation_key = existing.translation_key
    with transaction.atomic():
        for page in ContentPage.objects.filter(translation_key=translation_key):
            _convert_to_guide(page)
    # wagtail-localize never changes a source's type: tell it the page is a guide now.
    TranslationSource.objects.filter(object_id=translation_key).update(
        specific_content_type=ContentType.objects.get_for_model(GuidePage)
    )
    guide = GuidePage.objects.get(pk=existing.pk)
    guide.change_log = _change_log(catalogue, JOURNALISTS_CHANGE_LOG)
    guide.save_revision().publish()
    _retranslate(guide, catalogue)
    return guide, True


def _ensure_care_guide(catalogue, home):
    for key in ("title", "intro"):
        catalogue.add(CARE_GUIDE[key])
    for _date, text in CARE_GUIDE["change_log"]:
        catalogue.add(text)
    guide = GuidePage.objects.child_of(home).filter(slug=CARE_GUIDE["slug"]).first()
    if guide is not None:
        return guide, False
    guide = GuidePage(
        title=CARE_GUIDE["title"].pt,
        slug=CARE_GUIDE["slug"],
        intro=CARE_GUIDE["intro"].pt,
        change_log=_change_log(catalogue, CARE_GUIDE["change_log"]),
        show_in_menus=False,
    )
    home.add_child(instance=guide)
    guide.save_revision().publish()
    create_aliases_for_new_page(guide)
    return guide, True


def _ensure_chapters(guide, chapters):
    made = 0
    for spec in chapters:
        if GuideChapterPage.objects.child_of(guide).filter(slug=spec["slug"]).exists():
            continue
        chapter = GuideChapterPage(
            title=spec["title"], slug=spec["slug"], intro=spec["intro"], body=_stream(spec["body"])
        )
        guide.add_child(instance=chapter)
        chapter.save_revision().publish()
        # As the admin does: the chapter appears, untranslated, in every language tree.
        create_aliases_for_new_page(chapter)
        made += 1
    return made


def _ensure_glossary_page(guide, catalogue):
    catalogue.add(GLOSSARY_PAGE["title"])
    catalogue.add(GLOSSARY_PAGE["intro"])
    page = GlossaryPage.objects.child_of(guide).first()
    if page is None:
        page = GlossaryPage(
            title=GLOSSARY_PAGE["title"].pt, slug="glossario", intro=GLOSSARY_PAGE["intro"].pt
        )
        guide.add_child(instance=page)
        page.save_revision().publish()
        create_aliases_for_new_page(page)
    return page


def _directory_page_id(home):
    page = home.get_children().filter(slug=DIRECTORY_SLUG).first()
    return page.pk if page else None


def _channel_ids(default_locale):
    """{slug: id} of the directory's pt-BR channels the guides point to, if loaded."""
    try:
        from channels.models import Channel
    except ImportError:
        return {}
    return dict(Channel.objects.filter(locale=default_locale).values_list("slug", "pk"))


def _ensure_pdfs():
    made = 0
    for guide in GuidePage.objects.live():
        if not GuidePdf.objects.filter(page=guide).exists():
            store_guide_pdf(guide)
            made += 1
    return made


def load():
    catalogue = TextCatalogue()
    default_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.get(locale=default_locale)
    directory_id = _directory_page_id(home)
    channels = _channel_ids(default_locale)
    with PdfGenerationPaused():
        terms_created, term_translations = _ensure_glossary(catalogue, default_locale)
        journalists, converted = _ensure_journalists_guide(catalogue, home)
        care, care_created = _ensure_care_guide(catalogue, home)
        chapters = _ensure_chapters(journalists, journalists_chapters(directory_id, channels))
        chapters += _ensure_chapters(care, care_chapters(directory_id, channels))
        glossary_page = _ensure_glossary_page(journalists, catalogue)
        locales = target_locales()
        translations = 0
        for page in (glossary_page, care):
            translations += len(translate_instance(page, catalogue, locales))
    pdfs = _ensure_pdfs()
    return (
        f"{terms_created} glossary term(s) and {term_translations} translation(s), "
        f"{int(converted) + int(care_created)} guide(s), {chapters} chapter(s), "
        f"{translations} page translation(s), {pdfs} PDF(s)"
    )
