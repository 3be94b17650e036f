from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.utils.functional import cached_property
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Page,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail_localize.fields import SynchronizedField, TranslatableField

from guides.blocks import ChangeLogEntryBlock, GuideBodyBlock
from guides.glossary import fold
from guides.rendering import body_fragments, page_body_html, render_body, section_headings
from website import ratelimit
from website.blocks import INLINE_RICH_TEXT_FEATURES
from website.models import BasePortalPage
from website.restrictions import public_only

SEARCH_RESULTS_LIMIT = 50


def _latest(*dates):
    dates = [date for date in dates if date]
    return max(dates) if dates else None


class GuidePage(RoutablePageMixin, BasePortalPage):
    """A guide: an introduction, a change log and its chapters (child pages)."""

    body = StreamField(GuideBodyBlock(), verbose_name=_("introduction"), blank=True)
    change_log = StreamField(
        [("revision", ChangeLogEntryBlock())],
        verbose_name=_("change log"),
        blank=True,
        help_text=_("What changed in the guide and when, in your own words. Newest first."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("change_log"),
    ]
    search_fields = [*BasePortalPage.search_fields, index.SearchField("body")]
    subpage_types = ["guides.GuideChapterPage", "guides.GlossaryPage"]
    parent_page_types = ["website.HomePage", "website.ContentPage"]

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")

    def route(self, request, path_components):
        # Serving a chapter, Wagtail routes through its guide first: the chapter reuses
        # this instance instead of fetching its guide again.
        request.routed_guide = self
        return super().route(request, path_components)

    def chapters(self):
        return public_only(GuideChapterPage.objects.child_of(self).live().order_by("path"))

    def change_log_entries(self):
        return sorted(
            (block.value for block in self.change_log),
            key=lambda value: value["date"],
            reverse=True,
        )

    def updated_on(self, chapters):
        return _latest(self.last_published_at, *(chapter.last_published_at for chapter in chapters))

    def pdf_record(self):
        return GuidePdf.objects.filter(page=self).only("file", "generated_at", "size").first()

    def glossary_page(self):
        return GlossaryPage.objects.child_of(self).live().first()

    def guide_context(self, request, chapters=None):
        chapters = self.chapters() if chapters is None else chapters
        return {
            "guide": self,
            "chapters": chapters,
            "updated_on": self.updated_on(chapters),
            "pdf": self.pdf_record(),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.guide_context(request))
        context["body_html"] = page_body_html(self, request, context)
        context["change_log_entries"] = self.change_log_entries()
        return context

    @path("")
    def index_route(self, request):
        return self.render(request)

    @path("print/")
    def print_view(self, request):
        context = self.print_context(request)
        return render(request, "guides/guide_print.html", context)

    def print_context(self, request):
        chapters = self.chapters()
        context = self.get_context(request)
        context.update(self.guide_context(request, chapters))
        body_context = {"page": self, "request": request}
        context["body_html"] = render_body(self.body, body_context, mark=False)
        context["chapter_bodies"] = [
            (chapter, render_body(chapter.body, body_context, mark=False)) for chapter in chapters
        ]
        return context

    @path("pdf/")
    def pdf_view(self, request):
        record = self.pdf_record()
        if record is None or not record.file:
            raise Http404
        try:
            handle = record.file.open("rb")
        except FileNotFoundError as error:
            raise Http404 from error
        return FileResponse(
            handle,
            content_type="application/pdf",
            filename=f"{self.slug}-{self.locale.language_code}.pdf",
        )

    @path("search/")
    def search_view(self, request):
        query = request.GET.get("q", "").strip()[: settings.SEARCH_QUERY_MAX_LENGTH]
        if query and (refused := ratelimit.refuse(request, "search")):
            return refused
        context = self.get_context(request)
        context["query"] = query
        context["results"] = self.search_guide(query, context["chapters"]) if query else None
        return render(request, "guides/guide_search.html", context)

    def search_guide(self, query, chapters):
        """Paragraphs, headings and blocks of the guide holding every word of ``query``
        (ignoring case and accents), each with the link to its anchor."""
        words = fold(query).split()
        results = []
        for page in [self, *chapters]:
            for fragment in body_fragments(page.body):
                folded = fold(fragment.text)
                if words and all(word in folded for word in words):
                    results.append(
                        {
                            "page": page,
                            "anchor": fragment.anchor,
                            "text": Truncator(fragment.text).words(40),
                        }
                    )
                    if len(results) >= SEARCH_RESULTS_LIMIT:
                        return results
        return results


class GuideChapterPage(BasePortalPage):
    body = StreamField(GuideBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePortalPage.search_fields, index.SearchField("body")]
    parent_page_types = ["guides.GuidePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guide chapter")
        verbose_name_plural = _("guide chapters")

    def guide(self, request=None):
        parent_path = self.path[: -self.steplen]
        routed = getattr(request, "routed_guide", None)
        if routed is not None and routed.path == parent_path:
            return routed
        return GuidePage.objects.filter(path=parent_path).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guide = self.guide(request)
        if guide is not None:
            context.update(guide.guide_context(request))
            chapters = context["chapters"]
            ids = [chapter.pk for chapter in chapters]
            position = ids.index(self.pk) if self.pk in ids else None
            if position is not None:
                context["chapter_number"] = position + 1
                context["previous_chapter"] = chapters[position - 1] if position > 0 else None
                context["next_chapter"] = (
                    chapters[position + 1] if position + 1 < len(chapters) else None
                )
        context["sections"] = section_headings(self.body)
        context["body_html"] = page_body_html(self, request, context)
        return context


class GlossaryTerm(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    models.Model,
):
    term = models.CharField(_("term"), max_length=120)
    short_definition = models.TextField(
        _("short definition"),
        max_length=300,
        help_text=_("One or two sentences: shown where the term appears in a guide."),
    )
    explanation = RichTextField(
        _("longer explanation"), blank=True, features=[*INLINE_RICH_TEXT_FEATURES, "ul"]
    )
    other_forms = models.TextField(
        _("other forms"),
        blank=True,
        help_text=_(
            "Other ways the term is written (plural, abbreviation), separated by commas. "
            "They are marked in guides too. Case and accents do not matter."
        ),
    )
    preferred_terms = StreamField(
        [("term", blocks.CharBlock(label=_("Preferred term"), max_length=120))],
        verbose_name=_("preferred terms"),
        blank=True,
    )
    terms_to_avoid = StreamField(
        [
            (
                "avoid",
                blocks.StructBlock(
                    [
                        ("term", blocks.CharBlock(label=_("Term to avoid"), max_length=120)),
                        ("reason", blocks.CharBlock(label=_("Why"), max_length=300)),
                    ],
                    label=_("Term to avoid"),
                ),
            )
        ],
        verbose_name=_("terms to avoid"),
        blank=True,
    )
    related_terms = StreamField(
        [("term", SnippetChooserBlock("guides.GlossaryTerm", label=_("Related term")))],
        verbose_name=_("related terms"),
        blank=True,
    )
    sources = StreamField(
        [
            (
                "source",
                blocks.StructBlock(
                    [
                        ("title", blocks.CharBlock(label=_("Title"), max_length=250)),
                        ("url", blocks.URLBlock(label=_("Address"), required=False)),
                    ],
                    label=_("Source"),
                ),
            )
        ],
        verbose_name=_("sources"),
        blank=True,
    )

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="glossaryterm")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="glossaryterm",
        for_concrete_model=False,
    )

    panels = [
        FieldPanel("term"),
        FieldPanel("short_definition"),
        FieldPanel("explanation"),
        FieldPanel("other_forms"),
        MultiFieldPanel(
            [FieldPanel("preferred_terms"), FieldPanel("terms_to_avoid")],
            heading=_("Words to use and to avoid"),
        ),
        FieldPanel("related_terms"),
        FieldPanel("sources"),
    ]
    search_fields = [
        index.SearchField("term"),
        index.SearchField("short_definition"),
        index.FilterField("locale"),
        index.FilterField("live"),
    ]
    # Related terms point at the same terms in every language; the glossary shows each
    # in the reader's language, so translators have nothing to do there.
    translatable_fields = [
        TranslatableField("term"),
        TranslatableField("short_definition"),
        TranslatableField("explanation"),
        TranslatableField("other_forms"),
        TranslatableField("preferred_terms"),
        TranslatableField("terms_to_avoid"),
        SynchronizedField("related_terms"),
        TranslatableField("sources"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ["term"]

    def __str__(self):
        return self.term

    @property
    def revisions(self):
        return self._revisions

    @property
    def anchor(self):
        return f"termo-{slugify(fold(self.term)) or self.pk}"

    @property
    def initial(self):
        letter = fold(self.term[:1]).upper()
        return letter if "A" <= letter <= "Z" else "#"

    def all_forms(self):
        others = self.other_forms.replace("\n", ",").split(",")
        return [self.term, *(form.strip() for form in others if form.strip())]


class GlossaryPage(RoutablePageMixin, BasePortalPage):
    """The glossary of the page's language, A to Z, with search and the term checker."""

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["guides.GuidePage", "website.HomePage", "website.ContentPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("glossary")
        verbose_name_plural = _("glossaries")

    def terms(self):
        return list(GlossaryTerm.objects.filter(locale_id=self.locale_id, live=True))

    @cached_property
    def checker_url(self):
        return self.url + self.reverse_subpage("term_checker")

    def get_context(self, request, *args, **kwargs):
        from guides.views import glossary_context

        context = super().get_context(request, *args, **kwargs)
        context.update(glossary_context(self, request))
        return context

    @path("")
    def index_route(self, request):
        if request.GET.get("q", "").strip() and (refused := ratelimit.refuse(request, "search")):
            return refused
        return self.render(request)

    @path("check/", name="term_checker")
    def term_checker(self, request):
        from guides.views import term_checker

        return term_checker(self, request)

    def localized_related(self, terms):
        """{term id: [related terms in this language]} with two queries, however many."""
        wanted = {
            term.pk: [item["value"] for item in term.related_terms.raw_data if item["value"]]
            for term in terms
        }
        ids = {pk for pks in wanted.values() for pk in pks}
        if not ids:
            return {}
        keys = dict(GlossaryTerm.objects.filter(pk__in=ids).values_list("pk", "translation_key"))
        found = {
            term.translation_key: term
            for term in GlossaryTerm.objects.filter(
                translation_key__in=set(keys.values()), locale_id=self.locale_id, live=True
            ).only("id", "term", "translation_key", "locale_id")
        }
        return {
            pk: [found[keys[id_]] for id_ in pks if keys.get(id_) in found]
            for pk, pks in wanted.items()
        }


class GuidePdf(models.Model):
    """The PDF of one guide in one language (each language's guide is its own page)."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="guide_pdf"
    )
    file = models.FileField(_("file"), upload_to="guides/pdf/")
    size = models.PositiveIntegerField(_("size in bytes"), default=0)
    generated_at = models.DateTimeField(_("generated at"))

    class Meta:
        verbose_name = _("guide PDF")
        verbose_name_plural = _("guide PDFs")

    def __str__(self):
        return self.file.name
