from collections import Counter

from django import template
from django.conf import settings
from django.utils.translation import ngettext

from plans.models import STATUS_CSS, Level, PlanItem, anchor

register = template.Library()


@register.filter
def status_css(value):
    return STATUS_CSS.get(value, "not-monitored")


def _level_count(level, number):
    names = {
        Level.AXIS: ngettext("%(n)s thematic axis", "%(n)s thematic axes", number),
        Level.OBJECTIVE: ngettext("%(n)s specific objective", "%(n)s specific objectives", number),
        Level.GAP: ngettext("%(n)s gap", "%(n)s gaps", number),
        Level.GOAL: ngettext("%(n)s goal", "%(n)s goals", number),
        Level.PRIORITY_ACTION: ngettext("%(n)s priority action", "%(n)s priority actions", number),
        Level.ACTION: ngettext("%(n)s action", "%(n)s actions", number),
        Level.ACTIVITY: ngettext("%(n)s activity", "%(n)s activities", number),
    }
    return names[level] % {"n": number}


@register.simple_tag
def structure_summary(tree):
    """ "6 thematic axes · 58 goals · 138 actions · 120 indicators", from the tree."""
    levels, indicators = Counter(), 0
    stack = list(tree)
    while stack:
        node = stack.pop()
        levels[node.source.level] += 1
        indicators += len(node.item.indicators_list())
        stack.extend(node.children)
    parts = [_level_count(value, levels[value]) for value in Level.values if levels[value]]
    if indicators:
        parts.append(
            ngettext("%(n)s indicator", "%(n)s indicators", indicators) % {"n": indicators}
        )
    return parts


@register.simple_tag(takes_context=True)
def plan_activities_for(context, page, codes=None):
    """The plan activities a campaign or course page is tagged with, in the reader's
    language, linked to their place on the plan page. One query, and none while the
    list is in the cache (until the page is published again or a plan changes).
    ``codes`` (a campaign's older free-text codes) adds those that match no tag, as
    plain text."""
    from django.core.cache import cache

    from plans.signals import generation

    key = f"plans:tags:{page.pk}:{page.latest_revision_id}:{generation()}"
    entries = cache.get(key)
    if entries is None:
        entries = _tagged_activities(page, context.get("request"))
        cache.set(key, entries, 60 * 60 * 24)
    seen = {(entry["plan"], entry["code"]) for entry in entries}
    extra = []
    for plan_name, code in codes or []:
        if (plan_name, code) not in seen:
            seen.add((plan_name, code))
            extra.append({"plan": plan_name, "code": code, "title": "", "url": None})
    return [*entries, *extra]


def _tagged_activities(page, request):
    from django.db.models import OuterRef, Subquery
    from wagtail.models import Page

    links_model = page.plan_activity_links.model
    local_items = PlanItem.objects.filter(
        translation_key=OuterRef("activity__translation_key"), locale_id=page.locale_id
    )
    local_plans = Page.objects.filter(
        translation_key=OuterRef("activity__page__translation_key"),
        locale_id=page.locale_id,
        live=True,
    )
    rows = (
        links_model.objects.filter(
            page__translation_key=page.translation_key,
            page__locale__language_code=settings.LANGUAGE_CODE,
        )
        .order_by("sort_order", "pk")
        .values_list(
            "activity__page__short_name",
            "activity__code",
            "activity__title",
            Subquery(local_items.values("title")[:1]),
            Subquery(local_plans.values("url_path")[:1]),
        )
    )
    entries = []
    for plan_name, code, source_title, local_title, url_path in rows:
        url = None
        if url_path:
            url = f"{Page(url_path=url_path).get_url(request)}#{anchor(code)}"
        entries.append(
            {"plan": plan_name, "code": code, "title": local_title or source_title, "url": url}
        )
    return entries


@register.simple_tag
def campaign_plan_codes(page):
    """The (plan, code) pairs of a campaign's free-text plan_activities field."""
    return [
        (block.value.get("plan", ""), block.value.get("code", ""))
        for block in getattr(page, "plan_activities", [])
        if block.block_type == "activity"
    ]
