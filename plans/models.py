"""National plans: their structure, their monitoring cycles and what delivers them.

A plan is a translatable page. Its structure (axes or objectives, goals or priority
actions, actions or activities, each with a code such as 1.1.3) is a list of rows on
that page, translated with the page by wagtail-localize: codes and levels are
synchronised, titles, products and indicators are translated.

Everything that is not text belongs to the activity whatever the language of the page,
so it hangs on the rows of the pt-BR (source) page: partners, monitoring statuses and
the campaigns, courses and live trainings tagged with an activity. A translated page
finds them through the rows' shared ``translation_key``.
"""

from urllib.parse import urlparse

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import (
    MaxValueValidator,
    MinValueValidator,
    RegexValidator,
    URLValidator,
)
from django.db import models
from django.db.models import Q
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from website.blocks import BaseContentBlock
from website.models import BasePortalPage

EN_DASH = "\u2013"  # periods such as 2018-2022 take an en dash
CODE_PATTERN = r"^[0-9]{1,3}(\.[0-9]{1,3}){0,3}$"
code_validator = RegexValidator(
    CODE_PATTERN, _("Write the code as numbers separated by dots, like 1, 1.2 or 1.2.3.")
)


class Level(models.TextChoices):
    AXIS = "axis", _("Thematic axis")
    OBJECTIVE = "objective", _("Specific objective")
    GAP = "gap", _("Gap")
    GOAL = "goal", _("Goal")
    PRIORITY_ACTION = "priority_action", _("Priority action")
    ACTION = "action", _("Action")
    ACTIVITY = "activity", _("Activity")


# The rows that are monitored (each gets a status per cycle) and that campaigns, courses
# and trainings are tagged with.
MONITORED_LEVELS = (Level.ACTION, Level.ACTIVITY)


