"""Build the demo page tree in pt-BR and translate it with wagtail-localize.

Every function here is idempotent: what exists is left exactly as it is (no new
revision, no new translation), so running ``load_demo`` twice changes nothing, and
an editor's later changes to demo pages survive a re-run.
"""

import json
import uuid

from django.conf import settings
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import (
    LocaleSynchronization,
    RelatedObjectSegment,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from website.demo.text import LANGUAGE_FIELDS
from website.models import ContentPage, HomePage, SiteSettings


class DemoContentError(Exception):
    pass


class TextCatalogue:
    """Maps each pt-BR text of the demo to its T, to translate segments by their text."""

    def __init__(self):
        self.by_pt = {}

    def add(self, text):
        existing = self.by_pt.get(text.pt)
        if existing is not None and existing != text:
            raise DemoContentError(f"Two different translations for {text.pt!r}")
        self.by_pt[text.pt] = text
        return text.pt

    def translate(self, pt_text, language_code):
        text = self.by_pt.get(pt_text)
        if text is None:
            return None
        return text.in_language(language_code)


def _list_items(values):
    """ListBlock raw data in the form that carries item ids, which wagtail-localize
    needs to match a translated item to its source."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def _paragraphs(catalogue, texts):
    return "".join(f"<p>{catalogue.add(text)}</p>" for text in texts)


def _block_value(catalogue, block_type, value, page_ids):
    """Turn one demo block into the raw StreamField value of ``website.blocks``."""
    add = catalogue.add
    if block_type == "heading":
        return {"text": add(value["text"]), "level": value.get("level", "h2")}
    if block_type == "paragraph":
        return _paragraphs(catalogue, value)
    if block_type == "callout":
        return {
            "tone": value["tone"],
            "title": add(value["title"]),
            "text": _paragraphs(catalogue, value["text"]),
        }
    if block_type == "questions":
        return {
            "title": add(value["title"]) if value.get("title") else "",
            "items": _list_items(
                {
                    "question": add(item["question"]),
                    "answer": _paragraphs(catalogue, item["answer"]),
                }
                for item in value["items"]
            ),
        }
    if block_type == "call_to_action":
        if value["page"] not in page_ids:
            raise DemoContentError(f"Call to action points to unknown page {value['page']!r}")
        return {
            "title": add(value["title"]),
            "text": add(value["text"]) if value.get("text") else "",
            "button_label": add(value["button_label"]),
            "target": {"page": page_ids[value["page"]], "url": ""},
        }
    if block_type == "phone_numbers":
        return _list_items(
            {
                "number": item["number"],
                "label": add(item["label"]),
                "description": add(item["description"]) if item.get("description") else "",
            }
            for item in value
        )
    if block_type == "quote":
        return {"quote": add(value["quote"]), "attribution": add(value["attribution"])}
    raise DemoContentError(f"Unknown demo block type {block_type!r}")


def stream(catalogue, body, page_ids):
    return json.dumps(
        [
            {"type": block_type, "value": _block_value(catalogue, block_type, value, page_ids)}
            for block_type, value in body
        ]
    )


def _ensure_home(default_locale, spec, catalogue):
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=default_locale, depth=2).first()
    if home is None:
        home = HomePage(
            title=catalogue.add(spec["title"]),
            slug="inicio",
            hero_title=catalogue.add(spec["hero_title"]),
            hero_text=catalogue.add(spec["hero_text"]),
            locale=default_locale,
        )
        root.add_child(instance=home)
        site = Site.objects.filter(is_default_site=True).first()
        old_root_id = site.root_page_id if site else None
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        site.root_page = home
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save()
        # Wagtail's "Welcome to your new Wagtail site!" page has nothing to say here.
        if old_root_id and old_root_id != home.pk:
            Page.objects.filter(pk=old_root_id, content_type__model="page").delete()
        return home, True
    # Register the texts so translations of an existing home still find them.
    for key in ("title", "hero_title", "hero_text"):
        catalogue.add(spec[key])
    return home, False


def _ensure_section(home, spec, catalogue):
    page = home.get_children().filter(slug=spec["slug"]).first()
    if page is not None:
        catalogue.add(spec["title"])
        catalogue.add(spec["intro"])
        return page.specific, False
    page = ContentPage(
        title=catalogue.add(spec["title"]),
        slug=spec["slug"],
        intro=catalogue.add(spec["intro"]),
        show_in_menus=spec.get("show_in_menus", False),
    )
    home.add_child(instance=page)
    return page, True


def translate_instance(instance, catalogue, locales, publish=True):
    """Translate ``instance`` (a page or a translatable snippet) into every locale in
    ``locales`` that lacks it, taking each segment's text from the catalogue. Returns
    the wagtail-localize Translation objects it created."""
    created = []
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    for locale in locales:
        existing = instance.get_translation_or_none(locale)
        # An alias is the placeholder wagtail-localize's tree synchronisation makes
        # for a page not yet translated: translating it turns it into a real page.
        if existing is not None and not getattr(existing, "alias_of_id", None):
            continue
        translation, _made = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        for segment in segments:
            pt_text = segment.string.data
            if segment.context.path == "slug":
                text = pt_text
            else:
                text = catalogue.translate(pt_text, locale.language_code)
            if text is None:
                raise DemoContentError(
                    f"No {locale.language_code} translation for {pt_text!r} "
                    f"({instance!r}, field {segment.context.path})"
                )
            StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
        translation.save_target(publish=publish)
        created.append(translation)
    return created


def _has_related_objects(translation):
    return RelatedObjectSegment.objects.filter(source=translation.source).exists()


def _site_settings(default_locale, spec, catalogue, page_ids):
    record = SiteSettings.objects.filter(locale=default_locale).first()
    texts = [item["label"] for item in spec["footer_links"]]
    for item in spec["emergency_numbers"]:
        texts += [item["label"], item["description"]]
    for text in texts:
        catalogue.add(text)
    if record is not None:
        return record
    record = SiteSettings(
        locale=default_locale,
        emergency_numbers=json.dumps(
            [
                {
                    "type": "number",
                    "value": {
                        "number": item["number"],
                        "label": item["label"].pt,
                        "description": item["description"].pt,
                    },
                }
                for item in spec["emergency_numbers"]
            ]
        ),
        footer_links=json.dumps(
            [
                {
                    "type": "link",
                    "value": {
                        "label": item["label"].pt,
                        "target": {"page": page_ids[item["page"]], "url": ""},
                    },
                }
                for item in spec["footer_links"]
            ]
        ),
        social_accounts=json.dumps(
            [{"type": "account", "value": dict(item)} for item in spec["social_accounts"]]
        ),
    )
    record.save()
    return record


def target_locales():
    """Every portal language except the default, as Locale objects."""
    return [
        Locale.objects.get_or_create(language_code=code)[0]
        for code in LANGUAGE_FIELDS
        if code != settings.LANGUAGE_CODE
    ]


def load(content):
    """Load ``content`` (a module like ``website.demo.content``). Returns a summary.

    Not one transaction on purpose: wagtail-localize publishes translations in
    on-commit hooks, and a single outer transaction would run them all at the end
    with page objects whose tree counters (numchild) are stale, breaking routing in
    the translated trees. Each step is idempotent instead, so a run that stops
    half-way is completed by running it again.
    """
    catalogue = TextCatalogue()
    default_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    other_locales = target_locales()

    home, home_created = _ensure_home(default_locale, content.HOME, catalogue)
    sections = [(spec, *_ensure_section(home, spec, catalogue)) for spec in content.SECTIONS]
    page_ids = {spec["slug"]: page.pk for spec, page, _created in sections}

    # Bodies are written once every page exists, since they link to each other.
    # Existing pages keep their bodies; theirs are still read so the catalogue knows
    # the texts their translations need.
    pages = [(home, content.HOME, home_created)]
    pages += [(page, spec, created) for spec, page, created in sections]
    for page, spec, created in pages:
        body = stream(catalogue, spec["body"], page_ids)
        if created:
            page.body = body
            page.save_revision().publish()

    record = _site_settings(default_locale, content.SITE_SETTINGS, catalogue, page_ids)

    made = []
    for page, _spec, _created in pages:
        made += translate_instance(page, catalogue, other_locales)
    made += translate_instance(record, catalogue, other_locales)
    # Links to pages translated after the page holding them: save those once more,
    # now that every target has its translation.
    for translation in made:
        if _has_related_objects(translation):
            translation.save_target(publish=True)

    # Pages editors add in pt-BR appear in every language tree (as aliases until they
    # are translated). Set up last, once every demo page has its real translation.
    for locale in other_locales:
        LocaleSynchronization.objects.get_or_create(
            locale=locale, defaults={"sync_from": default_locale}
        )

    return {
        "pages_created": sum(1 for _page, _spec, created in pages if created),
        "translations_created": len(made),
    }
