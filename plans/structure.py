"""A plan's structure as a tree, with its monitoring figures, in a fixed number of
queries however many rows the plan has.

Titles come from the rows of the page being read (the reader's language), falling back
to the pt-BR row where a translation lags behind; partners, statuses and what delivers
each activity come from the pt-BR rows, matched by ``translation_key``.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import CharField, F, OuterRef, Q, Subquery, Value
from django.db.models.functions import Cast, Coalesce
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from channels.models import Organisation
from plans.models import (
    REPORTED,
    ActivityStatus,
    CampaignActivity,
    CourseActivity,
    LiveTrainingActivity,
    MonitoringCycle,
    PlanItem,
    Progress,
    code_key,
    parent_code,
)
from website.restrictions import restricted_paths


@dataclass
class Node:
    item: PlanItem  # in the reader's language where translated
    source: PlanItem  # the pt-BR row
    children: list = field(default_factory=list)
    partners: list = field(default_factory=list)
    status: object = None  # ActivityStatus in the chosen cycle, or None
    delivered_by: list = field(default_factory=list)
    # Labels looked up once per tree: get_FOO_display() per row hashes every (lazy)
    # choice label on each call, which cost a plan of 200 rows 60 ms a render.
    level_label: str = ""
    status_label: str = ""

    @property
    def code(self):
        return self.source.code

    @property
    def is_monitored(self):
        return self.source.is_monitored

    def monitored_leaves(self):
        if self.is_monitored:
            return [self]
        return [leaf for child in self.children for leaf in child.monitored_leaves()]


def default_locale_id():
    """The pt-BR locale's id, read once per process (it never changes)."""
    global _DEFAULT_LOCALE_ID
    if _DEFAULT_LOCALE_ID is None:
        _DEFAULT_LOCALE_ID = Locale.objects.get(language_code=settings.LANGUAGE_CODE).pk
    return _DEFAULT_LOCALE_ID


_DEFAULT_LOCALE_ID = None


def is_source_page(page):
    return page.locale_id == default_locale_id()


def published_cycles_query(page):
    return MonitoringCycle.objects.filter(published=True, **page.source_filter("plan__")).order_by(
        "-starts_on"
    )


def _rows(page, cycle_id=None, latest_cycle=False):
    """The page's own rows and the pt-BR rows, in one query, each pt-BR row with its
    status in the cycle (``cycle_id``, or the latest published one)."""
    if latest_cycle:
        cycle = Subquery(published_cycles_query(page).values("pk")[:1])
    else:
        cycle = Value(cycle_id)
    statuses = ActivityStatus.objects.filter(activity_id=OuterRef("pk"), cycle_id=cycle)
    annotations = {
        f"status_{name}": Subquery(statuses.values(name)[:1])
        for name in ("id", "status", "note", "evidence_links")
    }
    if latest_cycle:
        cycles = published_cycles_query(page)
        annotations.update(
            cycle_id=cycle,
            cycle_label=Subquery(cycles.values("label")[:1]),
            cycle_starts_on=Subquery(cycles.values("starts_on")[:1]),
            cycle_ends_on=Subquery(cycles.values("ends_on")[:1]),
        )
    if cycle_id is None and not latest_cycle:
        annotations = {}
    if is_source_page(page):
        rows = list(PlanItem.objects.filter(page_id=page.pk).annotate(**annotations))
        return rows, rows
    rows = list(
        PlanItem.objects.filter(Q(page_id=page.pk) | Q(**page.source_filter("page__"))).annotate(
            **annotations
        )
    )
    own = [row for row in rows if row.page_id == page.pk]
    source = [row for row in rows if row.page_id != page.pk]
    return own, source or own


def _status_of(row):
    if getattr(row, "status_id", None) is None:
        return None
    return ActivityStatus(
        pk=row.status_id,
        activity_id=row.pk,
        status=row.status_status,
        note=row.status_note or "",
        evidence_links=row.status_evidence_links or "",
    )


def _cycle_of(rows):
    for row in rows:
        if getattr(row, "cycle_id", None) is not None:
            return MonitoringCycle(
                pk=row.cycle_id,
                label=row.cycle_label,
                starts_on=row.cycle_starts_on,
                ends_on=row.cycle_ends_on,
                published=True,
            )
    return None


def _labels(model, field_name):
    return {value: str(label) for value, label in model._meta.get_field(field_name).flatchoices}


