"""Live trainings (in person or online events) and their attendees."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from plans.models import activity_links_panel
from training.cpf import mask_cpf, validate_cpf
from training.models.trainees import UF_CHOICES


class LiveTraining(ClusterableModel):
    title = models.CharField(_("title"), max_length=255)
    course = models.ForeignKey(
        "training.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional: the course this event delivers."),
    )
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    online = models.BooleanField(_("online"), default=False)
    place = models.CharField(_("place"), max_length=255, blank=True)
    hours = models.PositiveSmallIntegerField(
        _("hours"), validators=[MinValueValidator(1), MaxValueValidator(1000)]
    )
    trainers = ParentalManyToManyField("training.Trainer", verbose_name=_("trainers"), blank=True)
    signatory_name = models.CharField(_("signatory name"), max_length=150)
    signatory_role = models.CharField(_("signatory role"), max_length=200)
    language = models.CharField(
        _("certificate language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("course"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        MultiFieldPanel([FieldPanel("online"), FieldPanel("place")], heading=_("Where")),
        FieldPanel("hours"),
        FieldPanel("trainers"),
        MultiFieldPanel(
            [FieldPanel("signatory_name"), FieldPanel("signatory_role"), FieldPanel("language")],
            heading=_("Certificate"),
        ),
        activity_links_panel(),
    ]

    class Meta:
        ordering = ["-starts_on"]
        verbose_name = _("live training")
        verbose_name_plural = _("live trainings")

    def __str__(self):
        return self.title

    @property
    def where(self):
        return _("Online") if self.online else self.place

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        errors = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("The end cannot come before the start.")
        if not self.online and not self.place:
            errors["place"] = _("Give the place, or mark the training as online.")
        if errors:
            raise ValidationError(errors)


class Attendee(models.Model):
    training = models.ForeignKey(LiveTraining, on_delete=models.CASCADE, related_name="attendees")
    full_name = models.CharField(_("full name"), max_length=150)
    email = models.EmailField(_("e-mail"))
    uf = models.CharField(_("state (UF)"), max_length=2, choices=UF_CHOICES)
    cpf = models.CharField(_("CPF"), max_length=11, blank=True, validators=[validate_cpf])
    attended = models.BooleanField(_("attended"), default=False)

    class Meta:
        ordering = ["full_name"]
        verbose_name = _("attendee")
        verbose_name_plural = _("attendees")
        constraints = [
            models.UniqueConstraint(fields=["training", "email"], name="one_attendee_per_email")
        ]

    def __str__(self):
        return self.full_name

    @property
    def masked_cpf(self):
        return mask_cpf(self.cpf)
