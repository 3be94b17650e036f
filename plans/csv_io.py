"""CSV import and export of a plan's structure and of a cycle's statuses.

Reading, limits and the row-by-row report come from ``website.csv_import``. Both imports
are all-or-nothing: any error in any row and nothing is saved. A row equal to what is
stored is "unchanged" and left alone, so importing an export changes nothing.

Structure (one row per axis, goal, action...; the pt-BR texts):
  code, level, parent_code, title, description, expected_products, indicators, partners
  ``expected_products`` and ``indicators`` hold one item per line inside the cell;
  ``partners`` holds organisation acronyms separated by ";".

Statuses of one cycle (one row per action or activity):
  code, status, note, evidence_urls
  ``status`` is not_started, in_progress, done or not_monitored (or its name in the
  user's language); ``evidence_urls`` are web addresses separated by spaces.
"""

import csv
import io

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from channels.models import Organisation
from plans.models import (
    MONITORED_LEVELS,
    ActivityStatus,
    Level,
    PlanItem,
    Progress,
    code_key,
    code_validator,
    parent_code,
    split_lines,
    validate_evidence_links,
)
from website.csv_import import (
    CSVFormat,
    ImportReport,
    RowReport,
    error_lines,
    finish_import,
    first_seen,
    header_key,
    mark_action,
    read_csv,
)

STRUCTURE_FORMAT = CSVFormat(
    columns=(
        "code",
        "level",
        "parent_code",
        "title",
        "description",
        "expected_products",
        "indicators",
        "partners",
    ),
    required=("code", "level", "title"),
    aliases={"codigo": "code", "nivel": "level", "titulo": "title", "parceiros": "partners"},
    wrong_columns=gettext_lazy(
        "The columns are not those of a plan structure file (%(problems)s)."
    ),
    no_rows=gettext_lazy("The file has a header but no rows of the plan."),
)
STATUS_FORMAT = CSVFormat(
    columns=("code", "status", "note", "evidence_urls"),
    required=("code", "status"),
    aliases={"codigo": "code", "situacao": "status", "nota": "note", "evidencias": "evidence_urls"},
    wrong_columns=gettext_lazy("The columns are not those of a statuses file (%(problems)s)."),
    no_rows=gettext_lazy("The file has a header but no statuses."),
)


def _write(columns, rows):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _safe(value) for key, value in row.items()})
    return buffer.getvalue()


def _safe(value):
    # A leading "=", "+", "-" or "@" would run as a formula in a spreadsheet.
    value = str(value)
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def _unsafe(value):
    return value[1:] if value[:2] in ("'=", "'+", "'-", "'@") else value


def _lines(text):
    return "\n".join(split_lines(text))


def _choice_values(choices):
    """A column's accepted values: each key of ``choices``, and its name in the user's
    language compared as header names are."""
    values = {key: key for key in choices.values}
    values.update({header_key(str(label)): key for key, label in choices.choices})
    return values


def _choice(report, column, text, values, choices):
    """The key the cell ``text`` names, or None and an error on the row."""
    value = values.get(text) or values.get(header_key(text))
    if value is None:
        report.errors.append(
            f"{column}: "
            + _("“%(value)s” is not one of: %(choices)s.")
            % {"value": text, "choices": ", ".join(choices.values)}
        )
    return value


# --- Structure ------------------------------------------------------------------------
def source_items(plan):
    return sorted(plan.items.all().prefetch_related("partners"), key=lambda i: code_key(i.code))


def item_row(item):
    return {
        **item_row_fields(item),
        "partners": "; ".join(sorted(partner.acronym for partner in item.partners.all())),
    }


def export_structure(plan):
    return _write(STRUCTURE_FORMAT.columns, (item_row(item) for item in source_items(plan)))


def import_structure(data, plan, user=None, dry_run=True):
    """Check (and unless ``dry_run``, apply) a structure file for the pt-BR ``plan``.
    Rows are matched by code; rows of the plan missing from the file are kept."""
    header, rows = read_csv(data, STRUCTURE_FORMAT)
    organisations = {
        organisation.acronym.casefold(): organisation
        for organisation in Organisation.objects.filter(locale=plan.locale)
    }
    existing = {item.code: item for item in source_items(plan)}
    before = {code: item_row(item) for code, item in existing.items()}
    codes_in_file = {row["code"] for _line, row in rows}
    levels = _choice_values(Level)
    reports, changed, seen = [], {}, {}
    for line, row in rows:
        report = RowReport(line=line, name=row["code"])
        reports.append(report)
        code = row["code"]
        try:
            code_validator(code)
        except ValidationError as error:
            report.errors.append("code: " + " ".join(error.messages))
            continue
        if not first_seen(
            report, seen, "code", code, line, _("the same code is on line %(line)s.")
        ):
            continue
        level = _choice(report, "level", row["level"], levels, Level)
        expected_parent = parent_code(code)
        if "parent_code" in header and row["parent_code"] != expected_parent:
            report.errors.append(
                "parent_code: "
                + _("the code %(code)s belongs to %(parent)s, not to “%(value)s”.")
                % {"code": code, "parent": expected_parent or "-", "value": row["parent_code"]}
            )
        if expected_parent and expected_parent not in codes_in_file | set(existing):
            report.errors.append(
                "parent_code: "
                + _("there is no row with the code %(parent)s.") % {"parent": expected_parent}
            )
        partners = []
        if "partners" in header:
            for acronym in [part.strip() for part in row["partners"].split(";") if part.strip()]:
                organisation = organisations.get(acronym.casefold())
                if organisation is None:
                    report.errors.append(
                        "partners: "
                        + _("no organisation has the acronym “%(acronym)s”.") % {"acronym": acronym}
                    )
                else:
                    partners.append(organisation)
        item = existing.get(code) or PlanItem(code=code, locale=plan.locale)
        item.level = level or ""
        item.title = _unsafe(row["title"])
        for column in ("description", "expected_products", "indicators"):
            if column in header:
                setattr(item, column, _unsafe(row[column]))
        try:
            item.full_clean(exclude=["page", "translation_key", "locale", "sort_order"])
        except ValidationError as error:
            report.errors += error_lines(error)
        if report.errors:
            continue
        if "partners" in header:
            partners_text = "; ".join(sorted(partner.acronym for partner in partners))
        else:
            partners_text = before.get(code, {}).get("partners", "")
        new_row = {**item_row_fields(item), "partners": partners_text}
        if mark_action(report, before.get(code), new_row):
            changed[code] = (item, partners if "partners" in header else None)
    result = ImportReport(rows=reports)
    result.kept = sorted(set(existing) - codes_in_file, key=code_key)
    if dry_run or not result.ok:
        return result
    if changed:
        _apply_structure(plan, existing, changed, user)
    result.applied = True
    return result