class Progress(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    NOT_MONITORED = "not_monitored", _("Not monitored")


# An activity counts as monitored in a cycle when someone reported on it, whatever the
# answer; "not monitored" and no status at all both mean nobody did.
REPORTED = (Progress.NOT_STARTED, Progress.IN_PROGRESS, Progress.DONE)


def code_key(code):
    """Natural order of codes: 1.2 before 1.10."""
    return tuple(int(part) for part in code.split(".") if part.isdigit())


def parent_code(code):
    return code.rpartition(".")[0]


def anchor(code):
    return "a-" + code.replace(".", "-")


def split_lines(text):
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def is_source_locale(locale):
    return locale.language_code == settings.LANGUAGE_CODE


# --- Pages ----------------------------------------------------------------------------
class PlanIndexPage(BasePortalPage):
    body = StreamField(BaseContentBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePortalPage.search_fields, index.SearchField("body")]
    subpage_types = ["plans.PlanPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("national plans index")
        verbose_name_plural = _("national plans indexes")

    def get_context(self, request, *args, **kwargs):
        from website.restrictions import public_only

        context = super().get_context(request, *args, **kwargs)
        context["plans"] = public_only(
            PlanPage.objects.live().child_of(self).order_by("-start_year", "title")
        )
        return context


class PlanPageForm(WagtailAdminPageForm):
    """Checks the structure as a whole: unique codes, every code's parent present, and no
    row removed while monitoring statuses or tagged campaigns and courses point to it."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("items")
        if formset is None or not hasattr(formset, "cleaned_data"):
            return cleaned
        kept, removed = {}, []
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if not data:
                continue
            if data.get("DELETE"):
                if form.instance.pk:
                    removed.append(form.instance)
                continue
            code = data.get("code")
            if not code:
                continue
            if code in kept:
                form.add_error(
                    "code", _("Another row already has the code %(code)s.") % {"code": code}
                )
            kept[code] = form
        for code, form in kept.items():
            parent = parent_code(code)
            if parent and parent not in kept:
                form.add_error(
                    "code",
                    _("There is no row with the code %(parent)s for %(code)s to belong to.")
                    % {"parent": parent, "code": code},
                )
        for item in removed:
            if item.is_referenced():
                raise ValidationError(
                    _(
                        "%(code)s cannot be removed: it has monitoring statuses or campaigns, "
                        "courses or trainings tagged with it."
                    )
                    % {"code": item.code}
                )
        return cleaned


class PlanPage(RoutablePageMixin, BasePortalPage):
    short_name = models.CharField(
        _("short name"),
        max_length=40,
        help_text=_(
            "How documents and campaigns refer to the plan, e.g. I PAECM or III PNETP. "
            "The same in every language."
        ),
    )
    decree = models.CharField(
        _("legal basis"),
        max_length=250,
        blank=True,
        help_text=_("The decree or act that approved the plan, e.g. Decree 9.440 of 3 July 2018."),
    )
    start_year = models.PositiveSmallIntegerField(
        _("first year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    end_year = models.PositiveSmallIntegerField(
        _("last year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    objectives = StreamField(
        [("objective", blocks.TextBlock(label=_("Objective"), max_length=800))],
        verbose_name=_("general objectives"),
        blank=True,
    )
    body = StreamField(BaseContentBlock(), verbose_name=_("body"), blank=True)
    monitoring_method = StreamField(
        BaseContentBlock(),
        verbose_name=_("how the plan is monitored"),
        blank=True,
        help_text=_("Who monitors the plan, how often, and where reports are published."),
    )

    base_form_class = PlanPageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("short_name"),
                FieldPanel("decree"),
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
            ],
            heading=_("The plan"),
        ),
        FieldPanel("objectives"),
        FieldPanel("body"),
        FieldPanel("monitoring_method"),
        MultiFieldPanel(
            [
                HelpPanel(
                    content=_(
                        "One row per axis or objective, goal or priority action, and action "
                        "or activity. The code places each row: 1.2.3 belongs to 1.2, which "
                        "belongs to 1. Codes are shared by every language; partners, "
                        "statuses and tags are kept on the Portuguese page. For many rows, "
                        "use National plans → Plans CSV."
                    )
                ),
                InlinePanel("items", label=_("Row")),
            ],
            heading=_("Structure"),
        ),
    ]
    override_translatable_fields = [
        SynchronizedField("short_name"),
        SynchronizedField("start_year"),
        SynchronizedField("end_year"),
    ]
    search_fields = [
        *BasePortalPage.search_fields,
        index.SearchField("short_name"),
        index.SearchField("objectives"),
        index.SearchField("body"),
    ]
    parent_page_types = ["plans.PlanIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("national plan")
        verbose_name_plural = _("national plans")

    def clean(self):
        super().clean()
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The plan cannot end before it starts.")})

    def __str__(self):
        return self.title

    @property
    def period(self):
        return f"{self.start_year}{EN_DASH}{self.end_year}"

    def source_filter(self, prefix=""):
        """Filter on the pt-BR page of this plan (itself, when it is the pt-BR one)."""
        return {
            f"{prefix}translation_key": self.translation_key,
            f"{prefix}locale__language_code": settings.LANGUAGE_CODE,
        }

    @path("")
    def plan(self, request):
        from plans import views

        return views.plan_page(request, self)

    @path("panel/")
    def panel(self, request):
        from plans import views

        return views.panel_page(request, self)

    @path("panel/csv/")
    def panel_csv(self, request):
        from plans import views

        return views.panel_csv(request, self)


def monitored_choices():
    return Q(level__in=MONITORED_LEVELS, locale__language_code=settings.LANGUAGE_CODE)


def source_plans():
    return Q(locale__language_code=settings.LANGUAGE_CODE)


class PlanItem(TranslatableMixin, Orderable, ClusterableModel):
    """One row of a plan's structure: an axis, goal, action, activity..."""

    page = ParentalKey(PlanPage, on_delete=models.CASCADE, related_name="items")
    code = models.CharField(_("code"), max_length=20, validators=[code_validator])
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    title = models.TextField(_("title"), max_length=600)
    description = models.TextField(
        _("details"),
        blank=True,
        max_length=2000,
        help_text=_("For a gap, the need it answers; for any row, what it is about."),
    )
    expected_products = models.TextField(
        _("expected products"), blank=True, max_length=2000, help_text=_("One per line.")
    )
    indicators = models.TextField(
        _("indicators"), blank=True, max_length=2000, help_text=_("One per line.")
    )
    partners = ParentalManyToManyField(
        "channels.Organisation",
        verbose_name=_("partners"),
        blank=True,
        related_name="plan_items",
        limit_choices_to=Q(locale__language_code=settings.LANGUAGE_CODE),
        help_text=_("Organisations responsible for or taking part in this row."),
    )

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("level")]),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("expected_products"), FieldPanel("indicators")]),
        FieldPanel("partners"),
    ]
    translatable_fields = [
        SynchronizedField("code", overridable=False),
        SynchronizedField("level", overridable=False),
        TranslatableField("title"),
        TranslatableField("description"),
        TranslatableField("expected_products"),
        TranslatableField("indicators"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("plan row")
        verbose_name_plural = _("plan rows")
        ordering = ["sort_order"]
        indexes = [models.Index(fields=["page", "code"])]

    def __str__(self):
        return f"{self.code} {self.title}"

    @classmethod
    def from_serializable_data(cls, data, check_fks=True, strict_fks=False):
        """Rows are rebuilt from their page's revision whenever it is opened, published or
        translated. modelcluster would check that each row's page and locale still exist:
        two queries per row (thousands for a large plan) that cannot fail, since the page
        is the one being rebuilt and a locale in use cannot be deleted (PROTECT). Partners
        are still looked up, so a deleted organisation drops out."""
        return super().from_serializable_data(data, check_fks=False, strict_fks=strict_fks)

    def clean(self):
        super().clean()
        if self.code and self.level:
            depth = len(self.code.split("."))
            if self.level in MONITORED_LEVELS and depth == 1:
                raise ValidationError(
                    {"level": _("An action or activity belongs to an axis or objective.")}
                )

    @property
    def is_monitored(self):
        return self.level in MONITORED_LEVELS

    @property
    def anchor(self):
        return anchor(self.code)

    def products_list(self):
        return split_lines(self.expected_products)

    def indicators_list(self):
        return split_lines(self.indicators)

    def is_referenced(self):
        return (
            self.statuses.exists()
            or self.campaign_links.exists()
            or self.course_links.exists()
            or self.training_links.exists()
        )


class ActivityField(models.ForeignKey):
    """A foreign key to a monitored row, offered in forms as "I PAECM 1.3.4 - title"
    (the plan's short name comes with the rows in one query)."""

    def formfield(self, **kwargs):
        field = super().formfield(**kwargs)
        field.queryset = field.queryset.select_related("page").order_by("page__title", "sort_order")
        field.label_from_instance = activity_label
        return field


def activity_label(item):
    title = item.title if len(item.title) <= 90 else item.title[:88] + "…"
    return f"{item.page.short_name} {item.code} {EN_DASH} {title}"


# --- Monitoring -----------------------------------------------------------------------
class MonitoringCycle(models.Model):
    plan = models.ForeignKey(
        PlanPage,
        verbose_name=_("plan"),
        on_delete=models.PROTECT,
        related_name="cycles",
        limit_choices_to=source_plans,
    )
    label = models.CharField(
        _("label"),
        max_length=80,
        help_text=_(
            "For the admin, e.g. 2025 · 1st half. Readers see the period in their language."
        ),
    )
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("Readers see a cycle in the panel only once it is published."),
    )

    panels = [
        FieldPanel("plan"),
        FieldPanel("label"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldPanel("published"),
    ]

    class Meta:
        verbose_name = _("monitoring cycle")
        verbose_name_plural = _("monitoring cycles")
        ordering = ["-starts_on"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "starts_on"], name="one_cycle_per_plan_start")
        ]

    def __str__(self):
        return f"{self.plan.short_name} · {self.label}" if self.plan_id else self.label

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("A cycle cannot end before it starts.")})
        if self.plan_id and not is_source_locale(self.plan.locale):
            raise ValidationError(
                {"plan": _("Choose the Portuguese page of the plan: monitoring is kept there.")}
            )

    @property
    def period_label(self):
        """The cycle's period in the reader's language: "1st half of 2025", "2021"..."""
        start, end = self.starts_on, self.ends_on
        if start.year == end.year and start.day == 1:
            if (start.month, end.month, end.day) == (1, 6, 30):
                return _("1st half of %(year)s") % {"year": start.year}
            if (start.month, end.month, end.day) == (7, 12, 31):
                return _("2nd half of %(year)s") % {"year": start.year}
            if (start.month, end.month, end.day) == (1, 12, 31):
                return str(start.year)
        first, last = date_format(start, "SHORT_DATE_FORMAT"), date_format(end, "SHORT_DATE_FORMAT")
        return f"{first} {EN_DASH} {last}"


