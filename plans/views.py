"""The plan page, its public monitoring panel and the panel's figures as CSV."""

import csv

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from plans import signals as plan_signals
from plans.models import Progress
from plans.structure import build_tree, figures_for, is_source_page, published_cycles
from website import page_cache
from website.charts import Series, horizontal_bar_chart, vertical_bar_chart


def _render(request, page, template, extra):
    context = page.get_context(request)
    context.update(extra)
    return TemplateResponse(request, template, context)


def _structure(request, page):
    """The plan's structure as HTML, with the latest cycle's figures.

    A plan has hundreds of rows (the III Plan: 6 axes, 58 goals, 138 actions), so the
    rendered structure is kept for PLAN_STRUCTURE_CACHE_SECONDS (0: never) under a key
    that changes whenever anything it shows may have: the whole-page cache's generation
    (bumped by every publish and every snippet or status saved), the plans' own
    generation (rows, tags, organisations), the page's revision and the language."""
    seconds = getattr(settings, "PLAN_STRUCTURE_CACHE_SECONDS", 60)
    key = ":".join(
        str(part)
        for part in (
            "plans:structure",
            page_cache.generation(),
            plan_signals.generation(),
            page.pk,
            page.latest_revision_id,
            translation.get_language(),
            request.get_host(),
        )
    )
    cached = cache.get(key) if seconds else None
    if cached is None:
        top, _nodes, latest = build_tree(page, latest_cycle=True, request=request)
        rows, overall = figures_for(top) if latest else ([], None)
        html = render_to_string(
            "plans/includes/structure.html",
            {
                "page": page,
                "tree": top,
                "latest_cycle": latest,
                "source_language": not is_source_page(page),
            },
            request=request,
        )
        cached = {"html": str(html), "latest": latest, "overall": overall, "rows": rows}
        if seconds:
            cache.set(key, cached, seconds)
    return cached


def plan_page(request, page):
    structure = _structure(request, page)
    return _render(
        request,
        page,
        "plans/plan_page.html",
        {
            # Rendered by our own template from escaped values (see _structure).
            "structure_html": mark_safe(structure["html"]),  # noqa: S308
            "latest_cycle": structure["latest"],
            "overall": structure["overall"],
            "axis_figures": structure["rows"],
        },
    )


def chosen_cycle(request, cycles):
    wanted = request.GET.get("cycle", "")
    for cycle in cycles:
        if str(cycle.pk) == wanted:
            return cycle
    return cycles[0] if cycles else None


def done_label():
    # Plural, as the share of activities done ("Done" alone is one activity's status).
    return pgettext("share of activities", "Done")


def _percent(value):
    return f"{value}%"


def panel_charts(page, cycle, rows, overall):
    categories = [row.label for row in rows] + [overall.label]
    series = [
        Series(_("Monitored"), [row.monitored_percent for row in [*rows, overall]]),
        Series(done_label(), [row.done_percent for row in [*rows, overall]]),
    ]
    return horizontal_bar_chart(
        categories,
        series,
        title=_("%(plan)s, %(cycle)s: share of activities monitored and done")
        % {"plan": page.short_name, "cycle": cycle.period_label},
        description=_(
            "One pair of bars per part of the plan, then the whole plan: the share of its "
            "actions or activities that were monitored in the cycle, and the share done. "
            "The table below gives the same figures with the counts."
        ),
        value_format=_percent,
        chart_id=f"panel-{cycle.pk}",
    )


def cycles_chart(page, cycles, all_figures):
    """Monitored and done shares of the whole plan in each published cycle, oldest first
    (only drawn with two cycles or more)."""
    ordered = list(reversed(cycles))
    return vertical_bar_chart(
        [cycle.period_label for cycle in ordered],
        [
            Series(_("Monitored"), [all_figures[c.pk].monitored_percent for c in ordered]),
            Series(done_label(), [all_figures[c.pk].done_percent for c in ordered]),
        ],
        title=_("%(plan)s: the whole plan, cycle by cycle") % {"plan": page.short_name},
        description=_("Share of actions or activities monitored and done in each cycle."),
        value_format=_percent,
        chart_id="panel-cycles",
    )


def _overall_per_cycle(page, cycles):
    """The whole plan's figures in every cycle, from one query of counts."""
    from collections import Counter

    from django.db.models import Count

    from plans.models import MONITORED_LEVELS, ActivityStatus, PlanItem
    from plans.structure import Figures

    total = PlanItem.objects.filter(
        level__in=MONITORED_LEVELS, **page.source_filter("page__")
    ).count()
    counts = {cycle.pk: Counter() for cycle in cycles}
    for row in (
        ActivityStatus.objects.filter(cycle__in=cycles)
        .values("cycle_id", "status")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        counts[row["cycle_id"]][row["status"]] = row["n"]
    return {pk: Figures(label="", total=total, counts=value) for pk, value in counts.items()}


def panel_page(request, page):
    cycles = published_cycles(page)
    cycle = chosen_cycle(request, cycles)
    extra = {"cycles": cycles, "cycle": cycle, "statuses": Progress.choices}
    if cycle is not None:
        top, _nodes, _latest = build_tree(page, cycle_id=cycle.pk, with_extras=False)
        rows, overall = figures_for(top)
        extra.update(
            rows=rows,
            overall=overall,
            chart=panel_charts(page, cycle, rows, overall),
            level_label=top[0].source.get_level_display() if top else "",
        )
        if len(cycles) > 1:
            extra["cycles_chart"] = cycles_chart(page, cycles, _overall_per_cycle(page, cycles))
    response = _render(request, page, "plans/panel_page.html", extra)
    return response


def panel_csv(request, page):
    """The panel's figures for one cycle, for journalists and spreadsheets."""
    cycles = published_cycles(page)
    cycle = chosen_cycle(request, cycles)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    if cycle is None:
        response.status_code = 404
        response.write(_("Monitoring of this plan has not started: there is no cycle yet."))
        return response
    top, _nodes, _latest = build_tree(page, cycle_id=cycle.pk, with_extras=False)
    rows, overall = figures_for(top)
    name = slugify(f"{page.short_name}-{cycle.starts_on:%Y-%m}")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Part of the plan"),
            _("Actions or activities"),
            _("Monitored"),
            *[label for _value, label in Progress.choices],
            _("Monitored (%)"),
            _("Done (%)"),
        ]
    )
    for row in [*rows, overall]:
        writer.writerow(
            [
                row.label,
                row.total,
                row.monitored,
                *[count for _value, _label, count in row.breakdown()],
                row.monitored_percent,
                row.done_percent,
            ]
        )
    return response
