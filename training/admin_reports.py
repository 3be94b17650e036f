"""The annual report of trainings in the Wagtail admin (Reports menu), with its CSV.

Only Training managers see it. There is no permission of its own (that would need a
migration): the report is made of enrolments, certificates, live-training attendance and
evaluations, so it asks for the right to view each of them. Only Training managers (and
superusers) hold all four; Communicators, Moderators and Translators hold none.
"""

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.defaults import permission_denied
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from training.annual_report import (
    MEASURES,
    SUPPRESSED,
    annual_report,
    short_month,
    years_with_data,
)
from website.charts import Series, format_number, horizontal_bar_chart, vertical_bar_chart

REPORT_PERMISSIONS = (
    "training.view_enrolment",
    "training.view_certificate",
    "training.view_attendee",
    "training.view_courseevaluation",
)
FIRST_YEAR = 2000


def may_see_report(user):
    return user.is_active and user.has_perms(REPORT_PERMISSIONS)


def _refusal(request):
    """A plain 403 for anyone else in the admin (Wagtail would turn PermissionDenied
    into a redirect to the dashboard, which hides that the answer is no)."""
    if may_see_report(request.user):
        return None
    return permission_denied(request, PermissionDenied())


def display(value):
    return SUPPRESSED if value == SUPPRESSED else format_number(value)


def _measure_names():
    return {
        "enrolments": _("Enrolments"),
        "completions": _("Completions"),
        "certificates": _("Certificates"),
        "hours": _("Hours delivered"),
    }


def _series(name, rows, measure):
    values = [
        None if getattr(row, measure) == SUPPRESSED else getattr(row, measure) for row in rows
    ]
    labels = [SUPPRESSED if getattr(row, measure) == SUPPRESSED else None for row in rows]
    return Series(name, values, labels=labels)


def _charts(report):
    names = _measure_names()
    year = report.year
    month_rows = report.breakdown("month").rows
    monthly = vertical_bar_chart(
        [short_month(number) for number in range(1, 13)],
        [
            _series(names["enrolments"], month_rows, "enrolments"),
            _series(names["completions"], month_rows, "completions"),
        ],
        title=_("Enrolments and completions per month, %(year)s") % {"year": year},
        description=_(
            "Bar chart: enrolments and completions in each month. "
            "The figures are in the table “By month”."
        ),
        chart_id="chart-month",
    )
    # States with nothing to show would only make the chart longer: the table has them all.
    uf_rows = [
        row for row in report.breakdown("uf").rows if row.enrolments != 0 or row.certificates != 0
    ]
    by_uf = None
    if uf_rows:
        by_uf = horizontal_bar_chart(
            [row.label for row in uf_rows],
            [
                _series(names["enrolments"], uf_rows, "enrolments"),
                _series(names["certificates"], uf_rows, "certificates"),
            ],
            title=_("Enrolments and certificates per state (UF), %(year)s") % {"year": year},
            description=_(
                "Bar chart: enrolments and certificates in each state with any. "
                "The figures for every state are in the table “By state (UF)”."
            ),
            chart_id="chart-uf",
        )
    return {"month": monthly, "uf": by_uf}


def _chosen_year(request, years):
    raw = request.GET.get("year")
    if raw is None:
        return timezone.localdate().year
    try:
        year = int(raw)
    except ValueError:
        year = None
    if year is None or not FIRST_YEAR <= year <= timezone.localdate().year + 1:
        messages.error(request, _("Choose one of the years in the list."))
        return years[0]
    return year


def annual_report_view(request):
    if refusal := _refusal(request):
        return refusal
    years = years_with_data()
    year = _chosen_year(request, years)
    report = annual_report(year)
    names = _measure_names()
    breakdowns = [
        {
            "name": breakdown.name,
            "title": breakdown.title,
            "header": breakdown.header,
            "rows": [
                {"label": row.label, "figures": [display(value) for value in row.figures()]}
                for row in breakdown.rows
            ],
        }
        for breakdown in report.breakdowns
    ]
    evaluations = [
        {
            "label": row.label,
            "answers": display(row.evaluation["answers"]),
            "averages": [
                format_number(row.evaluation[name]) if name in row.evaluation else None
                for name in ("overall", "content", "usefulness")
            ],
        }
        for row in report.evaluations
    ]
    title = _("Annual report of trainings")
    return render(
        request,
        "training/admin/annual_report.html",
        {
            "year": year,
            "years": years,
            "measures": [names[measure] for measure in MEASURES],
            "totals": [
                (names[measure], display(getattr(report.total, measure))) for measure in MEASURES
            ],
            "total_figures": [display(value) for value in report.total.figures()],
            "breakdowns": breakdowns,
            "evaluations": evaluations,
            "charts": _charts(report),
            "suppressed": SUPPRESSED,
            "hours_withheld": report.hours_withheld,
            "page_title": title,
            "header_title": f"{title} {year}",
            "header_icon": "table",
        },
    )


def _safe_cell(value):
    text = str(value)
    # A leading "=", "+", "-" or "@" would run as a formula in a spreadsheet.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def annual_report_csv(request, year):
    if refusal := _refusal(request):
        return refusal
    if not FIRST_YEAR <= year <= timezone.localdate().year + 1:
        raise Http404
    report = annual_report(year)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="training-annual-report-{year}.csv"'
    response.write("\ufeff")  # the BOM tells Excel the file is UTF-8
    writer = csv.writer(response)
    names = _measure_names()
    writer.writerow(
        [
            _("Breakdown"),
            _("Key"),
            _("Label"),
            *(names[measure] for measure in MEASURES),
            _("Evaluation answers"),
            _("Overall (1 to 5)"),
            _("Content (1 to 5)"),
            _("Usefulness (1 to 5)"),
        ]
    )
    writer.writerow(["total", "total", report.total.label, *report.total.figures(), "", "", "", ""])
    for breakdown in report.breakdowns:
        for row in breakdown.rows:
            evaluation = row.evaluation or {}
            writer.writerow(
                [
                    breakdown.name,
                    _safe_cell(row.key or "not_informed"),
                    _safe_cell(row.label),
                    *row.figures(),
                    evaluation.get("answers", ""),
                    *(evaluation.get(name, "") for name in ("overall", "content", "usefulness")),
                ]
            )
    return response


class AnnualReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_report(request.user)


@hooks.register("register_admin_urls")
def register_annual_report_urls():
    return [
        path("training/annual-report/", annual_report_view, name="training_annual_report"),
        path(
            "training/annual-report/<int:year>.csv",
            annual_report_csv,
            name="training_annual_report_csv",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_annual_report_menu_item():
    return AnnualReportMenuItem(
        gettext_lazy("Annual report of trainings"),
        reverse("training_annual_report"),
        name="training-annual-report",
        icon_name="table",
        order=710,
    )
