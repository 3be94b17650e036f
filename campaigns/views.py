from django.http import FileResponse, Http404, HttpResponse
from django.views.decorators.http import require_safe

from campaigns.bundles import get_or_build
from campaigns.models import MATERIAL_LANGUAGES, CampaignPage, Material
from campaigns.qr import CACHE_SECONDS, qr_svg
from website.restrictions import is_public

LANGUAGE_CODES = {code for code, _name in MATERIAL_LANGUAGES}


def live_campaign(page_id):
    page = CampaignPage.objects.live().filter(pk=page_id).first()
    if page is None or not is_public(page):
        raise Http404
    return page


def material_on(page, material_id):
    material = (
        Material.objects.filter(pk=material_id, page_links__page=page)
        .select_related("document", "image", "media")
        .first()
    )
    if material is None or material.file is None:
        raise Http404
    return material


@require_safe
def download_material(request, page_id, material_id):
    page = live_campaign(page_id)
    material = material_on(page, material_id)
    try:
        handle = material.file.open("rb")
    except OSError as error:
        raise Http404 from error
    if request.method == "GET":
        material.count_download()
    response = FileResponse(handle, as_attachment=True, filename=material.download_name())
    response["Cache-Control"] = "no-cache"
    return response


@require_safe
def download_all(request, page_id, language):
    if language not in LANGUAGE_CODES:
        raise Http404
    page = live_campaign(page_id)
    bundle = get_or_build(page, language)
    if bundle is None:
        raise Http404
    response = FileResponse(
        bundle.file.open("rb"), as_attachment=True, filename=f"{page.slug}-{language}.zip"
    )
    response["Cache-Control"] = "no-cache"
    return response


def _svg_response(url):
    response = HttpResponse(qr_svg(url), content_type="image/svg+xml")
    response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
    return response


@require_safe
def campaign_qr(request, page_id):
    page = live_campaign(page_id)
    return _svg_response(page.get_full_url(request))


@require_safe
def material_qr(request, page_id, material_id):
    page = live_campaign(page_id)
    if not Material.objects.filter(pk=material_id, page_links__page=page).exists():
        raise Http404
    return _svg_response(f"{page.get_full_url(request)}#material-{material_id}")