def item_row_fields(item):
    return {
        "code": item.code,
        "level": item.level,
        "parent_code": parent_code(item.code),
        "title": item.title,
        "description": item.description,
        "expected_products": _lines(item.expected_products),
        "indicators": _lines(item.indicators),
    }


def _apply_structure(plan, existing, changed, user):
    """Write the rows through a new revision of the page, published, so the page's
    history shows the import and its translations can be synchronised from it."""
    with transaction.atomic():
        page = type(plan).objects.select_for_update().get(pk=plan.pk)
        items = {item.code: item for item in page.items.all()}
        for code, (item, partners) in changed.items():
            target = items.get(code)
            if target is None:
                target = PlanItem(code=code, locale=page.locale)
                items[code] = target
            for name in ("level", "title", "description", "expected_products", "indicators"):
                setattr(target, name, getattr(item, name))
            if partners is not None:
                target.partners = partners
            elif target.pk:
                target.partners = list(target.partners.all())
        ordered = sorted(items.values(), key=lambda i: code_key(i.code))
        for position, item in enumerate(ordered):
            item.sort_order = position
            if item.pk and item.code not in changed:
                item.partners = list(item.partners.all())
        page.items = ordered
        page.save_revision(user=user, log_action=True).publish(user=user)


# --- Statuses -------------------------------------------------------------------------
def cycle_items(cycle):
    return {
        item.code: item
        for item in PlanItem.objects.filter(page_id=cycle.plan_id, level__in=MONITORED_LEVELS)
    }


def status_row(status):
    return {
        "code": status.activity.code,
        "status": status.status,
        "note": status.note,
        "evidence_urls": " ".join(status.evidence_links.split()),
    }


def export_statuses(cycle):
    """Every monitored activity of the plan, with its status in the cycle if it has one
    (an empty status cell means nothing was recorded yet)."""
    statuses = {status.activity_id: status for status in cycle.statuses.select_related("activity")}
    rows = []
    for item in sorted(cycle_items(cycle).values(), key=lambda i: code_key(i.code)):
        status = statuses.get(item.pk)
        if status is not None:
            rows.append(status_row(status))
    return _write(STATUS_FORMAT.columns, rows)


def import_statuses(data, cycle, user=None, dry_run=True):
    header, rows = read_csv(data, STATUS_FORMAT)
    items = cycle_items(cycle)
    statuses = {
        status.activity.code: status for status in cycle.statuses.select_related("activity")
    }
    values = _choice_values(Progress)
    reports, pending, seen = [], [], {}
    for line, row in rows:
        code = row["code"]
        report = RowReport(line=line, name=code)
        reports.append(report)
        item = items.get(code)
        if item is None:
            report.errors.append(
                "code: " + _("%(code)s is not an action or activity of this plan.") % {"code": code}
            )
            continue
        if not first_seen(
            report, seen, "code", code, line, _("the same code is on line %(line)s.")
        ):
            continue
        value = _choice(report, "status", row["status"], values, Progress)
        if value is None:
            continue
        status = statuses.get(code)
        before = status_row(status) if status else None
        if status is None:
            status = ActivityStatus(cycle=cycle, activity=item)
        status.status = value
        if "note" in header:
            status.note = _unsafe(row["note"])
        if "evidence_urls" in header:
            status.evidence_links = "\n".join(row["evidence_urls"].split())
        try:
            validate_evidence_links(status.evidence_links)
            status.full_clean(exclude=["cycle", "activity", "latest_revision"])
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                messages = error.message_dict.items()
            else:
                messages = [("evidence_urls", error.messages)]
            for name, texts in messages:
                name = "evidence_urls" if name == "evidence_links" else name
                report.errors += [f"{name}: {text}" for text in dict.fromkeys(texts)]
            continue
        if mark_action(report, before, status_row(status)):
            pending.append(status)

    def save(status):
        status.save()
        status.save_revision(user=user, log_action=True)

    return finish_import(reports, pending, save, dry_run)
