"""Prevention campaigns: the index, the campaign page and its downloadable materials.

A material is a file (a Wagtail document or image, or a video/audio file of ours) with
what a printer or a social media team needs to know about it. A campaign page lists its
materials in rows that belong to that page only: wagtail-localize does not synchronise
them (see ``campaigns.translation``), so the Spanish page can carry a Spanish poster
the Portuguese page does not have.
"""

from pathlib import PurePosixPath

from django.conf import settings
from django.contrib.admin import display as admin_display
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from campaigns.blocks import PlanActivityBlock, ScenarioBlock, VideoBlock
from channels.blocks import ChannelCardBlock
from plans.models import activity_links_panel
from website import page_cache
from website.blocks import BaseContentBlock, PhoneNumberBlock
from website.models import BasePortalPage
from website.restrictions import restricted_paths

AUDIENCES = [
    ("general", _("General public")),
    ("migrants", _("Migrants")),
    ("workers", _("Workers")),
    ("students", _("Students and schools")),
    ("transport", _("Transport and tourism sector")),
    ("public-servants", _("Public servants")),
]
THEMES = [
    ("sexual-exploitation", _("Trafficking for sexual exploitation")),
    ("forced-labour", _("Forced labour")),
    ("domestic-servitude", _("Domestic servitude")),
    ("organ-removal", _("Organ removal")),
    ("illegal-adoption", _("Illegal adoption")),
    ("migrant-smuggling", _("Migrant smuggling")),
]
STATUSES = [("running", _("Running")), ("ended", _("Ended"))]
MATERIAL_KINDS = [
    ("poster", _("Poster")),
    ("leaflet", _("Leaflet")),
    ("social-card", _("Social media card")),
    ("video", _("Video")),
    ("radio-spot", _("Radio spot")),
    ("booklet", _("Booklet")),
]
# Materials are in the portal's languages; each is named in itself, as readers look for it.
MATERIAL_LANGUAGES = list(settings.LANGUAGES)
PRINT_SIZES = [
    ("", _("Not for print")),
    ("A6", "A6"),
    ("A5", "A5"),
    ("A4", "A4"),
    ("A3", "A3"),
    ("A2", "A2"),
    ("A1", "A1"),
    ("A0", "A0"),
    ("banner", _("Banner")),
]

MATERIAL_MAX_BYTES = 50 * 1024 * 1024
MEDIA_MAX_BYTES = 200 * 1024 * 1024
CAPTIONS_MAX_BYTES = 512 * 1024
MATERIAL_DOCUMENT_EXTENSIONS = ["pdf", "odt", "odp", "docx", "pptx"]
MEDIA_EXTENSIONS = ["mp4", "webm", "mp3", "ogg", "m4a"]
VIDEO_EXTENSIONS = {"mp4", "webm"}

