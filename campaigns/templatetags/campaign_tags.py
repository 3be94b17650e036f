from django import template
from django.conf import settings

from campaigns import renditions

register = template.Library()


@register.simple_tag
def existing_rendition(image, spec):
    """A rendition made ahead of time, or None: a public page never makes one."""
    return renditions.existing_rendition(image, spec)


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None


LANGUAGE_NAMES = dict(settings.LANGUAGES)


@register.filter
def language_name(code):
    return LANGUAGE_NAMES.get(code, code)


@register.filter
def og_locale(code):
    """pt-br -> pt_BR, es -> es: the form Open Graph expects."""
    language, _dash, region = str(code).partition("-")
    return f"{language}_{region.upper()}" if region else language


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    request = context.get("request")
    return request.build_absolute_uri(url) if request is not None else url
