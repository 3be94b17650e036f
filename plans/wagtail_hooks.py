"""Admin for the national plans: monitoring cycles and statuses (with their history,
kept as revisions) and the CSV import and export of structures and statuses."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from plans import csv_io
from plans.models import ActivityStatus, MonitoringCycle, PlanPage, source_plans
from website.csv_import import CSVRefused, read_upload
from website.csv_import_views import import_response

STATUS_PERMISSION = "plans.change_activitystatus"


class MonitoringCycleViewSet(SnippetViewSet):
    model = MonitoringCycle
    icon = "date"
    menu_label = _("Monitoring cycles")
    list_display = ["label", "plan", "starts_on", "ends_on", "published"]
    list_filter = {"plan": ["exact"], "published": ["exact"]}
    ordering = ["-starts_on"]

    def get_queryset(self, request):
        return MonitoringCycle.objects.select_related("plan")


class ActivityStatusViewSet(SnippetViewSet):
    model = ActivityStatus
    icon = "tasks"
    menu_label = _("Activity statuses")
    list_display = ["activity", "cycle", "status", "updated_at"]
    list_filter = {"cycle": ["exact"], "status": ["exact"]}
    search_fields = ["activity__code", "activity__title", "note"]
    search_backend_name = None
    list_per_page = 100

    def get_queryset(self, request):
        return ActivityStatus.objects.select_related("cycle__plan", "activity")


class PlanMonitoring(SnippetViewSetGroup):
    items = (MonitoringCycleViewSet, ActivityStatusViewSet)
    menu_icon = "tasks"
    menu_label = _("Plan monitoring")
    menu_name = "plan-monitoring"
    menu_order = 260


register_snippet(PlanMonitoring)


class PlanChoiceForm(forms.Form):
    plan = forms.ModelChoiceField(
        label=_("Plan"), queryset=PlanPage.objects.filter(source_plans()).order_by("title")
    )


class CycleChoiceForm(forms.Form):
    cycle = forms.ModelChoiceField(
        label=_("Cycle"), queryset=MonitoringCycle.objects.select_related("plan")
    )


def _can_import_structure(user, plan):
    return plan.permissions_for_user(user).can_publish()


def _csv_response(text, filename):
    response = HttpResponse(text, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_view(request):
    """Export and import, with a check (dry run) before anything is saved."""
    if not (request.user.has_perm(STATUS_PERMISSION) or _can_edit_any_plan(request.user)):
        raise PermissionDenied
    kind = request.POST.get("kind", "")

    def run_import(dry_run):
        if kind == "structure":
            plan = get_object_or_404(
                PlanPage.objects.filter(source_plans()), pk=request.POST.get("plan")
            )
            if not _can_import_structure(request.user, plan):
                raise PermissionDenied
            if plan.has_unpublished_changes:
                raise CSVRefused(
                    _gettext(
                        "This plan has unpublished changes: publish or discard them "
                        "before importing its structure."
                    )
                )
            data = read_upload(request.FILES.get("file"), csv_io.STRUCTURE_FORMAT)
            return csv_io.import_structure(data, plan, user=request.user, dry_run=dry_run)
        if kind == "statuses":
            if not request.user.has_perm(STATUS_PERMISSION):
                raise PermissionDenied
            cycle = get_object_or_404(MonitoringCycle, pk=request.POST.get("cycle"))
            data = read_upload(request.FILES.get("file"), csv_io.STATUS_FORMAT)
            return csv_io.import_statuses(data, cycle, user=request.user, dry_run=dry_run)
        raise CSVRefused(_gettext("Choose what to import."))

    return import_response(
        request,
        "plans/admin/csv.html",
        run_import,
        {
            "kind": kind,
            "plan_form": PlanChoiceForm(),
            "cycle_form": CycleChoiceForm(),
            "structure_columns": csv_io.STRUCTURE_FORMAT.columns,
            "status_columns": csv_io.STATUS_FORMAT.columns,
            "can_edit_statuses": request.user.has_perm(STATUS_PERMISSION),
            "header_title": _gettext("Plans CSV"),
        },
    )


def _can_edit_any_plan(user):
    return any(
        plan.permissions_for_user(user).can_edit()
        for plan in PlanPage.objects.filter(source_plans())
    )


def export_structure_view(request, plan_id):
    plan = get_object_or_404(PlanPage.objects.filter(source_plans()), pk=plan_id)
    if not plan.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return _csv_response(csv_io.export_structure(plan), f"{slugify(plan.short_name)}-structure.csv")


def export_statuses_view(request, cycle_id):
    if not request.user.has_perm(STATUS_PERMISSION):
        raise PermissionDenied
    cycle = get_object_or_404(MonitoringCycle.objects.select_related("plan"), pk=cycle_id)
    name = f"{slugify(cycle.plan.short_name)}-{cycle.starts_on:%Y-%m}-statuses.csv"
    return _csv_response(csv_io.export_statuses(cycle), name)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("plans/csv/", csv_view, name="plans_csv"),
        path(
            "plans/<int:plan_id>/structure.csv", export_structure_view, name="plans_structure_csv"
        ),
        path(
            "plans/cycles/<int:cycle_id>/statuses.csv",
            export_statuses_view,
            name="plans_statuses_csv",
        ),
    ]


class CSVMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(STATUS_PERMISSION) or _can_edit_any_plan(request.user)


@hooks.register("register_admin_menu_item")
def register_csv_menu_item():
    return CSVMenuItem(_("Plans CSV"), reverse("plans_csv"), icon_name="download", order=261)
