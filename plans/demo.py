"""Demo national plans: the "planos-nacionais" section becomes the plans index, with the
III National Plan, the NETP/PAAHM network's action plan under the IV National Plan and
the I PAECM, translated into es, en, fr and ht; one published monitoring cycle of the
III Plan reproducing the source's figure (118 of 138 actions monitored, 86%); the demo
campaigns, courses and live training tagged with the activities they deliver.

Idempotent: what exists is left as it is, so a second run creates and changes nothing.
"""

import json
from collections import defaultdict
from datetime import date

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from channels.models import Organisation
from plans import demo_text as text
from plans.models import (
    MONITORED_LEVELS,
    ActivityStatus,
    CampaignActivity,
    CourseActivity,
    Level,
    LiveTrainingActivity,
    MonitoringCycle,
    PlanIndexPage,
    PlanItem,
    PlanPage,
    Progress,
    code_key,
)
from website.demo.loader import TextCatalogue, target_locales
from website.demo.text import T
from website.models import ContentPage, HomePage

INDEX_SLUG = "planos-nacionais"
EVIDENCE = "https://www.gov.br/mj/pt-br/assuntos/sua-protecao/trafico-de-pessoas"


# --- Organisations --------------------------------------------------------------------
def ensure_organisations(locales):
    default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    existing = {org.acronym: org for org in Organisation.objects.filter(locale=default)}
    created = 0
    new = [
        Organisation(locale=default, acronym=acronym, kind=kind, website=site, name=name.pt)
        for acronym, kind, site, name in text.ORGANISATIONS
        if acronym not in existing
    ]
    if new:
        Organisation.objects.bulk_create(new)
        created += len(new)
        existing = {org.acronym: org for org in Organisation.objects.filter(locale=default)}
    # Translations are rows with the same translation key in each locale.
    names = {acronym: name for acronym, _kind, _site, name in text.ORGANISATIONS}
    have = set(
        Organisation.objects.exclude(locale=default).values_list("translation_key", "locale_id")
    )
    copies = [
        Organisation(
            locale=locale,
            translation_key=org.translation_key,
            acronym=org.acronym,
            kind=org.kind,
            website=org.website,
            name=names[acronym].in_language(locale.language_code),
        )
        for acronym, org in existing.items()
        if acronym in names
        for locale in locales
        if (org.translation_key, locale.pk) not in have
    ]
    Organisation.objects.bulk_create(copies)
    return existing, created


# Who runs which demo channel, where the source documents say so: the federal bodies by
# their own channel, and each state centre and migrant post by its network.
CHANNEL_ORGANISATIONS = {
    "slug": {
        "defensoria-publica-da-uniao": "DPU",
        "ministerio-publico-federal": "MPF",
        "policia-federal": "PF",
    },
    "kind": {"netp": "NETPs", "paahm": "PAAHMs"},
}


def link_channels(organisations):
    """Set the running organisation of the demo channels that have none yet (every
    language's row of a channel points at the same organisation); the number linked."""
    from channels.models import Channel

    linked = 0
    for field, wanted in CHANNEL_ORGANISATIONS.items():
        for value, acronym in wanted.items():
            organisation = organisations.get(acronym)
            if organisation is None:
                continue
            keys = Channel.objects.filter(
                locale__language_code=settings.LANGUAGE_CODE, **{field: value}
            ).values("translation_key")
            linked += Channel.objects.filter(
                translation_key__in=keys, organisation__isnull=True
            ).update(organisation=organisation)
    return linked


