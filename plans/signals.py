"""A generation number for what campaign and course pages show about plan activities:
bumped whenever a plan, its rows, a tag or an organisation changes, so the small list
those pages keep in the cache is rebuilt (and costs their budget no query when warm)."""

from django.core.cache import cache

GENERATION_KEY = "plans:generation"


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = 1
        cache.set(GENERATION_KEY, value, None)
    return value


def bump(**kwargs):
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, None)


def connect():
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.signals import page_published, page_unpublished

    from channels.models import Organisation
    from plans.models import (
        CampaignActivity,
        CourseActivity,
        LiveTrainingActivity,
        PlanItem,
        PlanPage,
    )
    from training.models import LiveTraining

    # Live trainings are listed under the activities they deliver (plan pages keep their
    # rendered structure in the cache: plans/views.py).
    models = (
        PlanItem,
        CampaignActivity,
        CourseActivity,
        LiveTrainingActivity,
        LiveTraining,
        Organisation,
    )
    for model in models:
        post_save.connect(bump, sender=model, dispatch_uid=f"plans_bump_save_{model.__name__}")
        post_delete.connect(bump, sender=model, dispatch_uid=f"plans_bump_del_{model.__name__}")
    m2m_changed.connect(bump, sender=PlanItem.partners.through, dispatch_uid="plans_bump_m2m")
    page_published.connect(bump, sender=PlanPage, dispatch_uid="plans_bump_published")
    page_unpublished.connect(bump, sender=PlanPage, dispatch_uid="plans_bump_unpublished")
