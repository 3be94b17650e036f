import csv

from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.translation import gettext as _gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from campaigns.models import (
    MATERIAL_KINDS,
    Material,
    MaterialDownloadCount,
    MediaFile,
    year_choices,
)

REPORT_PERMISSION = "campaigns.view_material"


class MaterialViewSet(SnippetViewSet):
    model = Material
    icon = "doc-full-inverse"
    menu_label = _("Materials")
    list_display = ["title", "kind", "languages_display", "download_count", "updated_at"]
    list_filter = ["kind", "print_ready"]
    search_fields = ["title", "description"]


class MediaFileViewSet(SnippetViewSet):
    model = MediaFile
    icon = "media"
    menu_label = _("Video and audio files")
    list_display = ["title", "captions_language"]


class CampaignSnippets(SnippetViewSetGroup):
    items = (MaterialViewSet, MediaFileViewSet)
    menu_icon = "doc-full-inverse"
    menu_label = _("Campaign materials")
    menu_name = "campaign-materials"
    menu_order = 250


register_snippet(CampaignSnippets)


def _kind_labels():
    return dict(MATERIAL_KINDS)


def yearly_rows(year):
    counts = (
        MaterialDownloadCount.objects.filter(year=year)
        .values("material_id", "material__title", "material__kind", "material__languages")
        .annotate(downloads=Sum("count"))
        .order_by("-downloads", "material__title")
    )
    kinds = _kind_labels()
    return [
        {
            "id": row["material_id"],
            "title": row["material__title"],
            "kind": str(kinds.get(row["material__kind"], row["material__kind"])),
            "languages": " ".join(
                Material._meta.get_field("languages").to_python(row["material__languages"])
            ),
            "downloads": row["downloads"],
        }
        for row in counts
    ]


def downloads_report(request):
    if not request.user.has_perm(REPORT_PERMISSION):
        raise PermissionDenied
    years = year_choices()
    try:
        year = int(request.GET.get("year", years[0]))
    except ValueError:
        year = years[0]
    return render(
        request,
        "campaigns/admin/downloads_report.html",
        {
            "year": year,
            "years": years,
            "rows": yearly_rows(year),
            "header_title": _gettext("Material downloads"),
        },
    )


def downloads_csv(request, year):
    if not request.user.has_perm(REPORT_PERMISSION):
        raise PermissionDenied
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="material-downloads-{year}.csv"'
    writer = csv.writer(response)
    writer.writerow(
        [_gettext("Material"), _gettext("Kind"), _gettext("Languages"), _gettext("Downloads"), "ID"]
    )
    for row in yearly_rows(year):
        # A leading "=", "+", "-" or "@" would run as a formula in a spreadsheet.
        title = "'" + row["title"] if row["title"][:1] in "=+-@" else row["title"]
        writer.writerow([title, row["kind"], row["languages"], row["downloads"], row["id"]])
    return response


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("campaigns/downloads/", downloads_report, name="campaigns_downloads"),
        path("campaigns/downloads/<int:year>.csv", downloads_csv, name="campaigns_downloads_csv"),
    ]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_downloads_report_menu_item():
    return ReportMenuItem(
        _("Material downloads"), reverse("campaigns_downloads"), icon_name="download", order=700
    )
