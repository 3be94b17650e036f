"""The catalogue: course index, courses, the module library and its modules, trainers."""

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from plans.models import activity_links_panel
from training.blocks import LessonBlock, QuestionBlock
from website.blocks import BaseContentBlock
from website.models import BasePortalPage
from website.restrictions import public_only

SELF_PACED = "self_paced"
LIVE = "live"
MODALITIES = [(SELF_PACED, _("Online, self-paced")), (LIVE, _("Live event"))]


class Trainer(models.Model):
    """Someone who teaches: rated by trainees after a course."""

    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role or institution"), max_length=200, blank=True)

    panels = [FieldPanel("name"), FieldPanel("role")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("trainer")
        verbose_name_plural = _("trainers")

    def __str__(self):
        return self.name


class CourseIndexPage(BasePortalPage):
    body = StreamField(BaseContentBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*BasePortalPage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePortalPage.search_fields, index.SearchField("body")]
    parent_page_types = ["website.HomePage"]
    subpage_types = ["training.CoursePage", "training.ModuleLibraryPage", "website.ContentPage"]
    template = "training/course_index_page.html"

    class Meta:
        verbose_name = _("course index")
        verbose_name_plural = _("course indexes")

    def route(self, request, path_components):
        # Wagtail's default costs two queries per level (the child, then its specific
        # row); looking for our own page types directly costs one.
        # The slug seen last for the library is remembered, so the right type is
        # usually tried first; a wrong guess only costs the second lookup.
        if path_components:
            slug = path_components[0]
            guess_key = f"training:library-slug:{self.pk}"
            models_in_order = (CoursePage, ModuleLibraryPage)
            if cache.get(guess_key) == slug:
                models_in_order = (ModuleLibraryPage, CoursePage)
            for model in models_in_order:
                child = model.objects.child_of(self).filter(slug=slug).first()
                if child is not None:
                    if model is ModuleLibraryPage:
                        cache.set(guess_key, slug, None)
                    return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = public_only(CoursePage.objects.child_of(self).live())
        context["library"] = ModuleLibraryPage.objects.child_of(self).live().first()
        return context


class LanguagesField(forms.MultipleChoiceField):
    """Stores the chosen language codes as a comma-separated list."""

    def prepare_value(self, value):
        if isinstance(value, str):
            return [code for code in value.split(",") if code]
        return value


class CoursePageForm(WagtailAdminPageForm):
    languages = LanguagesField(
        label=_("Languages"),
        choices=settings.LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
        required=True,
    )

    def clean_languages(self):
        return ",".join(self.cleaned_data["languages"])


class CoursePage(RoutablePageMixin, BasePortalPage):
    audience = models.TextField(_("audience"), max_length=600)
    workload_hours = models.PositiveSmallIntegerField(
        _("workload (hours)"), validators=[MinValueValidator(1), MaxValueValidator(1000)]
    )
    modality = models.CharField(
        _("modality"), max_length=20, choices=MODALITIES, default=SELF_PACED
    )
    languages = models.CharField(_("languages"), max_length=100, default="pt-br")
    objectives = StreamField(
        [("objective", blocks.CharBlock(label=_("Objective"), max_length=300))],
        verbose_name=_("learning objectives"),
    )
    prerequisites = models.TextField(_("prerequisites"), blank=True, max_length=1000)
    body = StreamField(BaseContentBlock(), verbose_name=_("presentation"), blank=True)
    passing_score = models.PositiveSmallIntegerField(
        _("passing score (%)"),
        default=70,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("The average of the best quiz scores a trainee needs for the certificate."),
    )
    signatory_name = models.CharField(_("signatory name"), max_length=150)
    signatory_role = models.CharField(_("signatory role"), max_length=200)
    signature_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    base_form_class = CoursePageForm
    content_panels = [
        *BasePortalPage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("workload_hours"),
                FieldPanel("modality"),
                FieldPanel("languages"),
                FieldPanel("prerequisites"),
            ],
            heading=_("About the course"),
        ),
        FieldPanel("objectives"),
        FieldPanel("body"),
        InlinePanel("course_modules", label=_("Modules, in order"), min_num=1),
        InlinePanel("course_trainers", label=_("Trainers")),
        activity_links_panel(),
        MultiFieldPanel(
            [
                FieldPanel("passing_score"),
                FieldPanel("signatory_name"),
                FieldPanel("signatory_role"),
                FieldPanel("signature_image"),
            ],
            heading=_("Certificate"),
        ),
    ]
    search_fields = [
        *BasePortalPage.search_fields,
        index.SearchField("audience"),
        index.SearchField("objectives"),
        index.SearchField("body"),
    ]
    override_translatable_fields = [
        SynchronizedField("languages"),
        SynchronizedField("modality"),
        SynchronizedField("signatory_name"),
    ]
    parent_page_types = ["training.CourseIndexPage"]
    subpage_types = []
    template = "training/course_page.html"

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    @property
    def language_codes(self):
        return [code for code in self.languages.split(",") if code]

    @property
    def language_names(self):
        names = dict(settings.LANGUAGES)
        return [names[code] for code in self.language_codes if code in names]

    def ordered_modules(self):
        """The course's live modules in order, each in the course's language where it
        has a translation: two queries however many modules there are."""
        linked = [
            link.module
            for link in self.course_modules.select_related("module").order_by("sort_order")
        ]
        if all(module.locale_id == self.locale_id for module in linked):
            return [module for module in linked if module.live]
        translated = {
            module.translation_key: module
            for module in ModulePage.objects.live().filter(
                locale_id=self.locale_id,
                translation_key__in=[module.translation_key for module in linked],
            )
        }
        modules = [translated.get(module.translation_key, module) for module in linked]
        return [module for module in modules if module.live]

    def trainers(self):
        """The course's trainers as plain dicts, kept in the cache until the course is
        published again (its latest revision changes)."""
        key = f"training:trainers:{self.pk}:{self.latest_revision_id}"
        trainers = cache.get(key)
        if trainers is None:
            trainers = [
                {"pk": link.trainer.pk, "name": link.trainer.name, "role": link.trainer.role}
                for link in self.course_trainers.select_related("trainer")
            ]
            cache.set(key, trainers, 60 * 60 * 24)
        return trainers

    def trainer_objects(self):
        return [link.trainer for link in self.course_trainers.select_related("trainer")]

    @path("")
    def course(self, request):
        from training import views

        return views.course_page(request, self)

    @path("enrol/")
    def enrol(self, request):
        from training import views

        return views.enrol(request, self)

    @path("complete/")
    def complete(self, request):
        from training import views

        return views.complete_course(request, self)

    @path("evaluate/")
    def evaluate(self, request):
        from training import views

        return views.evaluate_course(request, self)