# What each file type starts with: an upload that merely carries the right name (an
# HTML page renamed .pdf) is refused.
FILE_SIGNATURES = {
    "pdf": [b"%PDF-"],
    "mp3": [b"ID3", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"],
    "ogg": [b"OggS"],
    "webm": [b"\x1a\x45\xdf\xa3"],
    "docx": [b"PK\x03\x04"],
    "pptx": [b"PK\x03\x04"],
    "odt": [b"PK\x03\x04"],
    "odp": [b"PK\x03\x04"],
}

# Renditions, made when a page is published or a material saved, never while a reader
# waits (see campaigns.renditions).
CARD_SPEC = "fill-640x360|format-webp"
HERO_SPECS = ("width-480|format-webp", "width-1200|format-webp")
SHARE_SPEC = "fill-1200x630|format-jpeg|jpegquality-80"
THUMBNAIL_SPEC = "max-320x320|format-webp"
BODY_IMAGE_SPEC = "width-800|format-webp"


def extension_of(name):
    return PurePosixPath(name or "").suffix.lower().lstrip(".")


def check_signature(file, extension):
    """Refuse a file whose first bytes do not match its extension."""
    signatures = FILE_SIGNATURES.get(extension)
    if not signatures:
        if extension == "mp4" or extension == "m4a":
            file.seek(0)
            head = file.read(12)
            file.seek(0)
            if head[4:8] != b"ftyp":
                raise ValidationError(_("This file is not a real %(ext)s file.") % {"ext": "MP4"})
        return
    file.seek(0)
    head = file.read(8)
    file.seek(0)
    if not any(head.startswith(signature) for signature in signatures):
        raise ValidationError(
            _("This file is not a real %(ext)s file.") % {"ext": extension.upper()}
        )


@deconstructible
class MaxFileSize:
    def __init__(self, limit):
        self.limit = limit

    def __call__(self, file):
        if file.size > self.limit:
            raise ValidationError(
                _("This file is %(size)s MB; the limit is %(limit)s MB.")
                % {"size": round(file.size / 1024 / 1024, 1), "limit": self.limit // 1024 // 1024}
            )

    def __eq__(self, other):
        return isinstance(other, MaxFileSize) and other.limit == self.limit


def check_media_content(file):
    check_signature(file, extension_of(file.name))


def check_captions(file):
    if file.size > CAPTIONS_MAX_BYTES:
        raise ValidationError(_("Caption files are small text files: this one is too big."))
    file.seek(0)
    head = file.read(10).lstrip(b"\xef\xbb\xbf")
    file.seek(0)
    if not head.startswith(b"WEBVTT"):
        raise ValidationError(_("Captions must be a WebVTT file (it starts with WEBVTT)."))


class ChoiceListField(models.CharField):
    """Several choices in one column, stored as ",a,b," so a campaign can be found by
    one of them with a plain ``__contains`` on every database (SQLite has no JSON
    containment)."""

    def __init__(self, *args, options=(), **kwargs):
        self.options = list(options)
        kwargs.setdefault("max_length", 255)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["options"] = [(key, str(label)) for key, label in self.options]
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None or value == "":
            return []
        if isinstance(value, list | tuple):
            return list(value)
        return [item for item in str(value).split(",") if item]

    def get_prep_value(self, value):
        values = self.to_python(value)
        return f",{','.join(values)}," if values else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        keys = {key for key, _label in self.options}
        unknown = [item for item in value if item not in keys]
        if unknown:
            raise ValidationError(_("Unknown choice: %(value)s") % {"value": ", ".join(unknown)})
        if not value and not self.blank:
            raise ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        from django import forms

        return forms.MultipleChoiceField(
            choices=self.options,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )


def labels(options, keys):
    names = dict(options)
    return [names[key] for key in keys if key in names]


class MediaFile(index.Indexed, models.Model):
    """A video or audio file the portal serves itself, with captions for a video."""

    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(
        _("file"),
        upload_to="campaigns/media/",
        validators=[
            FileExtensionValidator(MEDIA_EXTENSIONS),
            MaxFileSize(MEDIA_MAX_BYTES),
            check_media_content,
        ],
        help_text=_("MP4 or WebM video, MP3, OGG or M4A audio, up to 200 MB."),
    )
    captions = models.FileField(
        _("captions (WebVTT)"),
        upload_to="campaigns/captions/",
        blank=True,
        validators=[FileExtensionValidator(["vtt"]), check_captions],
        help_text=_("Required for a video: a .vtt file with what is said and heard."),
    )
    captions_language = models.CharField(
        _("language of the captions"), max_length=10, choices=MATERIAL_LANGUAGES, blank=True
    )

    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]
    panels = [
        FieldPanel("title"),
        FieldPanel("file"),
        FieldRowPanel([FieldPanel("captions"), FieldPanel("captions_language")]),
    ]

    class Meta:
        verbose_name = _("video or audio file")
        verbose_name_plural = _("video and audio files")

    def __str__(self):
        return self.title

    @property
    def is_video(self):
        return extension_of(self.file.name) in VIDEO_EXTENSIONS

    @property
    def mime_type(self):
        return {
            "mp4": "video/mp4",
            "webm": "video/webm",
            "mp3": "audio/mpeg",
            "ogg": "audio/ogg",
            "m4a": "audio/mp4",
        }.get(extension_of(self.file.name), "application/octet-stream")

    def clean(self):
        super().clean()
        if self.file and self.is_video and not self.captions:
            raise ValidationError({"captions": _("A video needs captions (a WebVTT file).")})
        if self.captions and not self.captions_language:
            raise ValidationError(
                {"captions_language": _("Say which language the captions are in.")}
            )


class Material(index.Indexed, models.Model):
    """One downloadable piece of a campaign: a poster, leaflet, social card, video..."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=600)
    kind = models.CharField(_("kind"), max_length=20, choices=MATERIAL_KINDS)
    languages = ChoiceListField(
        _("languages"),
        options=MATERIAL_LANGUAGES,
        blank=False,
        help_text=_("Every language the material is written or spoken in."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("A PDF, ODT, ODP, DOCX or PPTX file, up to 50 MB."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    media = models.ForeignKey(
        MediaFile,
        verbose_name=_("video or audio file"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="materials",
    )
    alt_text = models.CharField(
        _("image description (alt text)"),
        max_length=250,
        blank=True,
        help_text=_("Required for an image: what it shows and the text written on it."),
    )
    print_size = models.CharField(_("print size"), max_length=10, choices=PRINT_SIZES, blank=True)
    print_ready = models.BooleanField(
        _("print-ready"), default=False, help_text=_("With bleed and crop marks, in CMYK.")
    )
    thumbnail = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("thumbnail"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A preview of a document or video. An image material is its own preview."),
    )
    # A plain counter: nothing about who downloaded, when or from where.
    download_count = models.PositiveIntegerField(_("downloads"), default=0, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.SearchField("description"),
        index.FilterField("kind"),
    ]
    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("print_size"), FieldPanel("print_ready")]),
        FieldPanel("languages"),
        MultiFieldPanel(
            [
                FieldPanel("document"),
                FieldPanel("image"),
                FieldPanel("alt_text"),
                FieldPanel("media"),
            ],
            heading=_("File (choose exactly one)"),
        ),
        FieldPanel("thumbnail"),
    ]

    class Meta:
        verbose_name = _("campaign material")
        verbose_name_plural = _("campaign materials")
        ordering = ["title"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # Record the file's size now, in the editor's request, so public pages show it
        # without asking the storage.
        for source in (self.document, self.image):
            if source is not None and not source.file_size:
                source.get_file_size()
        super().save(*args, **kwargs)

    @property
    def source(self):
        return self.document or self.image or self.media

    @property
    def file(self):
        source = self.source
        return source.file if source is not None else None

    @property
    def extension(self):
        return extension_of(self.file.name) if self.file else ""

    @property
    def file_format(self):
        return self.extension.upper()

    @property
    def file_size(self):
        """Size in bytes, from what Wagtail recorded at upload (no storage call)."""
        if self.document is not None:
            return self.document.file_size or 0
        if self.image is not None:
            return self.image.file_size or 0
        if self.media is not None:
            try:
                return self.media.file.size
            except (OSError, ValueError):
                return 0
        return 0

    @property
    def preview_image(self):
        return self.thumbnail or self.image

    @property
    def preview_alt(self):
        if self.thumbnail is None and self.image is not None:
            return self.alt_text or self.image.description
        return ""  # a thumbnail repeats the title shown next to it

    def language_labels(self):
        return labels(MATERIAL_LANGUAGES, self.languages)

    @admin_display(description=_("languages"))
    def languages_display(self):
        return ", ".join(str(label) for label in self.language_labels())

    def download_name(self, language=None):
        from django.utils.text import slugify

        suffix = language or "-".join(self.languages)
        return f"{self.kind}-{slugify(self.title)[:60]}-{suffix}.{self.extension}"

    def clean(self):
        super().clean()
        chosen = [item for item in (self.document, self.image, self.media) if item is not None]
        if len(chosen) != 1:
            raise ValidationError(
                _("Choose exactly one file: a document, an image or a video/audio file.")
            )
        if self.image is not None and not (self.alt_text.strip() or self.image.description):
            raise ValidationError(
                {"alt_text": _("Describe the image for readers who cannot see it (alt text).")}
            )
        if self.document is not None:
            extension = extension_of(self.document.file.name)
            if extension not in MATERIAL_DOCUMENT_EXTENSIONS:
                raise ValidationError(
                    {
                        "document": _("Materials must be %(types)s files, not %(ext)s.")
                        % {
                            "types": ", ".join(e.upper() for e in MATERIAL_DOCUMENT_EXTENSIONS),
                            "ext": extension.upper() or "?",
                        }
                    }
                )
            size = self.document.get_file_size() or 0
            if size > MATERIAL_MAX_BYTES:
                raise ValidationError(
                    {
                        "document": _("This file is %(size)s MB; the limit is %(limit)s MB.")
                        % {
                            "size": round(size / 1024 / 1024, 1),
                            "limit": MATERIAL_MAX_BYTES // 1024 // 1024,
                        }
                    }
                )
            try:
                with self.document.open_file() as handle:
                    check_signature(handle, extension)
            except OSError as error:
                raise ValidationError({"document": _("The file could not be read.")}) from error
            except ValidationError as error:
                raise ValidationError({"document": error.messages}) from error

    def count_download(self):
        """One more download, this year and in total, without reading the counters first
        (two readers at once both count)."""
        year = timezone.localdate().year
        Material.objects.filter(pk=self.pk).update(download_count=F("download_count") + 1)
        updated = MaterialDownloadCount.objects.filter(material_id=self.pk, year=year).update(
            count=F("count") + 1
        )
        if not updated:
            counter, created = MaterialDownloadCount.objects.get_or_create(
                material_id=self.pk, year=year, defaults={"count": 1}
            )
            if not created:
                MaterialDownloadCount.objects.filter(pk=counter.pk).update(count=F("count") + 1)


class MaterialDownloadCount(models.Model):
    """Downloads of a material in one calendar year, for the yearly report."""

    material = models.ForeignKey(Material, on_delete=models.CASCADE, related_name="yearly_counts")
    year = models.PositiveSmallIntegerField(_("year"))
    count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("downloads in a year")
        verbose_name_plural = _("downloads per year")
        constraints = [
            models.UniqueConstraint(fields=["material", "year"], name="one_count_per_material_year")
        ]

    def __str__(self):
        return f"{self.material_id} {self.year}: {self.count}"


class _RememberedListing:
    """The campaigns ``filters`` select on ``index``, as the sequence Django's paginator
    pages through: its length and the ids of each slice the paginator asks for are kept
    under the page cache's generation (the paginator checks the page number first, so
    only real pages are kept); the rows themselves are read fresh, live ones only."""

    def __init__(self, index, filters):
        self.index, self.filters = index, filters
        self.signature = "|".join(f"{name}={filters.get(name) or ''}" for name in sorted(filters))
        if filters.get("status"):
            self.signature += f"|{timezone.localdate().isoformat()}"

    def __len__(self):
        return page_cache.derived(
            "campaign-count",
            self.index.pk,
            self.signature,
            compute=lambda: self.index.campaigns(self.filters).count(),
        )

    def __getitem__(self, window):
        ids = page_cache.derived(
            "campaign-page",
            self.index.pk,
            self.signature,
            window.start,
            window.stop,
            compute=lambda: list(
                self.index.campaigns(self.filters).values_list("pk", flat=True)[window]
            ),
        )
        rows = (
            CampaignPage.objects.live()
            .filter(pk__in=ids)
            .select_related("hero_image")
            .defer("body", "key_messages", "reporting_channels", "plan_activities")
            .in_bulk()
        )
        return [rows[pk] for pk in ids if pk in rows]


class CampaignIndexPage(BasePortalPage):
    body = StreamField(BaseContentBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePortalPage.search_fields, index.SearchField("body")]
    subpage_types = ["campaigns.CampaignPage"]
    max_count_per_parent = 1
    per_page = 12

    class Meta:
        verbose_name = _("campaign index")
        verbose_name_plural = _("campaign indexes")

    def campaigns(self, filters=None):
        filters = filters or {}
        today = timezone.localdate()
        campaigns = (
            CampaignPage.objects.live()
            .child_of(self)
            .select_related("hero_image")
            .order_by("-start_date", "title")
        )
        for path in restricted_paths():
            campaigns = campaigns.exclude(path__startswith=path)
        if filters.get("audience"):
            campaigns = campaigns.filter(audiences__contains=f",{filters['audience']},")
        if filters.get("theme"):
            campaigns = campaigns.filter(themes__contains=f",{filters['theme']},")
        if filters.get("status") == "running":
            campaigns = campaigns.filter(start_date__lte=today).filter(
                Q(end_date__isnull=True) | Q(end_date__gte=today)
            )
        elif filters.get("status") == "ended":
            campaigns = campaigns.filter(end_date__lt=today)
        if filters.get("language"):
            with_language = CampaignMaterial.objects.filter(
                material__languages__contains=f",{filters['language']},"
            ).values("page_id")
            campaigns = campaigns.filter(pk__in=with_language)
        return campaigns

    def listing(self, filters, page_number):
        """One page of the campaigns ``filters`` select, as a paginator page.

        Which campaigns match, and in what order, depends on the content only (and on the
        day, for the running/ended filter), so the count and each page's ids are kept
        under the page cache's generation: a thousand campaigns then cost one query for
        the twelve shown instead of a COUNT and a sort over all of them. Filters are the
        form's own choices, so the keys are few."""
        from django.core.paginator import Paginator

        listing = _RememberedListing(self, filters)
        return Paginator(listing, self.per_page).get_page(page_number)

    def get_context(self, request, *args, **kwargs):
        from django.db.models import Prefetch, prefetch_related_objects

        from campaigns.forms import CampaignFilterForm
        from campaigns.renditions import prefetch_images

        context = super().get_context(request, *args, **kwargs)
        form = CampaignFilterForm(request.GET or None)
        filters = form.cleaned_data if form.is_valid() else {}
        page_obj = self.listing(filters, request.GET.get("page"))
        prefetch_related_objects(
            page_obj.object_list,
            Prefetch(
                "material_links",
                queryset=CampaignMaterial.objects.select_related("material").order_by("sort_order"),
            ),
        )
        prefetch_images([campaign.hero_image for campaign in page_obj], [CARD_SPEC])
        context.update(
            filter_form=form,
            page_obj=page_obj,
            campaigns=page_obj.object_list,
            filtered=bool(filters and any(filters.values())),
        )
        return context


