"""Demo campaigns: the index replaces the "campanhas" section page, then three
campaigns with posters (PNG, drawn here with Pillow) and leaflets (PDF, written here with
WeasyPrint) in several languages, translated into es, en, fr and ht.

Idempotent: what exists is left as it is, so a second run creates and changes nothing.
"""

import io
import json
import uuid
from datetime import date

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import connection, transaction
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from campaigns import demo_text as text
from campaigns.models import CampaignIndexPage, CampaignMaterial, CampaignPage, Material
from website.demo.loader import TextCatalogue, stream, target_locales, translate_instance
from website.models import ContentPage, HomePage

INDEX_SLUG = "campanhas"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# --- Files ----------------------------------------------------------------------------
def _font(size):
    from PIL import ImageFont

    try:
        return ImageFont.truetype(FONT, size)
    except OSError:
        return ImageFont.load_default(size=size)


def _wrap(draw, words, font, width):
    lines, line = [], ""
    for word in words.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    return [*lines, line] if line else lines


def draw_png(title, lines, colour, size):
    """A simple poster or banner: a coloured field, the title, a few lines, Disque 100."""
    from PIL import Image, ImageDraw

    width, height = size
    picture = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(picture)
    margin = width // 12
    y = margin
    title_font = _font(width // 11)
    for line in _wrap(draw, title, title_font, width - 2 * margin):
        draw.text((margin, y), line, font=title_font, fill="white")
        y += int(title_font.size * 1.2)
    y += margin // 2
    body_font = _font(width // 26)
    for paragraph in lines:
        for line in _wrap(draw, paragraph, body_font, width - 2 * margin):
            draw.text((margin, y), line, font=body_font, fill="white")
            y += int(body_font.size * 1.35)
        y += body_font.size // 2
    band = height - height // 6
    draw.rectangle([0, band, width, height], fill="white")
    draw.text(
        (margin, band + height // 24),
        "Disque 100 · Ligue 180",
        font=_font(width // 14),
        fill=colour,
    )
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def write_pdf(title, paragraphs):
    from weasyprint import HTML

    body = "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs)
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>
      @page {{ size: A5; margin: 12mm }}
      body {{ font-family: DejaVu Sans, sans-serif; font-size: 10.5pt; line-height: 1.4 }}
      h1 {{ color: #1351b4; font-size: 18pt }}
      .channels {{ margin-top: 8mm; padding: 4mm; border: 2px solid #1351b4; font-weight: bold }}
    </style></head><body><h1>{escape(title)}</h1>{body}
    <p class="channels">Disque 100 · Ligue 180 · 190</p></body></html>"""
    return HTML(string=html).write_pdf()


def _image(title, data, filename, description=""):
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title, description=description, file_size=len(data))
        image.file = ImageFile(io.BytesIO(data), name=filename)
        image.save()
    return image


def _document(title, data, filename):
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title, file_size=len(data))
        document.file = ContentFile(data, name=filename)
        document.save()
    return document


def _material(key, kind, languages, colour, print_size="", print_ready=False):
    title, description = text.MATERIAL_TEXTS[key]
    material = Material.objects.filter(title=title).first()
    if material is not None:
        return material
    material = Material(
        title=title,
        description=description,
        kind=kind,
        languages=languages,
        print_size=print_size,
        print_ready=print_ready,
    )
    if kind in ("leaflet", "booklet"):
        pdf = write_pdf(title, [description])
        material.document = _document(title, pdf, f"{key}.pdf")
        material.thumbnail = _image(
            f"{title} (miniatura)", draw_png(title, [], colour, (420, 594)), f"{key}-thumb.png"
        )
    else:
        size = (1080, 1080) if kind == "social-card" else (800, 1131)
        material.image = _image(title, draw_png(title, [description], colour, size), f"{key}.png")
        material.alt_text = f"{title}. {description}"
    material.full_clean()
    material.save()
    return material


# --- The index replaces the section page ----------------------------------------------
def _convert_to_index(page):
    """Turn the ContentPage ``page`` into a CampaignIndexPage in place: same id, path,
    slug, title, translation key and menu position, so links to it keep working."""
    body = CampaignIndexPage._meta.get_field("body")
    table = connection.ops.quote_name(CampaignIndexPage._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (page_ptr_id, intro, body) VALUES (%s, %s, %s)",  # noqa: S608
            [page.pk, page.intro, body.get_db_prep_value(page.body, connection)],
        )
    ContentPage.objects.filter(pk=page.pk)._raw_delete(connection.alias)
    Page.objects.filter(pk=page.pk).update(
        content_type=ContentType.objects.get_for_model(CampaignIndexPage)
    )


def ensure_index():
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    section = home.get_children().filter(slug=INDEX_SLUG).first()
    if section is None:
        raise RuntimeError(f"The demo page tree has no {INDEX_SLUG!r} section")
    if section.specific_class is CampaignIndexPage:
        return section.specific, False
    with transaction.atomic():
        for page in ContentPage.objects.filter(translation_key=section.translation_key):
            _convert_to_index(page)
    for page in CampaignIndexPage.objects.filter(translation_key=section.translation_key):
        if page.live:
            page.save_revision().publish()
    index = CampaignIndexPage.objects.get(pk=section.pk)
    # wagtail-localize finds a page's source by its type: point it at the new type.
    TranslationSource.objects.filter(object_id=index.translation_key).update(
        specific_content_type=ContentType.objects.get_for_model(CampaignIndexPage)
    )
    TranslationSource.update_or_create_from_instance(index)
    return index, True


# --- Campaigns ------------------------------------------------------------------------
def _items(values):
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def _scenario(catalogue, spec):
    return {
        "type": "scenario",
        "value": {
            "title": catalogue.add(spec["title"]),
            "situation": f"<p>{catalogue.add(spec['situation'])}</p>",
            "image": None,
            "image_alt": "",
            "signs": _items(catalogue.add(sign) for sign in spec["signs"]),
            "what_to_do": f"<p>{catalogue.add(spec['todo'])}</p>",
        },
        "id": str(uuid.uuid4()),
    }


def _channels(catalogue, channels):
    return json.dumps(
        [
            {
                "type": "number",
                "value": {
                    "number": channel["number"],
                    "label": catalogue.add(channel["label"]),
                    "description": catalogue.add(channel["description"]),
                },
            }
            for channel in channels
        ]
    )


def _campaign(
    index, catalogue, spec, *, colour, period, audiences, themes, plans, materials, extra_body=()
):
    for key in ("title", "intro", "hero_alt", "paragraph"):
        catalogue.add(spec[key])
    for message in spec["messages"]:
        catalogue.add(message)
    body = json.loads(stream(catalogue, [("paragraph", [spec["paragraph"]]), *extra_body], {}))
    if "scenario" in spec:
        body.append(_scenario(catalogue, spec["scenario"]))
    channels = _channels(catalogue, [text.DISQUE_100, text.LIGUE_180])

    page = CampaignPage.objects.filter(locale=index.locale, slug=spec["slug"]).first()
    if page is not None:
        return page, False
    title = spec["title"].pt
    hero = _image(
        f"{title} (capa)",
        draw_png(title, [], colour, (1200, 675)),
        f"{spec['slug']}.png",
        spec["hero_alt"].pt,
    )
    page = CampaignPage(
        title=title,
        slug=spec["slug"],
        intro=spec["intro"].pt,
        hero_image=hero,
        hero_alt=spec["hero_alt"].pt,
        start_date=period[0],
        end_date=period[1],
        audiences=audiences,
        themes=themes,
        key_messages=json.dumps([{"type": "message", "value": m.pt} for m in spec["messages"]]),
        body=json.dumps(body),
        reporting_channels=channels,
        plan_activities=json.dumps(
            [{"type": "activity", "value": {"plan": plan, "code": code}} for plan, code in plans]
        ),
    )
    page.material_links = [CampaignMaterial(material=material) for material in materials]
    index.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def _add_material(page, material):
    """Give one translation a material of its own (the list is per page)."""
    page = page.specific
    if page.material_links.filter(material=material).exists():
        return False
    page.material_links.add(CampaignMaterial(material=material))
    page.save_revision().publish()
    return True


def load():
    catalogue = TextCatalogue()
    index, converted = ensure_index()
    all_languages = ["pt-br", "es", "en", "fr", "ht"]

    blue, green, brown = (19, 81, 180), (22, 110, 60), (120, 60, 20)
    migrants_poster_es = _material("migrants-poster-es", "poster", ["es"], blue, "A3", True)
    campaigns = [
        _campaign(
            index,
            catalogue,
            text.MIGRANTS,
            colour=blue,
            period=(date(2025, 3, 1), date(2027, 6, 30)),
            audiences=["migrants"],
            themes=["migrant-smuggling"],
            plans=[("I PAECM", "1.3.4"), ("I PAECM", "1.3.5"), ("I PAECM", "2.7.2")],
            materials=[
                _material("migrants-poster-pt", "poster", ["pt-br"], blue, "A3", True),
                _material("migrants-leaflet", "leaflet", all_languages, blue, "A5", True),
                _material("migrants-card-ht", "social-card", ["ht"], blue),
            ],
        ),
        _campaign(
            index,
            catalogue,
            text.SCHOOLS,
            colour=green,
            period=(date(2026, 2, 1), None),
            audiences=["students"],
            themes=["sexual-exploitation", "forced-labour"],
            plans=[("PA NETP/PAAHM", "5")],
            materials=[
                _material("schools-poster-pt", "poster", ["pt-br"], green, "A3", True),
                _material("schools-poster-es", "poster", ["es"], green, "A3", True),
                _material("schools-guide-pt", "booklet", ["pt-br"], green, "A4"),
            ],
            extra_body=[
                (
                    "questions",
                    {
                        "title": None,
                        "items": [
                            {
                                "question": text.SCHOOLS["question"],
                                "answer": [text.SCHOOLS["answer"]],
                            }
                        ],
                    },
                )
            ],
        ),
        _campaign(
            index,
            catalogue,
            text.LABOUR,
            colour=brown,
            period=(date(2025, 1, 15), date(2025, 12, 31)),
            audiences=["workers", "migrants", "transport"],
            themes=["forced-labour"],
            plans=[],
            materials=[
                _material("labour-poster-pt", "poster", ["pt-br"], brown, "A2", True),
                _material("labour-poster-en", "poster", ["en"], brown, "A2", True),
                _material("labour-leaflet", "leaflet", ["pt-br", "es"], brown, "A5"),
            ],
        ),
    ]

    locales = target_locales()
    translations = []
    for page, _created in campaigns:
        translations += translate_instance(page, catalogue, locales)
    # The Spanish page of the migrants campaign offers a Spanish poster of its own.
    spanish = Locale.objects.get(language_code="es")
    added = _add_material(campaigns[0][0].get_translation(spanish), migrants_poster_es)

    created = sum(1 for _page, made in campaigns if made)
    return (
        f"index {'converted' if converted else 'kept'}, {created} campaign(s) created, "
        f"{len(translations)} translation(s) created, "
        f"{'1 material added' if added else 'no material added'} to a translation"
    )
