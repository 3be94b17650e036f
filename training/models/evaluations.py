"""Trainees' evaluation of a course and of its trainers, given after completing it."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

SCALE = [MinValueValidator(1), MaxValueValidator(5)]
# Below this many answers a course's evaluations are not shown anywhere: with one or
# two answers a trainer could tell who wrote what.
MIN_ANSWERS_SHOWN = 3


class CourseEvaluation(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_evaluations"
    )
    course = models.ForeignKey(
        "training.CoursePage", on_delete=models.CASCADE, related_name="evaluations"
    )
    course_key = models.UUIDField(db_index=True)
    overall = models.PositiveSmallIntegerField(_("overall"), validators=SCALE)
    content = models.PositiveSmallIntegerField(_("content"), validators=SCALE)
    usefulness = models.PositiveSmallIntegerField(_("usefulness for my work"), validators=SCALE)
    comment = models.TextField(_("comment"), blank=True, max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("course evaluation")
        verbose_name_plural = _("course evaluations")
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key"], name="one_evaluation_per_course")
        ]

    def __str__(self):
        return f"{self.course_id} · {self.overall}/5"


class TrainerEvaluation(models.Model):
    evaluation = models.ForeignKey(
        CourseEvaluation, on_delete=models.CASCADE, related_name="trainer_ratings"
    )
    trainer = models.ForeignKey("training.Trainer", on_delete=models.CASCADE, related_name="+")
    knowledge = models.PositiveSmallIntegerField(_("knowledge of the subject"), validators=SCALE)
    clarity = models.PositiveSmallIntegerField(_("clarity"), validators=SCALE)
    comment = models.TextField(_("comment"), blank=True, max_length=1000)

    class Meta:
        verbose_name = _("trainer evaluation")
        verbose_name_plural = _("trainer evaluations")
        constraints = [
            models.UniqueConstraint(fields=["evaluation", "trainer"], name="one_rating_per_trainer")
        ]

    def __str__(self):
        return f"{self.trainer_id} · {self.knowledge}/{self.clarity}"
