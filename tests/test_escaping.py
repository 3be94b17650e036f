"""Script and HTML typed into any field end up as text, never as markup that runs.

The page models, their StreamFields and every block inside them are found by walking
the models and block definitions, so a block or page type added later is covered without
touching this file. Each leaf gets the payload (or, where its validation would refuse
the payload, a variant it accepts); rich text goes through the editor's own conversion
(Wagtail's whitelist), as it does when an editor saves. The public page and the admin's
edit page are then parsed: no script element and no event-handler attribute may carry
the payload, and no link may use a javascript: address.
"""

from html.parser import HTMLParser

import pytest
from django.core.exceptions import ValidationError
from django.db import models
from wagtail import blocks
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.coreutils import resolve_model_string
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail.snippets.models import get_snippet_models

pytestmark = pytest.mark.django_db

MARKER = "__xss"
PAYLOAD = f'<script>window.{MARKER}=1</script>"><img src=x onerror="window.{MARKER}=1">'
# Variants for fields whose validation refuses the full payload (no spaces in a URL...).
VARIANTS = [
    PAYLOAD,
    f'"><svg/onload=window.{MARKER}=1><script>window.{MARKER}=1</script>',
    f'https://example.org/"><svg/onload=window.{MARKER}=1>',
    f"javascript:window.{MARKER}=1",
]
BENIGN = ["0800 123 4567", "I PAECM 1.3.4", "AM", "https://example.org/", "a@example.org", "1"]