# --- The index replaces the section page ----------------------------------------------
def ensure_index():
    """Turn the "Planos nacionais" content page into the plans index in every language,
    keeping its id, path, slug, title, body, translations and menu place."""
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    section = home.get_children().filter(slug=INDEX_SLUG).first()
    if section is None:
        raise RuntimeError(f"The demo page tree has no {INDEX_SLUG!r} section")
    if section.specific_class is PlanIndexPage:
        return section.specific, False
    content_type = ContentType.objects.get_for_model(PlanIndexPage)
    body_field = PlanIndexPage._meta.get_field("body")
    table = connection.ops.quote_name(PlanIndexPage._meta.db_table)
    with transaction.atomic():
        for page in ContentPage.objects.filter(translation_key=section.translation_key):
            with connection.cursor() as cursor:
                cursor.execute(
                    f"INSERT INTO {table} (page_ptr_id, intro, body) VALUES (%s, %s, %s)",  # noqa: S608
                    [page.pk, page.intro, body_field.get_db_prep_value(page.body, connection)],
                )
            ContentPage.objects.filter(pk=page.pk)._raw_delete(connection.alias)
            Page.objects.filter(pk=page.pk).update(content_type=content_type)
        TranslationSource.objects.filter(object_id=section.translation_key).update(
            specific_content_type=content_type
        )
    for page in PlanIndexPage.objects.filter(translation_key=section.translation_key):
        if page.live:
            page.save_revision().publish()
    index = PlanIndexPage.objects.get(pk=section.pk)
    TranslationSource.update_or_create_from_instance(index)
    return index, True


# --- Plans ----------------------------------------------------------------------------
def _row(code, level, title, *, description=None, products=None, indicators=None):
    return {
        "code": code,
        "level": level,
        "title": title,
        "description": description,
        "products": products,
        "indicators": indicators,
    }


def iii_rows():
    rows = []
    for axis_number, (axis, goals) in enumerate(
        zip(text.III_AXES, text.III_GOALS_PER_AXIS, strict=True), start=1
    ):
        rows.append(_row(str(axis_number), Level.AXIS, axis))
        for goal_number in range(1, goals + 1):
            goal_code = f"{axis_number}.{goal_number}"
            goal_index = len([r for r in rows if r["level"] == Level.GOAL])
            # 120 indicators over 58 goals: two each, three for the first four goals;
            # 138 actions: two each, three for 22 goals spread over the axes.
            indicators = 3 if goal_index < 4 else 2
            actions = 3 if goal_index % 8 in (0, 3, 6) else 2
            rows.append(
                _row(
                    goal_code,
                    Level.GOAL,
                    text.iii_goal(goal_code, axis),
                    indicators=text.iii_indicators(goal_code, indicators),
                )
            )
            for action in range(1, actions + 1):
                code = f"{goal_code}.{action}"
                rows.append(_row(code, Level.ACTION, text.iii_action(code, goal_code)))
    return rows


def netp_rows():
    rows = []
    for code, gap, need, products, activities in text.NETP["gaps"]:
        rows.append(
            _row(
                code,
                Level.GAP,
                text.t(gap),
                description=text.t(need),
                products=text.t(products),
            )
        )
        rows += [_row(a[0], Level.ACTIVITY, text.t(a[1:])) for a in activities]
    return rows


def paecm_rows():
    rows = [_row(r[0], Level.OBJECTIVE, text.t(r[1:])) for r in text.PAECM["objectives_rows"]]
    rows += [_row(r[0], Level.PRIORITY_ACTION, text.t(r[1:])) for r in text.PAECM["actions"]]
    rows += [_row(r[0], Level.ACTIVITY, text.t(r[1:])) for r in text.PAECM["activities"]]
    return rows


PLANS = [(text.III, iii_rows), (text.NETP, netp_rows), (text.PAECM, paecm_rows)]


def _stream(blocks):
    return json.dumps(blocks)


def _register(catalogue, spec, rows):
    for key in ("title", "intro", "decree"):
        catalogue.add(spec[key])
    for item in [*spec["objectives"], *spec["method"]]:
        catalogue.add(item)
    for row in rows:
        for key in ("title", "description", "products", "indicators"):
            if row[key] is not None:
                catalogue.add(row[key])
                catalogue.add(_as_segment(row[key]))


