from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

from website import page_cache
from website.restrictions import public_only

register = template.Library()

# Each language named in itself, as readers look for it.
LANGUAGE_NAMES = dict(settings.LANGUAGES)


def _page_translations(page):
    """{language_code: page} for the live translations of ``page`` (one query)."""
    translations = getattr(page, "_portal_translations", None)
    if translations is None:
        translations = {
            other.locale.language_code: other
            for other in public_only(
                page.get_translations(inclusive=True)
                .live()
                .select_related("locale")
                .only("id", "url_path", "path", "depth", "title", "locale__language_code")
            )
        }
        page._portal_translations = translations
    return translations


def _translation_urls(page, request):
    """{language_code: address} of the live public translations of ``page``.

    Every page shows these twice (the language switcher and the hreflang links), and
    they change only when a page is published, moved, made private or removed: they are
    kept under the page cache's generation, which each of those bumps."""
    urls = getattr(page, "_portal_translation_urls", None)
    if urls is not None:
        return urls
    urls = page_cache.derived(
        "translation-urls",
        request.get_host(),
        page.pk,
        compute=lambda: {
            code: other.get_url(request) or "" for code, other in _page_translations(page).items()
        },
    )
    page._portal_translation_urls = urls
    return urls


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per portal language: where to read this same page in it.

    For a Wagtail page, the translation's address; where there is none yet, the
    pt-BR page, flagged so the switcher can say so. For other views (search), the same
    address under the other language prefix, with the same query string.
    """
    request = context["request"]
    current = translation.get_language()
    page = context.get("page")
    translations = _translation_urls(page, request) if isinstance(page, Page) else None
    links = []
    for code, _name in settings.LANGUAGES:
        entry = {
            "code": code,
            "name": LANGUAGE_NAMES[code],
            "is_current": code == current,
            "translated": True,
            "url": "",
        }
        if translations is not None:
            if code not in translations:
                entry["translated"] = False
            entry["url"] = translations.get(code, translations.get(settings.LANGUAGE_CODE, ""))
        else:
            entry["url"] = translate_url(request.path, code)
            if request.GET:
                entry["url"] += "?" + urlencode(request.GET, doseq=True)
        links.append(entry)
    return links


@register.simple_tag(takes_context=True)
def hreflang_alternates(context):
    request = context["request"]
    page = context.get("page")
    if not isinstance(page, Page):
        return []
    return [
        {"code": code, "url": request.build_absolute_uri(url)}
        for code, url in _translation_urls(page, request).items()
        if url
    ]


@register.filter
def tel_href(number):
    return "tel:" + "".join(ch for ch in str(number) if ch.isdigit() or ch == "+")


@register.simple_tag(takes_context=True)
def link_url(context, target):
    """The address of a LinkTargetBlock value, in the reader's language where possible."""
    page = target.get("page")
    if page is None:
        return target.get("url") or ""
    localized = context.get("localized_links", {}).get(page.pk, page)
    return localized.get_url(context.get("request"))
