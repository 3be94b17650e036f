"""The annual report of trainings (action plan of the NETP/PAAHM network, item 3.6):
enrolments, completions, certificates and hours delivered in one calendar year, by
course, by state (UF), by organisation type and by month, with evaluation averages.

What is counted (local time, America/Sao_Paulo):

- **Enrolments**: online-course enrolments whose ``enrolled_at`` falls in the year.
- **Completions**: online-course enrolments whose ``completed_at`` falls in the year.
- **Certificates**: completions (online courses and live-training attendance) whose
  first certificate (version 1) was issued in the year. A name correction issues a new
  version of the same completion, so each completion counts once; a completion with a
  revoked version does not count at all.
- **Hours delivered**: the workload on those certificates, summed.

A trainee's UF and organisation type come from their profile; live-training attendees
have a UF of their own and no organisation type; anything missing (an account without a
profile, a deleted account) is "not informed", so every breakdown adds up to the total.

Privacy (the report is about people, so small numbers would single someone out):

1. A count of 1 or 2 people is shown as "< 3" (``SUPPRESSED``); 0 is shown as 0.
2. Complementary suppression: every breakdown adds up to the year's total, which is
   shown. When a column (one figure in one breakdown) has exactly one hidden cell, its
   smallest other non-zero cell is hidden too, so the total minus the shown cells only
   gives the sum of two hidden cells, never one. (Rows need no such rule: they have no
   totals, their figures measure different things.)
3. Hours are certificates times a course's known workload, so an hours cell is hidden
   exactly where its certificates cell is (and the hours total with the certificates
   total). That is not enough by course: the workloads are public, so the hidden
   cells' hours (the total minus the shown ones) would give a second equation beside
   their certificates, and two hidden courses of different workloads would give away
   both counts. The second cell hidden beside a lone one is therefore a course with the
   same hours per certificate where there is one; when the hidden courses still differ,
   the year's hours are withheld everywhere (``hours_withheld``), since every breakdown's
   hours add up to the same total. Cells by UF, organisation type or month mix courses
   of different workloads, so their hidden hours give no such second equation; in a
   very small year, whole-number counts could still narrow them down (a known limit).
4. Evaluation averages of a course are shown only from ``MIN_ANSWERS_SHOWN`` answers
   in the year; no comment, name or date is reported.

No name, e-mail or CPF is ever read: every query groups and counts on the database.
The report costs four queries however many enrolments there are (one pass over the
enrolments for both enrolments and completions, one over the certificates, one over the
evaluations, one for the course titles), and Python only adds up their groups, whose
number depends on the courses, states, types and months, never on the people. Each
row's local month is a CASE on the date against the year's 13 local month boundaries
rather than a truncation of the date: the database compares plain values (no per-row
time-zone function on SQLite) and months follow local time, daylight saving included.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connections, router
from django.db.models import (
    Avg,
    Case,
    Count,
    DateTimeField,
    Exists,
    F,
    Func,
    IntegerField,
    Max,
    Min,
    OuterRef,
    Q,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.db.models.lookups import GreaterThanOrEqual, LessThan
from django.utils import timezone
from django.utils.dates import MONTHS, MONTHS_3
from django.utils.translation import gettext as _

from training.models import Certificate, CourseEvaluation, CoursePage, Enrolment
from training.models.certificates import REVOKED
from training.models.evaluations import MIN_ANSWERS_SHOWN
from training.models.trainees import ORGANISATION_TYPES, UF_CHOICES

MIN_PEOPLE_SHOWN = 3
SUPPRESSED = "< 3"
NOT_INFORMED = ""
MEASURES = ("enrolments", "completions", "certificates", "hours")
BREAKDOWNS = ("course", "uf", "organisation", "month")
MONTH_NUMBERS = range(1, 13)


@dataclass
class Row:
    key: str
    label: str
    enrolments: object = 0  # an int, or SUPPRESSED
    completions: object = 0
    certificates: object = 0
    hours: object = 0
    evaluation: dict | None = None

    def figures(self):
        return [getattr(self, measure) for measure in MEASURES]


@dataclass
class Breakdown:
    name: str
    title: str
    header: str
    rows: list = field(default_factory=list)


@dataclass
class AnnualReport:
    year: int
    total: Row
    breakdowns: list
    evaluations: list
    hours_withheld: bool = False  # privacy rule 3: hours would give hidden counts away

    def breakdown(self, name):
        return next(breakdown for breakdown in self.breakdowns if breakdown.name == name)


def year_bounds(year):
    """The 13 local midnights that open each month of the year and the next year."""
    zone = timezone.get_default_timezone()
    starts = [datetime.datetime(year, month, 1, tzinfo=zone) for month in MONTH_NUMBERS]
    return [*starts, datetime.datetime(year + 1, 1, 1, tzinfo=zone)]


def years_with_data():
    """From the first year with an enrolment or certificate to the last (and the
    current year), newest first. Two MIN/MAX queries, which the date indexes answer."""
    enrolments = Enrolment.objects.aggregate(
        first=Min("enrolled_at"), last_enrolled=Max("enrolled_at"), last=Max("completed_at")
    )
    certificates = Certificate.objects.aggregate(first=Min("issued_at"), last=Max("issued_at"))
    moments = [
        value for value in (*enrolments.values(), *certificates.values()) if value is not None
    ]
    current = timezone.localdate().year
    years = {timezone.localtime(moment).year for moment in moments} | {current}
    return list(range(max(years), min(years) - 1, -1))


def _date(name, model):
    """The date column to filter and group on. On SQLite it is written ``+column`` (a
    no-op SQLite documents for this): otherwise SQLite walks the date index and fetches
    each of the year's rows from the table one at a time, three times slower than reading
    the table through (measured at 100,000 enrolments). PostgreSQL's planner chooses
    between index and scan itself, so there the column stays plain."""
    if connections[router.db_for_read(model)].vendor == "sqlite":
        return Func(F(name), template="+%(expressions)s", output_field=DateTimeField())
    return F(name)


def _month_of(column, bounds):
    """The local month (1 to 12) of ``column`` within the year, 0 outside it or when
    empty: one CASE the database evaluates per row, so months are grouped on, not
    computed in Python, and follow local time (daylight saving included)."""
    whens = [When(LessThan(column, bounds[0]), then=Value(0))]
    whens += [When(LessThan(column, bounds[month]), then=Value(month)) for month in MONTH_NUMBERS]
    return Case(*whens, default=Value(0), output_field=IntegerField())


def _in_year(column, bounds):
    return Q(GreaterThanOrEqual(column, bounds[0])) & Q(LessThan(column, bounds[-1]))


def _enrolment_groups(bounds):
    """Enrolments enrolled or completed in the year, counted per course, UF,
    organisation type, month of enrolment and month of completion: one query, one pass
    over the table for both figures."""
    enrolled, completed = _date("enrolled_at", Enrolment), _date("completed_at", Enrolment)
    return (
        Enrolment.objects.filter(_in_year(enrolled, bounds) | _in_year(completed, bounds))
        .values(
            "course_key",
            uf=F("user__training_profile__uf"),
            organisation=F("user__training_profile__organisation_type"),
            enrolled_month=_month_of(enrolled, bounds),
            completed_month=_month_of(completed, bounds),
        )
        .annotate(people=Count("id"))
        .order_by()
    )


def _certificate_groups(bounds):
    """Counted certificates of the year (version 1, issued in the year, no revoked
    version) per course, UF, organisation type and month, with their hours. The course
    is grouped by id (no join to the pages); a live training with no course by title."""
    revoked = Certificate.objects.filter(source_key=OuterRef("source_key"), status=REVOKED)
    issued = _date("issued_at", Certificate)
    return (
        Certificate.objects.filter(version=1)
        .filter(_in_year(issued, bounds))
        .filter(~Exists(revoked))
        .values(
            "course_id",
            title=Case(When(course__isnull=True, then=F("course_title")), default=Value("")),
            uf=Coalesce("user__training_profile__uf", "attendee__uf"),
            organisation=F("user__training_profile__organisation_type"),
            month=_month_of(issued, bounds),
        )
        .annotate(people=Count("id"), hours=Sum("hours"))
        .order_by()
    )


def _evaluation_groups(bounds):
    return (
        CourseEvaluation.objects.filter(created_at__gte=bounds[0], created_at__lt=bounds[-1])
        .values("course_key")
        .annotate(
            answers=Count("id"),
            overall=Avg("overall"),
            content=Avg("content"),
            usefulness=Avg("usefulness"),
        )
        .order_by()
    )


def _courses(keys, ids):
    """Translation key and pt-BR title (another language's when it has none) of the
    courses met, by translation key or by page id: one query."""
    rows = (
        CoursePage.objects.filter(
            Q(translation_key__in=keys)
            | Q(translation_key__in=CoursePage.objects.filter(id__in=ids).values("translation_key"))
        )
        .values_list("id", "translation_key", "title", "locale__language_code")
        .order_by()
    )
    titles, key_of = {}, {}
    for page_id, key, title, language in rows:
        key_of[page_id] = str(key)
        if language == settings.LANGUAGE_CODE or str(key) not in titles:
            titles[str(key)] = title
    return titles, key_of


class _Counter:
    """Raw figures per breakdown key while the groups are read."""

    def __init__(self):
        self.figures = {name: {} for name in BREAKDOWNS}

    def add(self, group, course, month, measure, amount):
        if not amount:
            return
        for breakdown, key in (
            ("course", course),
            ("uf", group["uf"] or NOT_INFORMED),
            ("organisation", group["organisation"] or NOT_INFORMED),
            ("month", month),
        ):
            row = self.figures[breakdown].setdefault(key, dict.fromkeys(MEASURES, 0))
            row[measure] += amount


def hidden_cells(counts, alike=None):
    """Indexes of the cells of one column to show as SUPPRESSED: the counts of 1 or 2,
    plus, when that is a single cell, the smallest other non-zero one (rule 2), taken
    among the cells ``alike(lone, other)`` accepts when there are any (rule 3)."""
    hidden = {index for index, count in enumerate(counts) if 0 < count < MIN_PEOPLE_SHOWN}
    if len(hidden) == 1:
        (lone,) = hidden
        others = [(count, index) for index, count in enumerate(counts) if count and index != lone]
        if alike is not None:
            others = [other for other in others if alike(lone, other[1])] or others
        if others:
            hidden.add(min(others)[1])
    return hidden


def _same_hours_per_certificate(rows):
    def alike(first, second):
        a, b = rows[first], rows[second]
        return a.hours * b.certificates == b.hours * a.certificates

    return alike


def _suppress(rows, by_course=False):
    """Apply the privacy rules to a breakdown's rows (raw ints) in place. True when the
    hours of the hidden courses would give their certificates away (rule 3)."""
    alike = _same_hours_per_certificate(rows) if by_course else None
    hidden = {}
    for measure in ("enrolments", "completions", "certificates"):
        hidden[measure] = hidden_cells(
            [getattr(row, measure) for row in rows], alike if measure == "certificates" else None
        )
    hidden["hours"] = hidden["certificates"]
    hidden_courses = sorted(hidden["certificates"])
    hours_give_away = by_course and any(
        not alike(hidden_courses[0], other) for other in hidden_courses[1:]
    )
    for measure, indexes in hidden.items():
        for index in indexes:
            setattr(rows[index], measure, SUPPRESSED)
    return hours_give_away


def _evaluation(group):
    if group is None:
        return None
    if group["answers"] < MIN_ANSWERS_SHOWN:
        return {"answers": SUPPRESSED}
    return {
        "answers": group["answers"],
        **{name: round(group[name], 1) for name in ("overall", "content", "usefulness")},
    }


def _labels(titles):
    uf_names = dict(UF_CHOICES)
    organisations = {code: str(label) for code, label in ORGANISATION_TYPES}
    not_informed = _("Not informed")
    return {
        "course": lambda key: titles.get(key, key),
        "uf": lambda key: f"{uf_names[key]} ({key})" if key in uf_names else not_informed,
        "organisation": lambda key: organisations.get(key, not_informed),
        "month": lambda key: str(MONTHS[key]),
    }


def _ordered_keys(name, figures):
    if name == "month":
        return list(MONTH_NUMBERS)
    if name == "uf":
        keys = [code for code, _label in UF_CHOICES]
    elif name == "organisation":
        keys = [code for code, _label in ORGANISATION_TYPES]
    else:  # courses: most enrolments first
        keys = sorted(
            figures, key=lambda key: (-figures[key]["enrolments"], -figures[key]["certificates"])
        )
    if name != "course" and NOT_INFORMED in figures:
        keys.append(NOT_INFORMED)
    return keys


def annual_report(year):
    """The figures of one year, with the privacy rules applied. Four queries."""
    bounds = year_bounds(year)
    counter = _Counter()
    for group in _enrolment_groups(bounds):
        course = str(group["course_key"])
        if group["enrolled_month"]:
            counter.add(group, course, group["enrolled_month"], "enrolments", group["people"])
        if group["completed_month"]:
            counter.add(group, course, group["completed_month"], "completions", group["people"])
    certificate_groups = list(_certificate_groups(bounds))
    evaluations = {str(group["course_key"]): group for group in _evaluation_groups(bounds)}
    course_keys = {*evaluations, *counter.figures["course"]}
    course_ids = {group["course_id"] for group in certificate_groups if group["course_id"]}
    titles, key_of = _courses(course_keys, course_ids)
    for group in certificate_groups:
        # A live training with no course of its own is reported under its title.
        course = key_of.get(group["course_id"]) or "title:" + group["title"]
        counter.add(group, course, group["month"], "certificates", group["people"])
        counter.add(group, course, group["month"], "hours", group["hours"])
    for key in evaluations:
        counter.figures["course"].setdefault(key, dict.fromkeys(MEASURES, 0))
    titles.update(
        {
            key: key.removeprefix("title:")
            for key in counter.figures["course"]
            if key.startswith("title:")
        }
    )
    labels = _labels(titles)

    total = Row(key="total", label=_("Total"))
    for measure in MEASURES:
        setattr(total, measure, sum(row[measure] for row in counter.figures["month"].values()))
    headings = {
        "course": (_("By course"), _("Course")),
        "uf": (_("By state (UF)"), _("State (UF)")),
        "organisation": (_("By organisation type"), _("Organisation type")),
        "month": (_("By month"), _("Month")),
    }
    breakdowns, hours_withheld = [], False
    for name in BREAKDOWNS:
        figures = counter.figures[name]
        rows = [
            Row(
                key=str(key),
                label=labels[name](key),
                **figures.get(key, dict.fromkeys(MEASURES, 0)),
            )
            for key in _ordered_keys(name, figures)
        ]
        if name == "month":
            for row in rows:
                row.key = f"{year}-{int(row.key):02d}"
        if name == "course":
            for row in rows:
                row.evaluation = _evaluation(evaluations.get(row.key))
        hours_withheld = _suppress(rows, by_course=name == "course") or hours_withheld
        breakdowns.append(Breakdown(name, *headings[name], rows=rows))
    _suppress_total(total)
    if hours_withheld:
        total.hours = SUPPRESSED
        for breakdown in breakdowns:
            for row in breakdown.rows:
                row.hours = SUPPRESSED
    evaluated = [row for row in breakdowns[0].rows if row.evaluation is not None]
    return AnnualReport(
        year=year,
        total=total,
        breakdowns=breakdowns,
        evaluations=evaluated,
        hours_withheld=hours_withheld,
    )


def _suppress_total(total):
    for measure in ("enrolments", "completions", "certificates"):
        if 0 < getattr(total, measure) < MIN_PEOPLE_SHOWN:
            setattr(total, measure, SUPPRESSED)
    if total.certificates == SUPPRESSED:
        total.hours = SUPPRESSED


def short_month(number):
    return str(MONTHS_3[number]).capitalize()
