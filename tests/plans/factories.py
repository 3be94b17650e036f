"""Plans built for tests: a plan page with a given number of axes and activities."""

from datetime import date

from django.conf import settings

from channels.models import Organisation
from plans.models import ActivityStatus, MonitoringCycle, PlanIndexPage, PlanItem, PlanPage


def plan_index(language=None):
    return PlanIndexPage.objects.get(locale__language_code=language or settings.LANGUAGE_CODE)


def plan(axes=2, per_axis=5, slug="plano-de-teste", short_name="PT", partners=()):
    """A published pt-BR plan with ``axes`` axes of ``per_axis`` activities each."""
    items = []
    for axis in range(1, axes + 1):
        items.append(PlanItem(code=str(axis), level="axis", title=f"Eixo {axis}"))
        for number in range(1, per_axis + 1):
            item = PlanItem(
                code=f"{axis}.{number}",
                level="activity",
                title=f"Atividade {axis}.{number}",
                expected_products="Produto A\nProduto B",
                indicators="Indicador",
            )
            item.partners = list(partners)
            items.append(item)
    for position, item in enumerate(items):
        item.sort_order = position
    page = PlanPage(
        title=f"Plano {short_name}",
        slug=slug,
        short_name=short_name,
        decree="Decreto de teste",
        start_year=2024,
        end_year=2028,
    )
    page.items = items
    plan_index().add_child(instance=page)
    page.save_revision().publish()
    return page


def cycle(plan_page, statuses=None, published=True, starts_on=date(2025, 1, 1)):
    """A cycle with ``statuses`` ({code: status}) recorded."""
    made = MonitoringCycle.objects.create(
        plan=plan_page,
        label="2025 · 1º semestre",
        starts_on=starts_on,
        ends_on=date(starts_on.year, 6, 30),
        published=published,
    )
    items = {item.code: item for item in plan_page.items.all()}
    ActivityStatus.objects.bulk_create(
        ActivityStatus(cycle=made, activity=items[code], status=status)
        for code, status in (statuses or {}).items()
    )
    return made


def organisation(acronym="ORG"):
    return Organisation.objects.get(locale__language_code=settings.LANGUAGE_CODE, acronym=acronym)