def _as_segment(value):
    """wagtail-localize offers a multi-line text field as one segment with <br/> tags."""
    return T(
        **{
            key: getattr(value, key).replace("\n", "<br/>")
            for key in ("pt", "es", "en", "fr", "ht")
        }
    )


def ensure_plan(index, catalogue, spec, rows, organisations):
    _register(catalogue, spec, rows)
    page = PlanPage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if page is not None:
        return page, False
    partners = spec.get("partners", {})
    items = []
    for position, row in enumerate(sorted(rows, key=lambda r: code_key(r["code"]))):
        item = PlanItem(
            code=row["code"],
            level=row["level"],
            title=row["title"].pt,
            description=row["description"].pt if row["description"] else "",
            expected_products=row["products"].pt if row["products"] else "",
            indicators=row["indicators"].pt if row["indicators"] else "",
            sort_order=position,
        )
        item.partners = [organisations[acronym] for acronym in partners.get(row["code"], [])]
        items.append(item)
    start, end = spec["years"]
    page = PlanPage(
        title=spec["title"].pt,
        slug=spec["slug"],
        intro=spec["intro"].pt,
        short_name=spec["short_name"],
        decree=spec["decree"].pt,
        start_year=start,
        end_year=end,
        objectives=_stream([{"type": "objective", "value": o.pt} for o in spec["objectives"]]),
        monitoring_method=_stream(
            [{"type": "paragraph", "value": f"<p>{m.pt}</p>"} for m in spec["method"]]
        ),
    )
    index.add_child(instance=page)
    _insert_rows(page, items)
    page.save_revision().publish()
    return page, True


def _insert_rows(page, items):
    """Write a new page's rows and their partners in two queries (modelcluster would
    save them one by one, then read each row's partners back), and keep them on the page
    in memory, so its first revision is serialised without reading them again."""
    for item in items:
        item.page = page
        item.locale_id = page.locale_id
    PlanItem.objects.bulk_create(items)
    through = PlanItem.partners.through
    through.objects.bulk_create(
        through(planitem_id=item.pk, organisation_id=organisation.pk)
        for item in items
        for organisation in item.partners.all()
    )
    page.items = items


# --- The III Plan's monitored cycle ---------------------------------------------------
# Of the 138 actions, 118 were monitored in the cycle (the source's 86%). The split of
# the monitored ones between done, in progress and not started is the demo's own.
NOT_MONITORED_EVERY = 7  # every 7th action from the 4th: 20 of 138
MONITORED_PATTERN = [
    Progress.DONE,
    Progress.IN_PROGRESS,
    Progress.DONE,
    Progress.IN_PROGRESS,
    Progress.NOT_STARTED,
    Progress.IN_PROGRESS,
    Progress.DONE,
]
NOTES = {
    "1.1.1": "Grupo interministerial reunido duas vezes; relatório de progresso publicado.",
    "3.1.1": "Curso a distância oferecido às redes estaduais; turmas com inscrições abertas.",
    "5.2.1": "Fluxo de atendimento pactuado em dois estados; os demais em negociação.",
}


def demo_status(position):
    if position % NOT_MONITORED_EVERY == 3:
        return Progress.NOT_MONITORED
    return MONITORED_PATTERN[position % len(MONITORED_PATTERN)]


def ensure_cycle(plan):
    cycle, created = MonitoringCycle.objects.get_or_create(
        plan=plan,
        starts_on=date(2021, 7, 1),
        defaults={"label": "2021 · 2º semestre", "ends_on": date(2021, 12, 31), "published": True},
    )
    if not created:
        return cycle, 0
    actions = sorted(plan.items.filter(level=Level.ACTION), key=lambda item: code_key(item.code))
    statuses = [
        ActivityStatus(
            cycle=cycle,
            activity=item,
            status=demo_status(position),
            note=NOTES.get(item.code, ""),
            evidence_links=EVIDENCE if item.code in NOTES else "",
        )
        for position, item in enumerate(actions)
    ]
    ActivityStatus.objects.bulk_create(statuses)
    return cycle, len(statuses)