class CampaignMaterial(Orderable):
    """A material shown on one campaign page (in one language tree). Not synchronised by
    wagtail-localize: each translation keeps its own list."""

    page = ParentalKey(
        "campaigns.CampaignPage", on_delete=models.CASCADE, related_name="material_links"
    )
    material = models.ForeignKey(
        Material, verbose_name=_("material"), on_delete=models.CASCADE, related_name="page_links"
    )

    panels = [FieldPanel("material")]

    class Meta(Orderable.Meta):
        verbose_name = _("material")
        verbose_name_plural = _("materials")


class CampaignBodyBlock(BaseContentBlock):
    video = VideoBlock()
    scenario = ScenarioBlock()


class ReportingChannelsBlock(blocks.StreamBlock):
    """Phone numbers to tap, and cards from the channels directory."""

    number = PhoneNumberBlock()
    channel = ChannelCardBlock()


class CampaignPage(BasePortalPage):
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt = models.CharField(
        _("main image description (alt text)"),
        max_length=250,
        help_text=_("What the image shows, for readers who cannot see it."),
    )
    share_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image for sharing"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social media; the main image if empty."),
    )
    start_date = models.DateField(_("starts on"))
    end_date = models.DateField(_("ends on"), null=True, blank=True)
    audiences = ChoiceListField(_("audiences"), options=AUDIENCES, blank=False)
    themes = ChoiceListField(_("themes"), options=THEMES, blank=False)
    key_messages = StreamField(
        [("message", blocks.CharBlock(label=_("Message"), max_length=250))],
        verbose_name=_("key messages"),
        blank=True,
    )
    body = StreamField(CampaignBodyBlock(), verbose_name=_("body"), blank=True)
    reporting_channels = StreamField(
        ReportingChannelsBlock(),
        verbose_name=_("reporting channels"),
        blank=True,
        help_text=_("Where to report or ask for help, for this campaign's audiences."),
    )
    plan_activities = StreamField(
        [("activity", PlanActivityBlock())],
        verbose_name=_("national plan activities"),
        blank=True,
        help_text=_("The plan activities this campaign delivers, e.g. I PAECM 1.3.4."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt"), FieldPanel("share_image")],
            heading=_("Images"),
        ),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Period")),
        FieldPanel("audiences"),
        FieldPanel("themes"),
        FieldPanel("key_messages"),
        FieldPanel("body"),
        FieldPanel("reporting_channels"),
        InlinePanel("material_links", label=_("Materials"), heading=_("Materials")),
        activity_links_panel(),
        FieldPanel("plan_activities"),
    ]
    search_fields = [
        *BasePortalPage.search_fields,
        index.SearchField("key_messages"),
        index.SearchField("body"),
    ]
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The campaign cannot end before it starts.")})

    def status_on(self, day):
        if self.start_date and self.start_date > day:
            return "upcoming"
        if self.end_date and self.end_date < day:
            return "ended"
        return "running"

    @property
    def status(self):
        return self.status_on(timezone.localdate())

    @property
    def status_label(self):
        return {
            "upcoming": _("Upcoming"),
            "running": _("Running"),
            "ended": _("Ended"),
        }[self.status]

    def audience_labels(self):
        return labels(AUDIENCES, self.audiences)

    def theme_labels(self):
        return labels(THEMES, self.themes)

    @cached_property
    def material_languages(self):
        """Codes of the languages this page's materials are in, in the portal's order."""
        found = {code for link in self.material_links.all() for code in link.material.languages}
        return [code for code, _name in MATERIAL_LANGUAGES if code in found]

    def get_context(self, request, *args, **kwargs):
        from campaigns.bundles import bundles_for_page
        from campaigns.renditions import existing_rendition, prefetch_images
        from campaigns.sharing import share_links
        from website.links import localized_link_map

        context = super().get_context(request, *args, **kwargs)
        materials = materials_of(self)
        language = request.LANGUAGE_CODE if hasattr(request, "LANGUAGE_CODE") else None
        groups = group_by_language(materials, language or self.locale.language_code)
        loaded = prefetch_images(
            [m.preview_image for m in materials],
            [THUMBNAIL_SPEC, *HERO_SPECS, SHARE_SPEC],
            image_ids=[self.hero_image_id, self.share_image_id],
        )
        # The page's own images arrive with their renditions (one query for all).
        for field in ("hero_image", "share_image"):
            image_id = getattr(self, f"{field}_id")
            if image_id in loaded:
                setattr(self, field, loaded[image_id])
        page_url = self.get_full_url(request)
        share_image = self.share_image or self.hero_image
        if share_image is None or share_image == self.hero_image:
            share_alt = self.hero_alt
        else:
            share_alt = share_image.description or self.title
        context.update(
            share_rendition=existing_rendition(share_image, SHARE_SPEC),
            share_alt=share_alt,
            materials=materials,
            material_groups=groups,
            bundles=bundles_for_page(self, materials),
            share_links=share_links(page_url, self.title),
            page_full_url=page_url,
            localized_links=localized_link_map(self.body, self.reporting_channels),
        )
        return context

    def serve(self, request, *args, **kwargs):
        from campaigns.blocks import EMBED_PROVIDERS, parse_embed_url

        response = super().serve(request, *args, **kwargs)
        providers = {
            parse_embed_url(block.value.get("embed_url"))[0]
            for block in self.body
            if block.block_type == "video" and parse_embed_url(block.value.get("embed_url"))
        }
        if providers:
            # Only pages that hold an embed allow the provider's player in a frame, and
            # it is inserted only after the reader presses play.
            response._csp_update = {"frame-src": [EMBED_PROVIDERS[p][1] for p in sorted(providers)]}
        return response