evidence_url = URLValidator(schemes=["http", "https"])


def validate_evidence_links(value):
    for link in value.split():
        try:
            evidence_url(link)
        except ValidationError:
            raise ValidationError(
                _("“%(link)s” is not a web address (it must start with https://)."),
                params={"link": link},
            ) from None


class ActivityStatusForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "cycle" in self.fields:
            self.fields["cycle"].queryset = MonitoringCycle.objects.select_related("plan")


class ActivityStatus(RevisionMixin, models.Model):
    """Where one activity stood in one cycle. Every change is kept as a revision (who,
    when, and the whole record, so any two versions can be compared in the admin)."""

    cycle = models.ForeignKey(
        MonitoringCycle,
        verbose_name=_("cycle"),
        on_delete=models.CASCADE,
        related_name="statuses",
    )
    activity = ActivityField(
        PlanItem,
        verbose_name=_("action or activity"),
        on_delete=models.PROTECT,
        related_name="statuses",
        limit_choices_to=monitored_choices,
    )
    status = models.CharField(_("status"), max_length=20, choices=Progress.choices)
    note = models.TextField(_("note"), blank=True, max_length=1000)
    evidence_links = models.TextField(
        _("evidence links"),
        blank=True,
        max_length=2000,
        validators=[validate_evidence_links],
        help_text=_("Web addresses of reports, acts or news that show the progress, one per line."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    base_form_class = ActivityStatusForm
    panels = [
        FieldPanel("cycle"),
        FieldPanel("activity"),
        FieldPanel("status"),
        FieldPanel("note"),
        FieldPanel("evidence_links"),
    ]

    class Meta:
        verbose_name = _("activity status")
        verbose_name_plural = _("activity statuses")
        ordering = ["cycle", "activity__sort_order"]
        constraints = [
            models.UniqueConstraint(fields=["cycle", "activity"], name="one_status_per_cycle")
        ]

    def __str__(self):
        return f"{self.activity.code} · {self.get_status_display()}"

    def clean(self):
        super().clean()
        if self.cycle_id and self.activity_id and self.activity.page_id != self.cycle.plan_id:
            raise ValidationError({"activity": _("This activity is not part of the cycle's plan.")})
        if self.activity_id and not self.activity.is_monitored:
            raise ValidationError({"activity": _("Only actions and activities are monitored.")})

    def evidence_list(self):
        return [
            {"url": link, "host": (urlparse(link).hostname or link).removeprefix("www.")}
            for link in self.evidence_links.split()
        ]

    @property
    def plan_name(self):
        return self.cycle.plan.short_name


# --- What delivers an activity --------------------------------------------------------
class ActivityLink(Orderable):
    """A campaign, course or live training tagged with a monitored row (of the pt-BR
    page: tags, like statuses, are the same in every language)."""

    panels = [FieldPanel("activity")]

    class Meta(Orderable.Meta):
        abstract = True


class CampaignActivity(ActivityLink):
    page = ParentalKey(
        "campaigns.CampaignPage", on_delete=models.CASCADE, related_name="plan_activity_links"
    )
    activity = ActivityField(
        PlanItem,
        verbose_name=_("plan activity"),
        on_delete=models.PROTECT,
        related_name="campaign_links",
        limit_choices_to=monitored_choices,
    )

    class Meta(Orderable.Meta):
        verbose_name = _("national plan activity")
        verbose_name_plural = _("national plan activities")


class CourseActivity(ActivityLink):
    page = ParentalKey(
        "training.CoursePage", on_delete=models.CASCADE, related_name="plan_activity_links"
    )
    activity = ActivityField(
        PlanItem,
        verbose_name=_("plan activity"),
        on_delete=models.PROTECT,
        related_name="course_links",
        limit_choices_to=monitored_choices,
    )

    class Meta(Orderable.Meta):
        verbose_name = _("national plan activity")
        verbose_name_plural = _("national plan activities")


class LiveTrainingActivity(ActivityLink):
    training = ParentalKey(
        "training.LiveTraining", on_delete=models.CASCADE, related_name="plan_activity_links"
    )
    activity = ActivityField(
        PlanItem,
        verbose_name=_("plan activity"),
        on_delete=models.PROTECT,
        related_name="training_links",
        limit_choices_to=monitored_choices,
    )

    class Meta(Orderable.Meta):
        verbose_name = _("national plan activity")
        verbose_name_plural = _("national plan activities")


def activity_links_panel():
    """The panel campaigns, courses and live trainings show to tag activities."""
    return InlinePanel(
        "plan_activity_links",
        label=_("National plan activity"),
        heading=_("National plan activities"),
        help_text=_("The plan activities this delivers; it then appears on each activity."),
    )


STATUS_CSS = {
    Progress.NOT_STARTED: "not-started",
    Progress.IN_PROGRESS: "in-progress",
    Progress.DONE: "done",
    Progress.NOT_MONITORED: "not-monitored",
}