class CourseModule(TranslatableMixin, Orderable):
    """A module's place in a course; the same module may sit in several courses."""

    page = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="course_modules")
    module = models.ForeignKey(
        "training.ModulePage",
        verbose_name=_("module"),
        on_delete=models.PROTECT,
        related_name="course_links",
    )

    panels = [FieldPanel("module")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("course module")
        ordering = ["sort_order"]


class CourseTrainer(TranslatableMixin, Orderable):
    page = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="course_trainers")
    trainer = models.ForeignKey(
        Trainer, verbose_name=_("trainer"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldPanel("trainer")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("course trainer")
        ordering = ["sort_order"]


class ModuleLibraryPage(BasePortalPage):
    """Where modules live, independent of any course."""

    content_panels = [*BasePortalPage.content_panels, FieldPanel("intro")]
    parent_page_types = ["training.CourseIndexPage"]
    subpage_types = ["training.ModulePage"]
    template = "training/module_library_page.html"

    class Meta:
        verbose_name = _("module library")
        verbose_name_plural = _("module libraries")

    def route(self, request, path_components):
        if path_components:
            child = ModulePage.objects.child_of(self).filter(slug=path_components[0]).first()
            if child is None:
                raise Http404
            return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["modules"] = public_only(ModulePage.objects.child_of(self).live())
        return context


class ModulePage(RoutablePageMixin, BasePortalPage):
    """A self-contained unit: lessons, then a quiz. Usable in any number of courses."""

    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated time (minutes)"), default=30, validators=[MinValueValidator(1)]
    )
    lessons = StreamField([("lesson", LessonBlock())], verbose_name=_("lessons"), blank=True)
    questions = StreamField(
        [("question", QuestionBlock())], verbose_name=_("quiz questions"), blank=True
    )
    quiz_passing_score = models.PositiveSmallIntegerField(
        _("quiz passing score (%)"),
        default=70,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    quiz_attempt_limit = models.PositiveSmallIntegerField(
        _("attempts allowed"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
    )

    content_panels = [
        *BasePortalPage.content_panels,
        FieldPanel("intro"),
        FieldPanel("estimated_minutes"),
        FieldPanel("lessons"),
        MultiFieldPanel(
            [
                FieldPanel("questions"),
                FieldPanel("quiz_passing_score"),
                FieldPanel("quiz_attempt_limit"),
            ],
            heading=_("Quiz"),
        ),
    ]
    search_fields = [*BasePortalPage.search_fields, index.SearchField("lessons")]
    parent_page_types = ["training.ModuleLibraryPage"]
    subpage_types = []
    template = "training/module_page.html"

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    @property
    def has_quiz(self):
        return len(self.questions) > 0

    def lesson_list(self):
        return [block for block in self.lessons if block.block_type == "lesson"]

    @path("")
    def overview(self, request):
        from training import views

        return views.module_page(request, self)

    @path("lesson/<int:number>/")
    def lesson(self, request, number):
        from training import views

        return views.lesson_page(request, self, number)

    @path("quiz/")
    def quiz(self, request):
        from training import views

        return views.quiz_page(request, self)

    @path("quiz/<uuid:attempt_id>/")
    def quiz_result(self, request, attempt_id):
        from training import views

        return views.quiz_result(request, self, attempt_id)
