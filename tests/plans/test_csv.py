"""CSV import and export of a plan's structure and a cycle's statuses: the round trip
changes nothing, errors are reported row by row in the user's language and nothing is
saved, changes are saved with their history."""

import pytest
from django.utils import translation
from wagtail.models import Revision

from plans import csv_io
from plans.models import ActivityStatus, MonitoringCycle, PlanItem, PlanPage
from tests.factories import UserFactory
from tests.plans import factories
from website.csv_import import CSVRefused
from website.permissions import MODERATORS

pytestmark = pytest.mark.django_db


def structure_snapshot(plan):
    return [
        (item.code, item.level, item.title, item.description, item.expected_products,
         item.indicators, sorted(p.acronym for p in item.partners.all()))
        for item in PlanItem.objects.filter(page=plan).order_by("code")
    ]  # fmt: skip


def status_snapshot(cycle):
    return sorted(
        ActivityStatus.objects.filter(cycle=cycle).values_list(
            "activity__code", "status", "note", "evidence_links"
        )
    )


@pytest.mark.parametrize("short_name", ["I PAECM", "III PNETP", "PA NETP/PAAHM"])
def test_structure_round_trip_changes_nothing(short_name):
    plan = PlanPage.objects.get(locale__language_code="pt-br", short_name=short_name)
    before, revisions = structure_snapshot(plan), Revision.objects.count()
    exported = csv_io.export_structure(plan).encode()
    report = csv_io.import_structure(exported, plan, dry_run=False)
    assert report.ok
    assert report.applied
    assert {row.action for row in report.rows} == {"unchanged"}
    assert len(report.rows) == len(before)
    assert structure_snapshot(plan) == before
    assert Revision.objects.count() == revisions
    # Exporting again gives the same bytes.
    assert csv_io.export_structure(plan).encode() == exported


def test_structure_import_updates_and_adds_rows_through_a_published_revision():
    moderator = UserFactory(groups=[MODERATORS])
    plan = PlanPage.objects.get(locale__language_code="pt-br", short_name="I PAECM")
    partners_before = structure_snapshot(plan)
    text = csv_io.export_structure(plan)
    text = text.replace(
        "1.3.4,activity,1.3,", "1.3.4,activity,1.3,Campanhas nas redes sociais para migrantes ZZ", 1
    ).replace(
        "Campanhas nas redes sociais para migrantes ZZProduzir",
        "Campanhas nas redes sociais para migrantes ZZ",
        1,
    )
    text += "1.3.6,activity,1.3,Nova atividade de teste,,,,MJSP; PF\r\n"
    report = csv_io.import_structure(text.encode(), plan, user=moderator, dry_run=True)
    assert report.ok
    assert not report.applied
    assert report.count("create") == 1
    assert report.count("update") == 1
    assert PlanItem.objects.filter(page=plan, code="1.3.6").count() == 0  # dry run
    report = csv_io.import_structure(text.encode(), plan, user=moderator, dry_run=False)
    assert report.applied
    plan.refresh_from_db()
    new = PlanItem.objects.get(page=plan, code="1.3.6")
    assert plan.items.get(code="1.3.4").title.startswith("Campanhas nas redes sociais para")
    assert sorted(p.acronym for p in new.partners.all()) == ["MJSP", "PF"]
    # Untouched rows keep their partners; the page's history shows the import.
    assert {row[0]: row[6] for row in structure_snapshot(plan)}["1.1.1"] == {
        row[0]: row[6] for row in partners_before
    }["1.1.1"]
    assert plan.live_revision.user == moderator


def test_structure_errors_are_reported_by_row_and_nothing_is_saved():
    plan = factories.plan(axes=1, per_axis=2)
    before = structure_snapshot(plan)
    text = (
        "code,level,parent_code,title,partners\r\n"
        "1.1,activity,1,Novo título,\r\n"
        "1.x,activity,1,Código ruim,\r\n"
        "3.1,activity,3,Sem pai,\r\n"
        "1.2,nível,1,Nível ruim,\r\n"
        "1.1,activity,1,Repetida,\r\n"
        "2,axis,,Eixo 2,XYZ\r\n"
    )
    with translation.override("es"):
        report = csv_io.import_structure(text.encode(), plan, dry_run=False)
    assert not report.ok
    assert not report.applied
    errors = {row.line: " ".join(row.errors) for row in report.rows}
    assert errors[2] == ""
    assert "números separados por puntos" in errors[3]
    assert "3" in errors[4]
    assert "ninguna fila" in errors[4]
    assert "nivel" in errors[5] or "level" in errors[5]
    assert "línea 2" in errors[6]
    assert "XYZ" in errors[7]
    assert structure_snapshot(plan) == before


def test_status_round_trip_and_history():
    monitor = UserFactory(groups=["Plan monitors"])
    cycle = MonitoringCycle.objects.get(
        plan__short_name="III PNETP", plan__locale__language_code="pt-br"
    )
    before = status_snapshot(cycle)
    exported = csv_io.export_statuses(cycle).encode()
    report = csv_io.import_statuses(exported, cycle, user=monitor, dry_run=False)
    assert report.ok
    assert report.applied
    assert {row.action for row in report.rows} == {"unchanged"}
    assert status_snapshot(cycle) == before
    assert csv_io.export_statuses(cycle).encode() == exported

    changed = exported.decode().replace(
        "1.1.2,in_progress,,",
        "1.1.2,Concluída,Relatório final entregue,https://example.org/a https://example.org/b",
        1,
    )
    assert changed != exported.decode()
    with translation.override("pt-br"):
        report = csv_io.import_statuses(changed.encode(), cycle, user=monitor, dry_run=False)
    assert report.count("update") == 1
    assert report.count("unchanged") == len(before) - 1
    status = ActivityStatus.objects.get(cycle=cycle, activity__code="1.1.2")
    assert status.status == "done"
    assert status.evidence_links.split() == ["https://example.org/a", "https://example.org/b"]
    revision = status.revisions.get()
    assert revision.user == monitor
    assert revision.content["status"] == "done"


def test_status_errors_save_nothing():
    plan = factories.plan(axes=1, per_axis=3)
    cycle = factories.cycle(plan, {"1.1": "in_progress"})
    before = status_snapshot(cycle)
    text = (
        "code,status,note,evidence_urls\r\n"
        "1.1,done,ok,https://example.org/ok\r\n"
        "1.2,talvez,,\r\n"
        "1,done,,\r\n"
        "1.1,done,,\r\n"
        "1.3,done,,javascript:alert(1)\r\n"
    )
    with translation.override("fr"):
        report = csv_io.import_statuses(text.encode(), cycle, dry_run=False)
    assert not report.applied
    errors = {row.line: " ".join(row.errors) for row in report.rows}
    assert errors[2] == ""
    assert "talvez" in errors[3]
    assert "est pas une action ou activit" in errors[4]
    assert "ligne 2" in errors[5]
    assert "adresse web" in errors[6]
    assert status_snapshot(cycle) == before


def test_wrong_files_are_refused_with_a_message():
    plan = factories.plan(axes=1, per_axis=1)
    cycle = factories.cycle(plan)
    with pytest.raises(CSVRefused):
        csv_io.import_statuses(b"codigo,nome\r\n1.1,x\r\n", cycle)
    with pytest.raises(CSVRefused):
        csv_io.import_structure(b"", plan)
    # Excel's semicolons and Portuguese headers are understood.
    report = csv_io.import_statuses("código;situação\r\n1.1;done\r\n".encode(), cycle)
    assert report.ok
    assert report.count("create") == 1
