import datetime

import django_filters
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from channels import csv_io
from channels.geography import STATE_CHOICES
from channels.models import (
    STALE_AFTER,
    Channel,
    Kind,
    Organisation,
    Scope,
    Status,
)
from website.csv_import import read_upload
from website.csv_import_views import import_response


class ChannelFilterSet(WagtailFilterSet):
    verification = django_filters.ChoiceFilter(
        label=_("Verification"),
        choices=[
            ("stale", _("To be confirmed (not verified in 12 months)")),
            ("current", _("Verified in the last 12 months")),
        ],
        method="filter_verification",
        empty_label=_("All"),
    )
    kind = django_filters.ChoiceFilter(choices=Kind.choices, label=_("Kind"))
    scope = django_filters.ChoiceFilter(choices=Scope.choices, label=_("Scope"))
    uf = django_filters.ChoiceFilter(choices=STATE_CHOICES, label=_("State"))
    status = django_filters.ChoiceFilter(choices=Status.choices, label=_("Status"))

    class Meta:
        model = Channel
        fields = []

    def filter_verification(self, queryset, name, value):
        limit = timezone.localdate() - STALE_AFTER
        stale = queryset.filter(last_verified__isnull=True) | queryset.filter(
            last_verified__lt=limit
        )
        if value == "stale":
            return stale
        if value == "current":
            return queryset.filter(last_verified__gte=limit)
        return queryset


class ChannelViewSet(SnippetViewSet):
    model = Channel
    icon = "mobile-alt"
    menu_label = _("Channels")
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "name",
        "kind",
        "uf",
        "status",
        Column("verification_label", label=_("Verification"), sort_key="last_verified"),
        "last_verified",
    ]
    list_filter = ChannelFilterSet
    filterset_class = ChannelFilterSet
    search_fields = ["name", "municipality"]
    ordering = ["sort_name"]


register_snippet(ChannelViewSet)


class OrganisationViewSet(SnippetViewSet):
    """Bodies shared by the directory (who runs a channel) and the national plans
    (partners of each activity)."""

    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    menu_order = 252
    add_to_admin_menu = True
    list_display = ["acronym", "name", "kind", "locale"]
    list_filter = {"kind": ["exact"], "locale": ["exact"]}
    search_fields = ["name", "acronym"]
    search_backend_name = None
    ordering = ["acronym"]

    def get_queryset(self, request):
        return Organisation.objects.select_related("locale")


register_snippet(OrganisationViewSet)


def _require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


def import_view(request):
    """Upload a CSV: check it (dry run) or import it. Moderators only: importing
    publishes."""
    _require(request, "channels.publish_channel")

    def run_import(dry_run):
        data = read_upload(request.FILES.get("file"), csv_io.CSV_FORMAT)
        return csv_io.import_csv(data, user=request.user, dry_run=dry_run)

    return import_response(
        request, "channels/admin/import.html", run_import, {"columns": csv_io.COLUMNS}
    )


def export_view(request):
    _require(request, "channels.change_channel")
    response = HttpResponse(csv_io.export_csv(), content_type="text/csv; charset=utf-8")
    filename = f"canais-{datetime.date.today():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("channels/import/", import_view, name="channels_import"),
        path("channels/export.csv", export_view, name="channels_export"),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("channels.publish_channel")


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Channels CSV"), reverse("channels_import"), icon_name="download", order=251
    )
