"""Rendering a guide body: a permanent anchor on every block, heading and paragraph,
and the glossary marks.

Anchors come from ids the editor's changes keep: a StreamField block's id, and inside
a text block the ``data-block-key`` Draftail gives each paragraph. Inserting, moving or
deleting other blocks and paragraphs never changes an anchor someone has cited; the
position of a paragraph is only used for text that has no key (written outside Draftail).
"""

import re
from dataclasses import dataclass

from django.utils import translation
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.rich_text import RichText

from guides.glossary import MarkingState, mark_terms

# A top-level element of rich text that can be cited: paragraphs and sub-headings.
_CITABLE = re.compile(
    r"<(p|h2|h3|h4)((?:\s+[^>]*)?)>(.*?)</\1>",
    re.S,
)
_BLOCK_KEY = re.compile(r'\sdata-block-key="([A-Za-z0-9_-]+)"')
_LINKABLE_TYPES = {"paragraph"}


def block_anchor(block_id):
    return f"b-{(block_id or '')[:8]}"


def _element_anchor(block_id, key, position):
    return f"p-{(block_id or '')[:8]}-{key or position}"


@dataclass
class Fragment:
    """A citable piece of a body: its anchor, kind and plain text (used by search)."""

    anchor: str
    kind: str
    text: str


def _anchor_link(anchor, label):
    return (
        f'<a class="anchor-link" href="#{anchor}" aria-label="{escape(label)}">'
        '<span aria-hidden="true">¶</span></a>'
    )


def _anchor_rich_text(html, block_id):
    """Give every paragraph and sub-heading of ``html`` its id and a link to itself."""
    position = 0

    def replace(match):
        nonlocal position
        position += 1
        tag, attributes, inner = match.groups()
        key_match = _BLOCK_KEY.search(attributes)
        anchor = _element_anchor(block_id, key_match.group(1) if key_match else None, position)
        label = _("Link to this paragraph") if tag == "p" else _("Link to this section")
        return f'<{tag}{attributes} id="{anchor}">{inner} {_anchor_link(anchor, label)}</{tag}>'

    return _CITABLE.sub(replace, html)


def rich_text_fragments(source_html, block_id):
    fragments = []
    for position, match in enumerate(_CITABLE.finditer(source_html), start=1):
        tag, attributes, inner = match.groups()
        key_match = _BLOCK_KEY.search(attributes)
        anchor = _element_anchor(block_id, key_match.group(1) if key_match else None, position)
        fragments.append(Fragment(anchor, "heading" if tag != "p" else "paragraph", inner))
    return [
        Fragment(fragment.anchor, fragment.kind, strip_tags(fragment.text))
        for fragment in fragments
    ]


def _plain_values(value):
    """Every piece of text in a block value, for search."""
    if isinstance(value, RichText):
        yield strip_tags(value.source)
    elif isinstance(value, str):
        yield value
    elif hasattr(value, "items"):
        for child in value.values():
            yield from _plain_values(child)
    elif isinstance(value, list | tuple) or hasattr(value, "__iter__"):
        try:
            children = list(value)
        except TypeError:
            return
        for child in children:
            yield from _plain_values(getattr(child, "value", child))


def body_fragments(body):
    """The citable pieces of a StreamField body, in order."""
    fragments = []
    for child in body:
        if child.block_type == "paragraph":
            fragments += rich_text_fragments(child.value.source, child.id)
        elif child.block_type == "heading":
            fragments.append(Fragment(block_anchor(child.id), "heading", child.value["text"]))
        else:
            text = " ".join(piece for piece in _plain_values(child.value) if piece)
            fragments.append(Fragment(block_anchor(child.id), child.block_type, text))
    return fragments


def section_headings(body):
    """(anchor, text) of each section (h2) heading of a body: the chapter's contents."""
    return [
        (block_anchor(child.id), child.value["text"])
        for child in body
        if child.block_type == "heading" and child.value["level"] == "h2"
    ]


def render_body(body, context, state=None, mark=True):
    """The HTML of ``body``: anchored, with glossary terms marked once per section.

    A section starts at each section (h2) heading, so a term is marked the first time it
    appears under each heading of a chapter, never twice in the same section.
    """
    state = state or MarkingState()
    parts = []
    for child in body:
        anchor = block_anchor(child.id)
        state.id_prefix = f"g-{(child.id or '')[:8]}"
        state.counter = 0
        if child.block_type == "heading":
            if child.value["level"] == "h2":
                state.new_section()
            level = child.value["level"]
            text = escape(child.value["text"])
            parts.append(
                f'<{level} id="{anchor}" class="guide-heading">{text} '
                f"{_anchor_link(anchor, _('Link to this section'))}</{level}>"
            )
            continue
        if child.block_type == "paragraph":
            html = _anchor_rich_text(str(child.value), child.id)
            parts.append(mark_terms(html, state) if mark else html)
            continue
        html = child.render(context=context)
        if mark:
            html = mark_terms(html, state)
        parts.append(f'<div class="guide-block" id="{anchor}">{html}</div>')
    # Safe: the pieces are rendered templates, escaped text and rich text from Wagtail.
    return mark_safe("".join(parts))  # noqa: S308


def page_body_html(page, request, context):
    """``render_body`` of a live guide page or chapter, kept under the page cache's
    generation: the marked, anchored body depends only on the page, the glossary and the
    language, and publishing either bumps the generation. A preview renders the draft
    it is given, never the kept copy."""
    if getattr(request, "is_preview", False):
        return render_body(page.body, context)
    from website import page_cache

    html = page_cache.derived(
        "guide-body",
        page.pk,
        translation.get_language(),
        compute=lambda: str(render_body(page.body, context)),
    )
    # Safe: render_body's own output, kept as a string.
    return mark_safe(html)  # noqa: S308