# --- Traceability ---------------------------------------------------------------------
def _activities(plans):
    """{(plan short name, code): monitored row} of the pt-BR plans."""
    names = {plan.pk: plan.short_name for plan in plans}
    return {
        (names[item.page_id], item.code): item
        for item in PlanItem.objects.filter(page__in=plans, level__in=MONITORED_LEVELS)
    }


def tag_campaigns_and_trainings(plans):
    """Turn the campaigns' free-text plan codes into links where they name a demo
    activity (the free text stays, nothing is lost), and tag the demo courses and live
    training. A page gets a new revision only when a tag is added."""
    from campaigns.models import CampaignPage
    from training.models import CoursePage, LiveTraining

    activities = _activities(plans)
    added = 0
    pt = settings.LANGUAGE_CODE
    for campaign in CampaignPage.objects.filter(locale__language_code=pt):
        wanted = []
        for block in campaign.plan_activities:
            key = (block.value["plan"], block.value["code"])
            key = text.CAMPAIGN_CODE_MEANING.get(key, key)
            if key in activities:
                wanted.append(activities[key])
        added += _tag_page(campaign, CampaignActivity, wanted)
    for slug, keys in text.COURSE_ACTIVITIES.items():
        course = CoursePage.objects.filter(locale__language_code=pt, slug=slug).first()
        if course is not None:
            added += _tag_page(course, CourseActivity, [activities[k] for k in keys])
    for title, keys in text.LIVE_TRAINING_ACTIVITIES.items():
        for training in LiveTraining.objects.filter(title=title):
            have = set(training.plan_activity_links.values_list("activity_id", flat=True))
            new = [
                LiveTrainingActivity(training=training, activity=activities[k], sort_order=n)
                for n, k in enumerate(keys)
                if activities[k].pk not in have
            ]
            LiveTrainingActivity.objects.bulk_create(new)
            added += len(new)
    return added


def _tag_page(page, model, wanted):
    have = set(model.objects.filter(page=page).values_list("activity_id", flat=True))
    missing = [item for item in wanted if item.pk not in have]
    if not missing:
        return 0
    page = page.specific
    for item in missing:
        page.plan_activity_links.add(model(activity=item))
    page.save_revision().publish()
    return len(missing)