class MaterialBundle(models.Model):
    """The zip of a campaign page's materials in one language, built once and kept
    until the materials change (its fingerprint then no longer matches)."""

    page = models.ForeignKey(CampaignPage, on_delete=models.CASCADE, related_name="bundles")
    language = models.CharField(_("language"), max_length=10, choices=MATERIAL_LANGUAGES)
    fingerprint = models.CharField(max_length=64)
    file = models.FileField(upload_to="campaigns/bundles/")
    size = models.PositiveBigIntegerField(default=0)
    file_count = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("materials zip")
        verbose_name_plural = _("materials zips")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="one_zip_per_page_language")
        ]

    def __str__(self):
        return self.file.name


def materials_of(page):
    """The page's materials in the editor's order, with files and previews, in a fixed
    number of queries however many there are."""
    links = (
        CampaignMaterial.objects.filter(page_id=page.pk)
        .select_related(
            "material__document", "material__media", "material__image", "material__thumbnail"
        )
        .order_by("sort_order", "pk")
    )
    return [link.material for link in links]


def group_by_language(materials, language):
    """[(language code, name, materials)]: the reader's language first, then the others
    in the portal's order. A material in several languages is listed once, under the
    reader's language if it is one of them, else under its first language."""
    names = dict(MATERIAL_LANGUAGES)
    order = [language] + [code for code, _name in MATERIAL_LANGUAGES if code != language]
    placed, groups = set(), []
    for code in order:
        in_language = [m for m in materials if code in m.languages and m.pk not in placed]
        placed.update(m.pk for m in in_language)
        if in_language:
            groups.append((code, names.get(code, code), in_language))
    return groups


def year_choices():
    first = MaterialDownloadCount.objects.order_by("year").values_list("year", flat=True).first()
    this_year = timezone.localdate().year
    return list(range(this_year, (first or this_year) - 1, -1))
