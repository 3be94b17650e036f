from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, PageViewRestriction, TranslatableMixin
from wagtail.search import index

from website.blocks import BaseContentBlock, LinkTargetBlock, PhoneNumberBlock
from website.links import localized_link_map
from website.restrictions import public_only, restricted_paths


class BasePortalPage(Page):
    """What every public page of the portal has: a summary used in listings,
    search results and share previews."""

    intro = models.TextField(
        _("summary"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences, shown under the title, in listings and in search."),
    )

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        # Wagtail looks for restrictions on the page and its ancestors (aliases resolved)
        # with two queries on every request. The restricted paths are cached
        # (website.restrictions): while the site has none, no page needs those queries.
        if not restricted_paths():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        body = getattr(self, "body", None)
        context["localized_links"] = localized_link_map(body) if body is not None else {}
        return context


class HomePage(BasePortalPage):
    hero_title = models.CharField(_("headline"), max_length=150)
    hero_text = models.TextField(_("headline text"), blank=True, max_length=400)
    body = StreamField(BaseContentBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_text")], heading=_("Headline")),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePortalPage.search_fields,
        index.SearchField("hero_title"),
        index.SearchField("hero_text"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class ContentPage(BasePortalPage):
    """A generic page: section landing pages, accessibility, safe browsing, about."""

    body = StreamField(BaseContentBlock(), verbose_name=_("body"), blank=True)
    list_children = models.BooleanField(
        _("list child pages"),
        default=True,
        help_text=_("Show this page's published child pages under its body."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    settings_panels = [*Page.settings_panels, FieldPanel("list_children")]
    search_fields = [*BasePortalPage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.list_children:
            # One query for the children plus one per page type among them: the count
            # stays fixed however many children a section grows.
            context["child_pages"] = public_only(self.get_children().live().specific())
        return context


class FooterLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=80)
    target = LinkTargetBlock(label=_("Link"))


SOCIAL_PLATFORM_NAMES = {
    "instagram": "Instagram",
    "youtube": "YouTube",
    "facebook": "Facebook",
    "x": "X",
    "linkedin": "LinkedIn",
    "flickr": "Flickr",
}


class SocialAccountBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(label=_("Platform"), choices=list(SOCIAL_PLATFORM_NAMES.items()))
    url = blocks.URLBlock(label=_("Address"))


class SiteSettings(TranslatableMixin, ClusterableModel):
    """The portal's header and footer: emergency numbers, footer links, social accounts.

    A translatable snippet rather than a Wagtail site setting: the labels ("Disque 100:
    human rights") must reach readers in their own language, and wagtail-localize
    translates snippets, not settings. There is one record per language.
    """

    emergency_numbers = StreamField(
        [("number", PhoneNumberBlock())],
        verbose_name=_("emergency numbers"),
        blank=True,
        help_text=_("Shown in the header of every page, in this order."),
    )
    footer_links = StreamField(
        [("link", FooterLinkBlock())], verbose_name=_("footer links"), blank=True
    )
    social_accounts = StreamField(
        [("account", SocialAccountBlock())], verbose_name=_("social accounts"), blank=True
    )

    panels = [
        FieldPanel("emergency_numbers"),
        FieldPanel("footer_links"),
        FieldPanel("social_accounts"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self):
        return str(_("Site settings (%(language)s)") % {"language": self.locale.get_display_name()})

    def clean(self):
        super().clean()
        others = SiteSettings.objects.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        if self.locale_id and others.exists():
            raise ValidationError(
                _("This language already has its site settings. Edit that record instead.")
            )

    @classmethod
    def for_locale(cls, locale):
        """The record of ``locale``, else the default language's, else an empty one."""
        records = {record.locale_id: record for record in cls.objects.select_related("locale")}
        if locale and locale.pk in records:
            return records[locale.pk]
        default = Locale.get_default()
        return records.get(default.pk) or cls(locale=default)
