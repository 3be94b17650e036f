"""Evaluation summaries: anonymous, and only once a course has enough answers."""

from django.db.models import Avg, Count

from training.models import CourseEvaluation, TrainerEvaluation
from training.models.evaluations import MIN_ANSWERS_SHOWN


def evaluation_summary(course_key):
    """Averages and comments of a course's evaluations (in every language), or None
    while it has fewer than MIN_ANSWERS_SHOWN answers. No names, no dates."""
    evaluations = CourseEvaluation.objects.filter(course_key=course_key)
    figures = evaluations.aggregate(
        answers=Count("id"),
        overall=Avg("overall"),
        content=Avg("content"),
        usefulness=Avg("usefulness"),
    )
    if figures["answers"] < MIN_ANSWERS_SHOWN:
        return None
    trainers = list(
        TrainerEvaluation.objects.filter(evaluation__course_key=course_key)
        .values("trainer__name")
        .annotate(answers=Count("id"), knowledge=Avg("knowledge"), clarity=Avg("clarity"))
        .filter(answers__gte=MIN_ANSWERS_SHOWN)
        .order_by("trainer__name")
    )
    comments = sorted(
        comment for comment in evaluations.exclude(comment="").values_list("comment", flat=True)
    )
    return {**figures, "trainers": trainers, "comments": comments}