class LiveMarkup(HTMLParser):
    """Collects what a browser would run: script bodies, on* attributes, javascript: links."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.findings = []
        self._script_type = None

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            value = value or ""
            if name.startswith("on") and MARKER in value:
                self.findings.append(f"<{tag} {name}={value!r}>")
            if name in ("href", "src", "action", "formaction") and value.strip().lower().startswith(
                "javascript:"
            ):
                self.findings.append(f"<{tag} {name}={value!r}>")
        if tag == "script":
            self._script_type = dict(attrs).get("type") or "text/javascript"

    def handle_endtag(self, tag):
        if tag == "script":
            self._script_type = None

    def handle_data(self, data):
        runs = self._script_type and "json" not in self._script_type
        if runs and MARKER in data:
            self.findings.append(f"<script>{data[:80]}")


def live_payload(html):
    parser = LiveMarkup()
    parser.feed(html)
    return parser.findings


def accepted(field, candidates):
    for value in candidates:
        try:
            field.clean(value)
        except (ValidationError, TypeError, ValueError):
            continue
        return value
    return None


def rich_text_payload(block):
    """What the server stores when an editor's Draftail sends the payload as text plus a
    javascript: link: the editor's contentstate goes through Wagtail's converter."""
    import json

    text = f"{PAYLOAD} link"
    contentstate = {
        "blocks": [
            {
                "key": "xss01",
                "type": "unstyled",
                "depth": 0,
                "text": text,
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": len(PAYLOAD) + 1, "length": 4, "key": 0}],
                "data": {},
            }
        ],
        "entityMap": {
            "0": {
                "type": "LINK",
                "mutability": "MUTABLE",
                "data": {"url": f"javascript:window.{MARKER}=1"},
            }
        },
    }
    converter = ContentstateConverter(features=getattr(block, "features", None) or ["link"])
    return converter.to_database_format(json.dumps(contentstate))


def first_pk(model):
    return model.objects.order_by("pk").values_list("pk", flat=True).first()


def raw_value(block, depth=0):
    """A raw (JSON-like) value for ``block`` with the payload in every text leaf."""
    if depth > 6:
        return None
    if isinstance(block, blocks.StreamBlock):
        return [
            {"type": name, "value": raw_value(child, depth + 1)}
            for name, child in block.child_blocks.items()
        ]
    if isinstance(block, blocks.ListBlock):
        return [raw_value(block.child_block, depth + 1)]
    if isinstance(block, blocks.StructBlock):
        return {name: raw_value(child, depth + 1) for name, child in block.child_blocks.items()}
    if isinstance(block, blocks.RichTextBlock):
        return rich_text_payload(block)
    if isinstance(block, SnippetChooserBlock | blocks.ChooserBlock):
        return first_pk(resolve_model_string(block.target_model))
    if isinstance(block, blocks.ChoiceBlock | blocks.MultipleChoiceBlock):
        choices = [key for key, _label in block.field.choices if key]
        return choices[0] if choices else None
    if isinstance(block, blocks.BooleanBlock):
        return True
    if isinstance(block, blocks.DateBlock):
        return "2025-01-15"
    if isinstance(block, blocks.DateTimeBlock):
        return "2025-01-15T10:00:00"
    if isinstance(block, blocks.TimeBlock):
        return "10:00:00"
    if isinstance(block, blocks.IntegerBlock | blocks.FloatBlock | blocks.DecimalBlock):
        return 1
    if isinstance(block, blocks.FieldBlock):
        return accepted(block.field, VARIANTS) or accepted(block.field, BENIGN) or ""
    return None


def stream_fields(model):
    return [field for field in model._meta.get_fields() if isinstance(field, StreamField)]


PAGE_MODELS = [model for model in get_page_models() if model is not Page]


def fill_page(page):
    for field in stream_fields(type(page)):
        stream_block = field.stream_block
        setattr(page, field.name, stream_block.to_python(raw_value(stream_block)))
    page.title = f"Title {PAYLOAD}"[:255]
    if hasattr(page, "seo_title"):
        page.seo_title = ""
    if hasattr(page, "search_description"):
        page.search_description = PAYLOAD
    page.save()
    return page


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_every_block_and_title_is_escaped(model, client, admin_client):
    page = model.objects.live().filter(locale__language_code="pt-br").order_by("depth").first()
    if page is None:
        page = model.objects.live().order_by("depth").first()
    if page is None:
        pytest.skip(f"the demo content has no {model.__name__}")
    fill_page(page)
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    html = response.content.decode()
    assert live_payload(html) == []
    # The payload was rendered (as text) at least in the title.
    assert f"&lt;script&gt;window.{MARKER}=1&lt;/script&gt;" in html
    edit = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert edit.status_code == 200
    assert live_payload(edit.content.decode()) == []


def test_rich_text_loses_the_script_on_the_way_in():
    block = blocks.RichTextBlock()
    stored = rich_text_payload(block)
    assert "<script" not in stored
    assert "<img" not in stored
    assert "javascript:" not in stored
    assert live_payload(stored) == []
    assert f"window.{MARKER}=1" in stored  # kept as harmless text


def snippet_text_fields(model):
    skipped = (models.SlugField, models.EmailField, models.URLField)
    return [
        field
        for field in model._meta.get_fields()
        if isinstance(field, models.CharField | models.TextField)
        and not isinstance(field, skipped)
        and not field.choices
        and field.editable
        and not field.primary_key
        and field.name not in ("translation_key", "locale")
    ]


SNIPPET_MODELS = [model for model in get_snippet_models() if snippet_text_fields(model)]
PUBLIC_PAGES = ["/pt-br/", "/pt-br/onde-pedir-ajuda/", "/pt-br/campanhas/", "/pt-br/capacitacao/"]


@pytest.mark.parametrize("model", SNIPPET_MODELS, ids=lambda model: model.__name__)
def test_every_snippet_text_field_is_escaped(model, client, admin_client):
    from wagtail.admin.admin_url_finder import AdminURLFinder

    instance = model.objects.order_by("pk").first()
    if instance is None:
        pytest.skip(f"the demo content has no {model.__name__}")
    for field in snippet_text_fields(model):
        value = PAYLOAD
        if field.max_length:
            value = value[: field.max_length]
        setattr(instance, field.name, value)
    for field in stream_fields(model):
        setattr(instance, field.name, field.stream_block.to_python(raw_value(field.stream_block)))
    instance.save()
    for path in PUBLIC_PAGES:
        response = client.get(path)
        assert response.status_code == 200, path
        assert live_payload(response.content.decode()) == [], path
    edit_url = AdminURLFinder().get_edit_url(instance)
    assert edit_url
    edit = admin_client.get(edit_url)
    assert edit.status_code == 200
    assert live_payload(edit.content.decode()) == []


def test_the_parser_finds_live_markup():
    """The detector itself: it must see what a browser would run."""
    assert live_payload(f"<p>{PAYLOAD}</p>")
    assert live_payload(f'<a href="javascript:window.{MARKER}=1">x</a>')
    assert not live_payload("<p>&lt;script&gt;window.__xss=1&lt;/script&gt;</p>")
    assert not live_payload('<script type="application/json">{"a": "window.__xss=1"}</script>')
