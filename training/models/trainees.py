"""Trainees: profile, enrolments, progress through modules and quiz attempts.

Trainee data is personal data (LGPD): only its owner (on the public site) and Training
managers (in the admin) ever see it.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from training.cpf import digits, mask_cpf, validate_cpf

UF_CHOICES = [
    ("AC", "Acre"),
    ("AL", "Alagoas"),
    ("AP", "Amapá"),
    ("AM", "Amazonas"),
    ("BA", "Bahia"),
    ("CE", "Ceará"),
    ("DF", "Distrito Federal"),
    ("ES", "Espírito Santo"),
    ("GO", "Goiás"),
    ("MA", "Maranhão"),
    ("MT", "Mato Grosso"),
    ("MS", "Mato Grosso do Sul"),
    ("MG", "Minas Gerais"),
    ("PA", "Pará"),
    ("PB", "Paraíba"),
    ("PR", "Paraná"),
    ("PE", "Pernambuco"),
    ("PI", "Piauí"),
    ("RJ", "Rio de Janeiro"),
    ("RN", "Rio Grande do Norte"),
    ("RS", "Rio Grande do Sul"),
    ("RO", "Rondônia"),
    ("RR", "Roraima"),
    ("SC", "Santa Catarina"),
    ("SP", "São Paulo"),
    ("SE", "Sergipe"),
    ("TO", "Tocantins"),
]
UF_CODES = {code for code, _name in UF_CHOICES}

ORGANISATION_TYPES = [
    ("public_servant", _("Public servant")),
    ("civil_society", _("Civil society")),
    ("network", _("NETP/PAAHM network")),
    ("other", _("Other")),
]


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="training_profile"
    )
    full_name = models.CharField(
        _("full name"),
        max_length=150,
        help_text=_("Exactly as it should be printed on your certificates."),
    )
    uf = models.CharField(_("state (UF)"), max_length=2, choices=UF_CHOICES)
    organisation_type = models.CharField(
        _("organisation type"), max_length=20, choices=ORGANISATION_TYPES
    )
    cpf = models.CharField(
        _("CPF"), max_length=11, blank=True, validators=[validate_cpf], editable=False
    )
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("trainee profile")
        verbose_name_plural = _("trainee profiles")

    def __str__(self):
        return self.full_name

    @property
    def masked_cpf(self):
        return mask_cpf(self.cpf)

    def set_cpf(self, value):
        validate_cpf(value)
        self.cpf = digits(value)


class Enrolment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course = models.ForeignKey(
        "training.CoursePage", on_delete=models.CASCADE, related_name="enrolments"
    )
    # The course in every language: progress follows the trainee across languages.
    course_key = models.UUIDField(db_index=True)
    language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE)
    enrolled_at = models.DateTimeField(_("enrolled"), auto_now_add=True, db_index=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True, db_index=True)
    resume_module = models.ForeignKey(
        "training.ModulePage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resume_lesson = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key"], name="one_enrolment_per_course")
        ]

    def __str__(self):
        return f"{self.user_id} · {self.course_id}"


class ModuleProgress(models.Model):
    """How far a trainee is in one module, whichever course (or language) they took it
    in: modules are keyed by their translation key."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_progress"
    )
    module_key = models.UUIDField()
    viewed_lessons = models.JSONField(default=list, blank=True)
    last_lesson = models.PositiveSmallIntegerField(null=True, blank=True)
    best_score = models.PositiveSmallIntegerField(null=True, blank=True)
    quiz_passed = models.BooleanField(default=False)
    completed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("module progress")
        verbose_name_plural = _("module progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "module_key"], name="one_progress_per_module")
        ]

    def __str__(self):
        return f"{self.user_id} · {self.module_key}"


class QuizAttempt(models.Model):
    """One go at a module's quiz. ``questions`` is the quiz exactly as it was shown
    (texts, options in their shuffled order, right answers and feedback), so the
    attempt can be scored and reviewed even after editors change the quiz."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    module = models.ForeignKey(
        "training.ModulePage", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    module_key = models.UUIDField(db_index=True)
    questions = models.JSONField()
    answers = models.JSONField(null=True, blank=True)
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    passed = models.BooleanField(default=False)
    started_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["started_at"]
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")

    def __str__(self):
        return f"{self.user_id} · {self.module_key} · {self.score}"
