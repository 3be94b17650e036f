"""Reporting and assistance channels, and the directory page that lists them."""

import datetime
import unicodedata
import uuid

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PublishingPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from channels import schedule
from channels.geography import STATE_CHOICES, STATES, default_time_zone, validate_time_zone
from website.blocks import PhoneNumberBlock
from website.models import ContentPage

STALE_AFTER = datetime.timedelta(days=365)


class Kind(models.TextChoices):
    NATIONAL_HOTLINE = "hotline", _("National hotline")
    POLICE = "police", _("Police")
    PROSECUTION = "prosecution", _("Prosecution service")
    LABOUR_INSPECTION = "labour_inspection", _("Labour inspection")
    SOCIAL_ASSISTANCE = "social_assistance", _("Social assistance (CRAS, CREAS, Centro POP)")
    NETP = "netp", _("State centre against trafficking (NETP)")
    PAAHM = "paahm", _("Advanced post for migrants (PAAHM)")
    PUBLIC_DEFENDER = "public_defender", _("Public defender")
    CONSULATE = "consulate", _("Consulate or embassy")
    CIVIL_SOCIETY = "civil_society", _("Civil-society organisation")
    COMMITTEE = "committee", _("State or municipal committee")


# Lazy labels, looked up by value: get_kind_display() hashes every choice label on each
# call (a translation each), which a directory listing paid once per card.
KIND_LABELS = dict(Kind.choices)


class Stage(models.TextChoices):
    REPORT = "report", _("Report")
    RESPONSE = "response", _("Response")
    RESCUE = "rescue", _("Rescue")
    POST_RESCUE = "post_rescue", _("Post-rescue")
    VICTIM_CARE = "victim_care", _("Victim care")


class Scope(models.TextChoices):
    NATIONAL = "national", _("National")
    STATE = "state", _("State")
    MUNICIPAL = "municipal", _("Municipal")
    ABROAD = "abroad", _("Abroad")


# National first, then the state's, then the municipality's: the directory's order.
SCOPE_RANK = {Scope.NATIONAL: 0, Scope.STATE: 1, Scope.MUNICIPAL: 2, Scope.ABROAD: 3}


class Status(models.TextChoices):
    ACTIVE = "active", _("Active")
    SUSPENDED = "suspended", _("Suspended")


# Languages a channel may answer in; names in the reader's language come from gettext.
LANGUAGE_CHOICES = [
    ("pt", _("Portuguese")),
    ("es", _("Spanish")),
    ("en", _("English")),
    ("fr", _("French")),
    ("ht", _("Haitian Creole")),
    ("ar", _("Arabic")),
    ("zh", _("Chinese")),
    ("ru", _("Russian")),
    ("uk", _("Ukrainian")),
    ("wao", _("Warao")),
]


class ChoiceListField(models.CharField):
    """Several choices in one column, stored as ",a,b," so a database filter for one
    value is a plain ``__contains=",a,"`` on SQLite and PostgreSQL alike."""

    def __init__(self, *args, choice_list=(), **kwargs):
        self.choice_list = list(choice_list)
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path_, args, kwargs = super().deconstruct()
        kwargs.pop("choice_list", None)
        return name, path_, args, kwargs

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return list(value)
        return [item for item in (value or "").split(",") if item]

    def get_prep_value(self, value):
        if isinstance(value, str):
            return value
        items = [str(item) for item in value or []]
        return f",{','.join(items)}," if items else ""

    def value_to_string(self, obj):
        return ",".join(self.value_from_object(obj))

    def validate(self, value, model_instance):
        allowed = {key for key, _label in self.choice_list}
        unknown = [item for item in value if item not in allowed]
        if unknown:
            raise ValidationError(
                _("Unknown value(s): %(values)s."), params={"values": ", ".join(unknown)}
            )
        if not value and not self.blank:
            raise ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        from django import forms

        return forms.TypedMultipleChoiceField(
            choices=self.choice_list,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )


def fold(text):
    """Lower case without accents: how both search paths compare words."""
    decomposed = unicodedata.normalize("NFKD", str(text or "").casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


phone_validator = RegexValidator(
    r"^\+?[0-9][0-9 ().-]{1,28}$", _("Use only digits, spaces, brackets, dots and dashes.")
)


class OrganisationKind(models.TextChoices):
    FEDERAL = "federal", _("Federal government body")
    STATE = "state", _("State or municipal government body")
    JUSTICE = "justice", _("Justice system (prosecution, public defender, courts)")
    POLICE = "police", _("Police")
    INTERNATIONAL = "international", _("International organisation")
    CIVIL_SOCIETY = "civil_society", _("Civil-society organisation")
    NETWORK = "network", _("Network or committee")
    PRIVATE = "private", _("Private company or association")


class Organisation(TranslatableMixin, models.Model):
    """A body that runs channels or takes part in the national plans (MJSP, PF, DPU...).

    Shared by the channels directory (a channel may belong to one) and the plans app
    (partners of each activity). The acronym and website are the same in every
    language; the name is translated.
    """

    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(
        _("acronym"),
        max_length=40,
        help_text=_("Short name, as used in plan documents and CSV files (MJSP, PF, DPU)."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("acronym"),
        FieldPanel("kind"),
        FieldPanel("website"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("acronym"),
        SynchronizedField("kind"),
        SynchronizedField("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["acronym"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "acronym"], name="organisation_unique_acronym"
            )
        ]

    def __str__(self):
        if self.acronym and self.acronym != self.name:
            return f"{self.acronym} - {self.name}"
        return self.name


class Channel(
    PreviewableMixin,
    LockableMixin,
    DraftStateMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    models.Model,
):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=100, allow_unicode=False, help_text=_("Part of its address.")
    )
    description = models.TextField(_("what it does"), blank=True, max_length=600)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="channels",
        help_text=_("Optional: the body that runs this channel."),
    )
    stages = ChoiceListField(
        _("stages of the care flow"), choice_list=Stage.choices, blank=False, default=list
    )
    scope = models.CharField(_("scope"), max_length=20, choices=Scope.choices)
    uf = models.CharField(_("state (UF)"), max_length=2, choices=STATE_CHOICES, blank=True)
    municipality = models.CharField(_("municipality"), max_length=100, blank=True)
    country = models.CharField(
        _("country"), max_length=100, blank=True, help_text=_("For channels abroad.")
    )

    phones = StreamField(
        [("phone", PhoneNumberBlock())], verbose_name=_("phone numbers"), blank=True
    )
    whatsapp = models.CharField(
        _("WhatsApp number"), max_length=30, blank=True, validators=[phone_validator]
    )
    telegram = models.CharField(
        _("Telegram user"),
        max_length=40,
        blank=True,
        validators=[RegexValidator(r"^[A-Za-z0-9_]{5,32}$", _("Only the user name, no @."))],
    )
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    online_form = models.URLField(_("online form"), blank=True)

    address = models.TextField(_("address"), blank=True, max_length=300)
    latitude = models.FloatField(
        _("latitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.FloatField(
        _("longitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    hide_address = models.BooleanField(
        _("hide the address"),
        default=False,
        help_text=_("For shelters: the address and map point never reach the public."),
    )

    open_24h = models.BooleanField(_("open 24 hours"), default=False)
    hours = models.TextField(
        _("opening hours"),
        blank=True,
        validators=[schedule.validate_hours],
        help_text=_('One rule per line, like "mo-fr 08:00-18:00" or "sa 09:00-13:00".'),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        default="America/Sao_Paulo",
        validators=[validate_time_zone],
        help_text=_("The channel's own, like America/Manaus or America/Rio_Branco."),
    )
    closed_on_holidays = models.BooleanField(_("closed on national holidays"), default=True)

    languages = ChoiceListField(_("languages spoken"), choice_list=LANGUAGE_CHOICES)
    interpreting = models.BooleanField(_("interpreting offered"), default=False)
    libras = models.BooleanField(_("serves in Libras"), default=False)
    wheelchair = models.BooleanField(_("wheelchair accessible"), default=False)

    who_it_serves = models.TextField(_("who it serves"), blank=True, max_length=600)
    documents_needed = models.TextField(_("documents needed"), blank=True, max_length=600)
    undocumented_welcome = models.BooleanField(_("serves people without documents"), default=True)
    what_happens = models.TextField(_("what happens when you report"), blank=True, max_length=1200)

    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE
    )
    status_alert = models.CharField(_("alert"), max_length=300, blank=True)
    last_verified = models.DateField(_("last verified on"), null=True, blank=True)
    verified_by = models.CharField(_("verified by"), max_length=120, blank=True)

    # Accent-free, lower-case text of the searchable fields: the database search path.
    search_text = models.TextField(editable=False, blank=True, default="")
    sort_name = models.CharField(editable=False, max_length=200, blank=True, default="")

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="channel")

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("slug"),
                FieldPanel("description"),
                FieldPanel("kind"),
                FieldPanel("organisation"),
            ],
            heading=_("Channel"),
        ),
        FieldPanel("stages"),
        MultiFieldPanel(
            [
                FieldPanel("scope"),
                FieldRowPanel([FieldPanel("uf"), FieldPanel("municipality")]),
                FieldPanel("country"),
            ],
            heading=_("Where it works"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("phones"),
                FieldRowPanel([FieldPanel("whatsapp"), FieldPanel("telegram")]),
                FieldPanel("email"),
                FieldPanel("website"),
                FieldPanel("online_form"),
            ],
            heading=_("Contacts"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("hide_address"),
            ],
            heading=_("Address"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("open_24h"),
                FieldPanel("hours"),
                FieldPanel("time_zone"),
                FieldPanel("closed_on_holidays"),
            ],
            heading=_("Hours"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("languages"),
                FieldPanel("interpreting"),
                FieldPanel("libras"),
                FieldPanel("wheelchair"),
            ],
            heading=_("Languages and accessibility"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("who_it_serves"),
                FieldPanel("documents_needed"),
                FieldPanel("undocumented_welcome"),
                FieldPanel("what_happens"),
            ],
            heading=_("Who it serves"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("status_alert"),
                FieldRowPanel([FieldPanel("last_verified"), FieldPanel("verified_by")]),
            ],
            heading=_("Status and verification"),
        ),
        PublishingPanel(),
    ]

    # Contacts, places and hours are the same in every language; translators get the
    # texts only.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        TranslatableField("phones"),
        TranslatableField("who_it_serves"),
        TranslatableField("documents_needed"),
        TranslatableField("what_happens"),
        TranslatableField("status_alert"),
        *[
            SynchronizedField(name)
            for name in [
                "slug", "kind", "organisation", "stages", "scope", "uf", "municipality", "country",
                "whatsapp", "telegram", "email", "website", "online_form", "address",
                "latitude", "longitude", "hide_address", "open_24h", "hours", "time_zone",
                "closed_on_holidays", "languages", "interpreting", "libras", "wheelchair",
                "undocumented_welcome", "status", "last_verified", "verified_by",
            ]
        ],
    ]  # fmt: skip

    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        # Editors find a channel by its city in the admin listing.
        index.SearchField("municipality"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("channel")
        verbose_name_plural = _("channels")
        ordering = ["sort_name"]
        indexes = [models.Index(fields=["locale", "live", "scope", "uf"])]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="channel_unique_slug")
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:100] or uuid.uuid4().hex[:12]
        if not self.time_zone:
            self.time_zone = default_time_zone(self.uf)
        self.hours = schedule.normalise_hours(self.hours)
        self.sort_name = fold(self.name)[:200]
        self.search_text = self.build_search_text()
        super().save(*args, **kwargs)

    @property
    def revisions(self):
        return self._revisions

    # --- Validation and derived fields ---------------------------------------------
    def clean(self):
        super().clean()
        errors = {}
        if self.scope in (Scope.STATE, Scope.MUNICIPAL) and not self.uf:
            errors["uf"] = _("A state or municipal channel needs its state (UF).")
        if self.scope == Scope.MUNICIPAL and not self.municipality:
            errors["municipality"] = _("A municipal channel needs its municipality.")
        if self.scope == Scope.ABROAD and self.uf:
            errors["uf"] = _("A channel abroad has no state (UF).")
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = _("Give both latitude and longitude, or neither.")
        if self.status == Status.SUSPENDED and not self.status_alert:
            errors["status_alert"] = _("Tell readers what to do while it is suspended.")
        if errors:
            raise ValidationError(errors)

    def build_search_text(self):
        parts = [
            self.name,
            self.description,
            self.municipality,
            self.country,
            STATES.get(self.uf, ("",))[0],
            self.uf,
            self.who_it_serves,
        ]
        return " ".join(fold(part) for part in parts if part)

    # --- What readers see -----------------------------------------------------------
    @property
    def is_stale(self):
        """Not verified in the last 12 months (or never): "to be confirmed"."""
        if self.last_verified is None:
            return True
        return self.last_verified < timezone.localdate() - STALE_AFTER

    @property
    def verification_label(self):
        """The admin list's flag for Moderators."""
        if self.is_stale:
            return _("To be confirmed")
        return _("Verified")

    @property
    def is_suspended(self):
        return self.status == Status.SUSPENDED

    @property
    def public_address(self):
        return "" if self.hide_address else self.address

    @property
    def public_point(self):
        if self.hide_address or self.latitude is None or self.longitude is None:
            return None
        return (self.latitude, self.longitude)

    def is_open_at(self, moment):
        return schedule.is_open(
            moment,
            time_zone=self.time_zone,
            open_24h=self.open_24h,
            hours=self.hours,
            closed_on_holidays=self.closed_on_holidays,
            active=self.status == Status.ACTIVE,
        )

    @property
    def is_open_now(self):
        return self.is_open_at(timezone.now())

    @cached_property
    def hours_by_day(self):
        return schedule.describe_hours(self.hours)

    @property
    def kind_label(self):
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def stage_labels(self):
        labels = dict(Stage.choices)
        return [labels[stage] for stage in self.stages if stage in labels]

    @property
    def language_labels(self):
        labels = dict(LANGUAGE_CHOICES)
        return [labels[code] for code in self.languages if code in labels]

    @property
    def state_name(self):
        return STATES.get(self.uf, ("",))[0]

    @property
    def telegram_url(self):
        return f"https://t.me/{self.telegram}" if self.telegram else ""

    @property
    def whatsapp_url(self):
        digits = "".join(ch for ch in self.whatsapp if ch.isdigit())
        return f"https://wa.me/{digits}" if digits else ""

    def get_preview_template(self, request, mode_name):
        return "channels/channel_preview.html"


class ChannelDirectoryPage(RoutablePageMixin, ContentPage):
    """The directory ("Onde pedir ajuda"): a content page whose body introduces the
    channels listed under it, with a page per channel and a pocket card per state.

    It extends ContentPage so the help page keeps its id, body and links when the demo
    converts it in place."""

    parent_page_types = ["website.HomePage"]
    subpage_types = ["website.ContentPage"]
    max_count_per_parent = 1
    template = "channels/channel_directory_page.html"

    class Meta:
        verbose_name = _("channel directory")
        verbose_name_plural = _("channel directories")

    @path("")
    def directory(self, request):
        from channels.views import directory

        return directory(request, self)

    @path("canal/<slug:slug>/")
    def channel(self, request, slug):
        from channels.views import channel_detail

        return channel_detail(request, self, slug)

    @path("cartao/<str:uf>/")
    def pocket_card(self, request, uf):
        from channels.views import pocket_card

        return pocket_card(request, self, uf)

    @path("cartao/<str:uf>/texto/")
    def pocket_card_text(self, request, uf):
        from channels.views import pocket_card_text

        return pocket_card_text(request, self, uf)

    def channel_url(self, channel):
        return self.url + self.reverse_subpage("channel", args=[channel.slug])
