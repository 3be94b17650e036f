"""Links from StreamField blocks to pages, in the reader's language.

wagtail-localize keeps page links of a translation pointing at the source page (a
page is localised at render time). Calling ``page.localized`` per link would cost one
query each; this module finds every linked page of a body and its translations in
the active language with one query.
"""

import copy

from django.db.models import Q
from django.utils import translation
from django.utils.functional import cached_property
from wagtail import blocks
from wagtail.models import Locale, Page

from website import page_cache


def locale_id_for(language_code):
    """The id of the locale of a language (None if there is none), kept under the page
    cache's generation (which saving or deleting a locale bumps): pages look it up on
    every render, and locales hardly ever change."""
    if not language_code:
        return None
    locale_id = page_cache.derived(
        "locale-id",
        language_code,
        compute=lambda: (
            Locale.objects.filter(language_code=language_code).values_list("pk", flat=True).first()
            or 0
        ),
    )
    return locale_id or None


def _reader_locale_id():
    return locale_id_for(translation.get_language())


class WithReaderTranslationMixin:
    """For chooser blocks of translatable models (pages, channels): the chosen objects
    and their translations in the reader's language come in one query instead of two.
    Each chosen object keeps the translation found as ``reader_translation`` (a pair:
    locale id, object or None), which ``reader_translation_of`` reads."""

    def bulk_to_python(self, values):
        ids = [value for value in values if value is not None]
        if not ids:
            return [None for _value in values]
        model = self.model_class
        locale_id = _reader_locale_id()
        # Every row shares a translation key with a chosen one: filtering on the keys
        # first lets PostgreSQL use their index (an OR of the two conditions made it
        # read the whole page table, 14 ms at 20,000 pages against 0.2).
        found = model.objects.filter(
            translation_key__in=model.objects.filter(pk__in=ids).values("translation_key")
        ).filter(Q(pk__in=ids) | Q(locale_id=locale_id))
        by_pk = {item.pk: item for item in found}
        by_key = {item.translation_key: item for item in found if item.locale_id == locale_id}
        result, seen = [], set()
        for value in values:
            item = by_pk.get(value)
            if item is not None:
                if value in seen:
                    item = copy.copy(item)
                item.reader_translation = (locale_id, by_key.get(item.translation_key))
            result.append(item)
            seen.add(value)
        return result


class PageChooserBlock(WithReaderTranslationMixin, blocks.PageChooserBlock):
    @cached_property
    def canonical_module_path(self):
        # Stored values and forms are Wagtail's own: migrations keep naming its block.
        return "wagtail.blocks.PageChooserBlock"


def reader_translation_of(item, locale_id):
    """(known, translation): whether the chooser already looked for ``item``'s translation
    in that locale, and what it found (None: there is none)."""
    found = getattr(item, "reader_translation", None)
    if found is None or found[0] != locale_id:
        return False, None
    return True, found[1]


def _linked_pages(value, found):
    if isinstance(value, Page):
        found[value.pk] = value
    elif isinstance(value, blocks.StreamValue):
        for child in value:
            _linked_pages(child.value, found)
    elif isinstance(value, blocks.StructValue):
        for child in value.values():
            _linked_pages(child, found)
    elif isinstance(value, blocks.list_block.ListValue | list | tuple):
        for child in value:
            _linked_pages(child, found)
    return found


def localized_link_map(*stream_values, language_code=None):
    """{linked page id: page to link to} for every page linked from ``stream_values``.

    The page to link to is the live translation in the active language where there is
    one, else the linked page itself.
    """
    found = {}
    for stream_value in stream_values:
        _linked_pages(stream_value, found)
    if not found:
        return {}
    language_code = language_code or translation.get_language()
    locale_id = locale_id_for(language_code)
    links = {}
    for pk, page in found.items():
        known, page_translation = reader_translation_of(page, locale_id)
        if page.locale_id == locale_id:
            links[pk] = page
        elif known:
            live = page_translation is not None and page_translation.live
            links[pk] = page_translation if live else page
    if len(links) == len(found):
        return links  # every link was resolved by its chooser (or is in that language)
    translations = {
        page.translation_key: page
        for page in Page.objects.live()
        .filter(
            translation_key__in=[page.translation_key for page in found.values()],
            locale__language_code=language_code,
        )
        .only("id", "title", "url_path", "path", "depth", "translation_key", "locale_id")
    }
    return {pk: translations.get(page.translation_key, page) for pk, page in found.items()}
