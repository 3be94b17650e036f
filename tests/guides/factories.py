import json
import uuid

from wagtail.models import Locale

from guides.models import GlossaryTerm, GuideChapterPage, GuidePage


def block(kind, value, block_id=None):
    return {"type": kind, "value": value, "id": block_id or str(uuid.uuid4())}


def paragraph(text, key=None, block_id=None):
    key_attr = f' data-block-key="{key}"' if key else ""
    return block("paragraph", f"<p{key_attr}>{text}</p>", block_id)


def heading(text, level="h2", block_id=None):
    return block("heading", {"text": text, "level": level}, block_id)


def make_guide(parent, slug="guia-de-teste", title="Guia de teste", **kwargs):
    guide = GuidePage(title=title, slug=slug, **kwargs)
    parent.add_child(instance=guide)
    guide.save_revision().publish()
    return guide


def make_chapter(guide, slug, title=None, body=()):
    chapter = GuideChapterPage(title=title or slug, slug=slug, body=json.dumps(list(body)))
    guide.add_child(instance=chapter)
    chapter.save_revision().publish()
    return chapter


def make_term(
    term, definition="Definição.", language="pt-br", other_forms="", avoid=(), preferred=()
):
    glossary_term = GlossaryTerm(
        locale=Locale.objects.get(language_code=language),
        term=term,
        short_definition=definition,
        other_forms=other_forms,
        terms_to_avoid=json.dumps(
            [block("avoid", {"term": words, "reason": reason}) for words, reason in avoid]
        ),
        preferred_terms=json.dumps([block("term", word) for word in preferred]),
    )
    glossary_term.save()
    glossary_term.save_revision().publish()
    return glossary_term