def build_tree(page, *, cycle_id=None, latest_cycle=False, with_extras=True, request=None):
    """(top-level nodes, {code: node}, cycle) for ``page``: two queries, one for the rows
    with their statuses and one (``with_extras``) for partners and deliveries."""
    own, source = _rows(page, cycle_id=cycle_id, latest_cycle=latest_cycle)
    translated = {row.translation_key: row for row in own}
    level_labels = _labels(PlanItem, "level")
    status_labels = _labels(ActivityStatus, "status")
    nodes = {}
    for row in sorted(source, key=lambda row: code_key(row.code)):
        node = Node(item=translated.get(row.translation_key, row), source=row)
        node.status = _status_of(row)
        node.level_label = level_labels.get(row.level, row.level)
        if node.status is not None:
            node.status_label = status_labels.get(node.status.status, node.status.status)
        nodes[row.code] = node
    top = []
    for code, node in nodes.items():
        parent = nodes.get(parent_code(code))
        (parent.children if parent else top).append(node)
    if with_extras:
        _attach_extras(page, {node.source.pk: node for node in nodes.values()}, request)
    return top, nodes, _cycle_of(source) if latest_cycle else None


def _translated(model_field, page, field):
    """The value of ``field`` of the page of ``model_field`` in the reader's language."""
    return Subquery(
        Page.objects.filter(
            translation_key=OuterRef(model_field), locale_id=page.locale_id, live=True
        ).values(field)[:1]
    )


def _attach_extras(page, by_id, request):
    """Partners (named in the reader's language) and the campaigns, courses (their pages
    in the reader's language) and live trainings tagged with each row: one query."""
    if not by_id:
        return
    ids = list(by_id)
    text = CharField()
    none = Value(None, output_field=text)
    through = PlanItem.partners.through
    local_name = Subquery(
        Organisation.objects.filter(
            translation_key=OuterRef("organisation__translation_key"), locale_id=page.locale_id
        ).values("name")[:1]
    )
    parts = [
        through.objects.filter(planitem_id__in=ids).values_list(
            Value("partner", output_field=text),
            "planitem_id",
            F("organisation__acronym"),
            Coalesce(local_name, F("organisation__name"), output_field=text),
            F("organisation__website"),
            none,
        ),
        LiveTrainingActivity.objects.filter(activity_id__in=ids).values_list(
            Value("training", output_field=text),
            "activity_id",
            F("training__title"),
            Cast("training__starts_on", output_field=text),
            none,
            none,
        ),
    ]
    for kind, model in (("campaign", CampaignActivity), ("course", CourseActivity)):
        parts.append(
            model.objects.filter(
                activity_id__in=ids, page__locale__language_code=settings.LANGUAGE_CODE
            ).values_list(
                Value(kind, output_field=text),
                "activity_id",
                _translated("page__translation_key", page, "title"),
                _translated("page__translation_key", page, "url_path"),
                _translated("page__translation_key", page, "path"),
                none,
            )
        )
    parts = [part.order_by() for part in parts]
    rows = list(parts[0].union(*parts[1:], all=True))
    labels = {"campaign": _("Campaign"), "course": _("Course"), "training": _("Live training")}
    paths = restricted_paths()
    for kind, item_id, first, second, third, _unused in sorted(
        rows, key=lambda row: (row[0], str(row[2]))
    ):
        node = by_id[item_id]
        if kind == "partner":
            node.partners.append({"acronym": first, "name": second, "website": third})
        elif kind == "training":
            entry = {"kind": kind, "kind_label": labels[kind], "title": first, "url": None}
            entry["starts_on"] = datetime.date.fromisoformat(second) if second else None
            node.delivered_by.append(entry)
        elif second and not any(third.startswith(path) for path in paths):
            url = Page(url_path=second, path=third).get_url(request)
            node.delivered_by.append(
                {"kind": kind, "kind_label": labels[kind], "title": first, "url": url}
            )


# --- Figures --------------------------------------------------------------------------
def percent(part, whole):
    """Whole percentage, rounded half up (118 of 138 is 86%)."""
    if not whole:
        return 0
    return (200 * part + whole) // (2 * whole)


@dataclass
class Figures:
    label: str
    total: int
    counts: Counter

    @property
    def monitored(self):
        return sum(self.counts[status] for status in REPORTED)

    @property
    def done(self):
        return self.counts[Progress.DONE]

    @property
    def not_monitored(self):
        return self.total - self.monitored

    @property
    def monitored_percent(self):
        return percent(self.monitored, self.total)

    @property
    def done_percent(self):
        return percent(self.done, self.total)

    def count(self, status):
        if status == Progress.NOT_MONITORED:
            return self.not_monitored
        return self.counts[status]

    def breakdown(self):
        return [(value, label, self.count(value)) for value, label in Progress.choices]


def figures_for(top):
    """Figures per top-level row (axis, objective, gap) and overall."""
    rows = []
    overall = Counter()
    overall_total = 0
    for node in top:
        leaves = node.monitored_leaves()
        counts = Counter(leaf.status.status for leaf in leaves if leaf.status is not None)
        rows.append(
            Figures(label=f"{node.code}. {node.item.title}", total=len(leaves), counts=counts)
        )
        overall.update(counts)
        overall_total += len(leaves)
    return rows, Figures(label=_("Whole plan"), total=overall_total, counts=overall)


def published_cycles(page):
    return list(published_cycles_query(page))
