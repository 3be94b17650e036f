"""Image renditions of campaigns, made ahead of time.

Renditions are generated when a campaign is published and when a material is saved;
public pages only ever look up renditions that exist (``existing_rendition``), so no
reader waits for an image to be resized and no GET writes to the database.
"""

from wagtail.images import get_image_model
from wagtail.images.models import Filter

from campaigns.models import (
    BODY_IMAGE_SPEC,
    CARD_SPEC,
    HERO_SPECS,
    SHARE_SPEC,
    THUMBNAIL_SPEC,
)


def prefetch_images(images, specs, image_ids=()):
    """Attach the existing renditions of ``specs`` to each image, in one query, so the
    templates find them without asking the database again.

    ``image_ids`` are images not loaded yet (a page's own image fields): they come with
    their renditions, and are returned as {id: image} to be set on the page."""
    images = [image for image in images if image is not None]
    wanted = {image.pk for image in images} | {pk for pk in image_ids if pk}
    if not wanted:
        return {}
    Rendition = get_image_model().get_rendition_model()
    by_image, loaded = {}, {}
    renditions = Rendition.objects.filter(image_id__in=wanted, filter_spec__in=list(specs))
    for rendition in renditions.select_related("image"):
        by_image.setdefault(rendition.image_id, []).append(rendition)
        loaded.setdefault(rendition.image_id, rendition.image)
    for image in [*images, *loaded.values()]:
        image.prefetched_renditions = by_image.get(image.pk, [])
    return loaded


def existing_rendition(image, spec):
    """The rendition of ``image`` for ``spec`` if it was made already, else None."""
    if image is None:
        return None
    try:
        return image.find_existing_rendition(Filter(spec=spec))
    except image.get_rendition_model().DoesNotExist:
        return None


def _stream_images(stream_value, found):
    for child in stream_value:
        _collect(child.value, found)
    return found


def _collect(value, found):
    from wagtail import blocks

    Image = get_image_model()
    if isinstance(value, Image):
        found.append(value)
    elif isinstance(value, blocks.StreamValue):
        _stream_images(value, found)
    elif isinstance(value, blocks.StructValue):
        for child in value.values():
            _collect(child, found)
    elif isinstance(value, blocks.list_block.ListValue | list | tuple):
        for child in value:
            _collect(child, found)


def generate_for_material(material):
    if material.preview_image is not None:
        material.preview_image.get_renditions(THUMBNAIL_SPEC)


def generate_for_page(page):
    """Every rendition the public page of ``page`` (a CampaignPage) will ask for."""
    if page.hero_image is not None:
        specs = [CARD_SPEC, *HERO_SPECS]
        if page.share_image is None:
            specs.append(SHARE_SPEC)
        page.hero_image.get_renditions(*specs)
    if page.share_image is not None:
        page.share_image.get_renditions(SHARE_SPEC)
    for image in _stream_images(page.body, []):
        image.get_renditions(BODY_IMAGE_SPEC)
    for link in page.material_links.select_related("material__image", "material__thumbnail"):
        generate_for_material(link.material)
