"""Links from StreamField blocks to pages, in the reader's language.

wagtail-localize keeps page links of a translation pointing at the source page (a
page is localised at render time). Calling ``page.localized`` per link would cost one
query each; this module finds every linked page of a body and its translations in
the active language with one query.
"""

from django.utils import translation
from wagtail import blocks
from wagtail.models import Page


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