def translate_plan(page, catalogue, locales):
    """``website.demo.loader.translate_instance`` for a page with hundreds of rows: the
    same result (a wagtail-localize translation per locale, every segment translated
    from the catalogue, the translated page published), with the string translations
    written in one query per locale and the page built by ``_create_translated_page``
    instead of ``Translation.save_target``, which would write and read back every row
    five times."""
    from wagtail_localize.models import StringSegment, StringTranslation, Translation

    source, _created = TranslationSource.get_or_create_from_instance(page)
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    original = None
    made = []
    for locale in locales:
        existing = page.get_translation_or_none(locale)
        if existing is not None and not getattr(existing, "alias_of_id", None):
            continue
        translation, _made = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        have = set(
            StringTranslation.objects.filter(
                locale=locale, translation_of__in=[s.string for s in segments]
            ).values_list("translation_of_id", "context_id")
        )
        new = {}
        for segment in segments:
            key = (segment.string_id, segment.context_id)
            if key in have or key in new:
                continue
            pt_text = segment.string.data
            text = (
                pt_text
                if segment.context.path == "slug"
                else catalogue.translate(pt_text, locale.language_code)
            )
            if text is None:
                raise RuntimeError(f"No {locale.language_code} text for {pt_text!r}")
            new[key] = StringTranslation(
                translation_of_id=segment.string_id,
                locale=locale,
                context_id=segment.context_id,
                data=text,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
        StringTranslation.objects.bulk_create(new.values())
        if existing is not None:
            # An alias from the tree synchronisation: wagtail-localize's own route
            # turns it into a real page.
            translation.save_target(publish=True)
        else:
            if original is None:
                original = source.as_instance()
            _create_translated_page(source, original, locale)
        made.append(translation)
    return made


def _create_translated_page(source, original, locale):
    """What ``TranslationSource.create_or_update_translation`` does for a page not yet
    translated, with wagtail-localize's and Wagtail's own steps: copy the page into the
    locale (as ``copy_for_translation`` does, logged the same way), synchronise fields,
    ingest the translated segments, save one revision and publish it. The differences
    are in how, not what: the rows are inserted in one query and matched to their
    segments by translation key (wagtail-localize scans every row for each one), and
    the intermediate untranslated revision of the copy is not written."""
    from django.utils.text import slugify
    from wagtail.coreutils import find_available_slug
    from wagtail.log_actions import log
    from wagtail.models.copying import _copy
    from wagtail_localize.fields import copy_synchronised_fields
    from wagtail_localize.models import TranslationLog
    from wagtail_localize.segments.ingest import ingest_segments

    source_parent = original.get_parent().specific
    parent = source_parent.get_translation(locale)
    translated, _children = _copy(
        original,
        exclude_fields=original.default_exclude_fields_in_copy + original.exclude_fields_in_copy,
        update_attrs={
            "locale": locale,
            "live": False,
            "has_unpublished_changes": True,
            "live_revision": None,
            "first_published_at": None,
            "last_published_at": None,
            "alias_of": None,
        },
    )
    copy_synchronised_fields(original, translated)
    page_segments, row_segments = [], defaultdict(list)
    for segment in source._get_segments_for_translation(locale, fallback=True):
        field_name, rest = segment.unwrap()
        if field_name == "items":
            row_key, row_segment = rest.unwrap()
            row_segments[row_key].append(row_segment)
        else:
            page_segments.append(segment)
    ingest_segments(original, translated, source.locale, locale, page_segments)
    original_rows = {str(row.translation_key): row for row in original.items.all()}
    rows = list(translated.items.all())
    for row in rows:
        row.locale = locale
        key = str(row.translation_key)
        # Partners, like the copy's, are the source row's (kept in memory: no query).
        row.partners = list(original_rows[key].partners.all())
        if row_segments.get(key):
            ingest_segments(original_rows[key], row, source.locale, locale, row_segments[key])
    translated.slug = find_available_slug(parent, slugify(translated.slug))
    translated.items = []
    parent.add_child(instance=translated)
    _insert_rows(translated, rows)
    log(
        instance=translated,
        action="wagtail.copy_for_translation",
        data={
            "page": {
                "id": translated.id,
                "title": translated.get_admin_display_title(),
                "locale": {"id": locale.id, "language_code": locale.language_code},
            },
            "source": {"id": source_parent.id, "title": source_parent.get_admin_display_title()},
            "destination": {"id": parent.id, "title": parent.get_admin_display_title()},
            "keep_live": False,
            "source_locale": {
                "id": original.locale_id,
                "language_code": original.locale.language_code,
            },
        },
    )
    revision = translated.save_revision()
    source.sync_view_restrictions(original, translated)
    revision.publish()
    TranslationLog.objects.create(source=source, locale=locale, revision=revision)
    return translated


def load():
    catalogue = TextCatalogue()
    locales = target_locales()
    organisations, organisations_made = ensure_organisations(locales)
    index, converted = ensure_index()
    plans, made = [], 0
    for spec, rows in PLANS:
        plan, created = ensure_plan(index, catalogue, spec, rows(), organisations)
        plans.append(plan)
        made += created
    translations = []
    for plan in plans:
        translations += translate_plan(plan, catalogue, locales)
    _cycle, statuses = ensure_cycle(plans[0])
    tags = tag_campaigns_and_trainings(plans)
    linked = link_channels(organisations)
    return (
        f"{organisations_made} organisation(s), {linked} channel row(s) linked to theirs, "
        f"index {'converted' if converted else 'kept'}, "
        f"{made} plan(s) created, {len(translations)} translation(s), "
        f"{statuses} status(es), {tags} tag(s) added"
    )
