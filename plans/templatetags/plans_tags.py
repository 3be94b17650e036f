from collections import Counter

from django import template
from django.conf import settings
from django.utils.translation import ngettext

from plans.models import STATUS_CSS, Level, PlanItem

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
    language, linked to their place on the plan page: two queries at most. ``codes``
    (the campaign's older free-text codes) adds those that match no tag, as text."""
    request = context.get("request")
    links_model = page.plan_activity_links.model
    links = list(
        links_model.objects.filter(
            page__translation_key=page.translation_key,
            page__locale__language_code=settings.LANGUAGE_CODE,
        )
        .select_related("activity__page")
        .order_by("sort_order", "pk")
    )
    translated = {}
    if links and page.locale.language_code != settings.LANGUAGE_CODE:
        for item in PlanItem.objects.filter(
            locale_id=page.locale_id,
            translation_key__in=[link.activity.translation_key for link in links],
            page__live=True,
        ).select_related("page"):
            translated[item.translation_key] = item
    entries, seen = [], set()
    for link in links:
        source = link.activity
        item = translated.get(source.translation_key, source)
        plan = item.page if item.page.live else None
        seen.add((source.page.short_name, source.code))
        entries.append(
            {
                "plan": source.page.short_name,
                "code": source.code,
                "title": item.title,
                "url": f"{plan.get_url(request)}#{source.anchor}" if plan else None,
            }
        )
    for plan_name, code in codes or []:
        if (plan_name, code) not in seen:
            seen.add((plan_name, code))
            entries.append({"plan": plan_name, "code": code, "title": "", "url": None})
    return entries


@register.simple_tag
def campaign_plan_codes(page):
    """The (plan, code) pairs of a campaign's free-text plan_activities field."""
    return [
        (block.value.get("plan", ""), block.value.get("code", ""))
        for block in getattr(page, "plan_activities", [])
        if block.block_type == "activity"
    ]
