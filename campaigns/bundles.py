""" "Download all": one zip per campaign page and language.

The zip is written once, with ``zipfile`` on a temporary file (never in memory), saved
to the media storage and recorded with a fingerprint of the materials it holds. It is
served as a stream from storage; when a material is added, removed or replaced the
fingerprint changes and the next download builds a new zip (the old file is deleted).
"""

import hashlib
import logging
import shutil
import tempfile
import zipfile

from django.core.files import File
from django.core.files.storage import default_storage

from campaigns.models import MATERIAL_LANGUAGES, MaterialBundle, materials_of

logger = logging.getLogger(__name__)
COPY_CHUNK = 1024 * 1024


def in_language(materials, language):
    return [material for material in materials if language in material.languages]


def fingerprint(materials):
    digest = hashlib.sha256()
    for material in materials:
        source = material.source
        parts = [
            material.pk,
            material.title,
            material.kind,
            ",".join(material.languages),
            material.file.name if material.file else "",
            getattr(source, "file_hash", "") or "",
            material.file_size,
        ]
        digest.update(("\x1f".join(str(part) for part in parts) + "\x1e").encode())
    return digest.hexdigest()


def bundles_for_page(page, materials):
    """{language: {"size", "count", "exact"}} for every language the materials are in.
    The size is the stored zip's when it is current, else the sum of the files (the
    zip is barely smaller: these files are already compressed)."""
    stored = {bundle.language: bundle for bundle in page.bundles.all()}
    result = {}
    for code, _name in MATERIAL_LANGUAGES:
        items = in_language(materials, code)
        if not items:
            continue
        bundle = stored.get(code)
        if bundle is not None and bundle.fingerprint == fingerprint(items):
            result[code] = {"size": bundle.size, "count": len(items), "exact": True}
        else:
            size = sum(material.file_size for material in items)
            result[code] = {"size": size, "count": len(items), "exact": False}
    return result


def _unique(name, used):
    stem, dot, extension = name.rpartition(".")
    candidate, number = name, 2
    while candidate in used:
        candidate = f"{stem}-{number}{dot}{extension}"
        number += 1
    used.add(candidate)
    return candidate


def write_zip(handle, materials, language):
    used = set()
    with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for material in materials:
            name = _unique(material.download_name(language), used)
            with (
                material.file.open("rb") as source,
                archive.open(name, "w", force_zip64=True) as target,
            ):
                shutil.copyfileobj(source, target, COPY_CHUNK)


def get_or_build(page, language):
    """The current zip of ``page`` in ``language``, built now if missing or stale.
    None when the page has no material in that language."""
    items = in_language(materials_of(page), language)
    if not items:
        return None
    current = fingerprint(items)
    bundle = MaterialBundle.objects.filter(page=page, language=language).first()
    if (
        bundle is not None
        and bundle.fingerprint == current
        and bundle.file
        and default_storage.exists(bundle.file.name)
    ):
        return bundle

    old_name = bundle.file.name if bundle is not None and bundle.file else None
    with tempfile.TemporaryFile() as handle:
        write_zip(handle, items, language)
        handle.seek(0)
        name = default_storage.save(
            f"campaigns/bundles/{page.pk}/{page.slug}-{language}-{current[:12]}.zip", File(handle)
        )
    size = default_storage.size(name)
    bundle, _created = MaterialBundle.objects.update_or_create(
        page=page,
        language=language,
        defaults={"fingerprint": current, "file": name, "size": size, "file_count": len(items)},
    )
    if old_name and old_name != name:
        try:
            default_storage.delete(old_name)
        except OSError:
            logger.warning("Could not delete an outdated campaign zip")
    return bundle


def build_all(page):
    materials = materials_of(page)
    languages = {code for material in materials for code in material.languages}
    return [get_or_build(page, code) for code, _name in MATERIAL_LANGUAGES if code in languages]
