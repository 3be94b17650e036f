"""CSV import and export of channels, with columns modelled on Open Referral HSDS.

One row per channel in pt-BR (the source language; translations follow in
wagtail-localize). Column names follow HSDS where it has one (``name``, ``description``,
``url``, ``email``, ``status``, ``interpretation_services``, ``eligibility_description``,
``application_process``, ``assured_date``, ``assurer``, the address's ``address_1``,
``city``, ``state_province``, ``country``, the location's ``latitude``/``longitude``);
the rest is the portal's own. Lists are separated by ";", a phone is
"number | label", yes/no columns take ``yes`` or ``no``.

``id`` is the channel's stable key (its translation key): a row with a known id updates
that channel, an unknown or empty id creates one. Importing is all-or-nothing: any error
in any row and nothing is saved; the report lists every row's errors. A row whose values
equal the stored ones is left untouched, so importing the same file twice changes nothing.
"""

import csv
import io
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from channels import schedule
from channels.models import LANGUAGE_CHOICES, Channel, Kind, Scope, Stage, Status
from website.csv_import import (
    CSVFormat,
    RowReport,
    error_lines,
    finish_import,
    first_seen,
    mark_action,
    read_csv,
)
from website.csv_import import CSVRefused as CSVRefused  # what import_csv raises

COLUMNS = [
    "id",
    "name",
    "slug",
    "description",
    "kind",
    "stages",
    "scope",
    "state_province",
    "city",
    "country",
    "phones",
    "whatsapp",
    "telegram",
    "email",
    "url",
    "online_form_url",
    "address_1",
    "hide_address",
    "latitude",
    "longitude",
    "open_24h",
    "schedule",
    "closed_on_holidays",
    "timezone",
    "languages",
    "interpretation_services",
    "accessibility",
    "eligibility_description",
    "required_documents",
    "undocumented_welcome",
    "application_process",
    "status",
    "alert",
    "assured_date",
    "assurer",
]
REQUIRED_COLUMNS = ["id", "name", "kind", "scope"]
MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10000
ACCESSIBILITY = ["libras", "wheelchair"]
YES, NO = {"yes", "sim", "true", "1", "y"}, {"no", "nao", "não", "false", "0", "n", ""}
# CSV column -> model field, for the plain text columns.
TEXT_COLUMNS = {
    "name": "name",
    "description": "description",
    "state_province": "uf",
    "city": "municipality",
    "country": "country",
    "whatsapp": "whatsapp",
    "telegram": "telegram",
    "email": "email",
    "url": "website",
    "online_form_url": "online_form",
    "address_1": "address",
    "timezone": "time_zone",
    "eligibility_description": "who_it_serves",
    "required_documents": "documents_needed",
    "application_process": "what_happens",
    "alert": "status_alert",
    "assurer": "verified_by",
}
BOOLEAN_COLUMNS = {
    "hide_address": "hide_address",
    "open_24h": "open_24h",
    "closed_on_holidays": "closed_on_holidays",
    "interpretation_services": "interpreting",
    "undocumented_welcome": "undocumented_welcome",
}


def _yes_no(value):
    return "yes" if value else "no"


def _join(values):
    return "; ".join(values)


def _split(value):
    return [item.strip() for item in (value or "").split(";") if item.strip()]


def _number(value):
    return "" if value is None else repr(float(value))


def channel_row(channel):
    """One channel as a CSV row (a dict of strings)."""
    row = {
        "id": str(channel.translation_key),
        "slug": channel.slug,
        "kind": channel.kind,
        "stages": _join(channel.stages),
        "scope": channel.scope,
        "phones": _join(
            f"{block.value['number']} | {block.value['label']}".strip(" |")
            for block in channel.phones
        ),
        "latitude": _number(channel.latitude),
        "longitude": _number(channel.longitude),
        "schedule": schedule.normalise_hours(channel.hours),
        "languages": _join(channel.languages),
        "accessibility": _join(name for name in ACCESSIBILITY if getattr(channel, name)),
        "status": channel.status,
        "assured_date": channel.last_verified.isoformat() if channel.last_verified else "",
    }
    for column, name in TEXT_COLUMNS.items():
        row[column] = getattr(channel, name) or ""
    for column, name in BOOLEAN_COLUMNS.items():
        row[column] = _yes_no(getattr(channel, name))
    return row


def source_channels():
    return Channel.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by(
        "sort_name", "pk"
    )


def export_csv(channels=None):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for channel in channels if channels is not None else source_channels():
        writer.writerow(channel_row(channel))
    return buffer.getvalue()


CSV_FORMAT = CSVFormat(
    columns=tuple(COLUMNS),
    required=tuple(REQUIRED_COLUMNS),
    max_bytes=MAX_BYTES,
    max_rows=MAX_ROWS,
    # The export is UTF-8 and the file round-trips; a legacy encoding is refused rather
    # than guessed, so a channel's name is never silently mangled.
    legacy_encodings=False,
    wrong_columns=gettext_lazy("The columns are not those of the channels file (%(problems)s)."),
    no_rows=gettext_lazy("The file has a header but no channels."),
)


def _read(data):
    return read_csv(data, CSV_FORMAT)


def _apply(channel, row, header, errors):
    """Copy the row's present columns onto ``channel``, collecting format errors."""

    def add(column, message):
        errors.append(f"{column}: {message}")

    for column, name in TEXT_COLUMNS.items():
        if column in header:
            setattr(channel, name, row[column])
    if "state_province" in header:
        channel.uf = row["state_province"].upper()
    for column, name in BOOLEAN_COLUMNS.items():
        if column in header:
            value = row[column].lower()
            if value in YES:
                setattr(channel, name, True)
            elif value in NO:
                setattr(channel, name, False)
            else:
                add(column, _("write yes or no, not “%(value)s”.") % {"value": row[column]})
    channel.kind = row["kind"]
    if channel.kind not in Kind.values:
        add(
            "kind",
            _("“%(value)s” is not one of: %(choices)s.")
            % {"value": row["kind"], "choices": ", ".join(Kind.values)},
        )
    channel.scope = row["scope"]
    if channel.scope not in Scope.values:
        add(
            "scope",
            _("“%(value)s” is not one of: %(choices)s.")
            % {"value": row["scope"], "choices": ", ".join(Scope.values)},
        )
    for column, name, allowed in [
        ("stages", "stages", Stage.values),
        ("languages", "languages", [code for code, _label in LANGUAGE_CHOICES]),
    ]:
        if column in header:
            values = _split(row[column])
            unknown = [value for value in values if value not in allowed]
            if unknown:
                add(column, _("unknown values: %(values)s.") % {"values": ", ".join(unknown)})
            setattr(channel, name, values)
    if "accessibility" in header:
        values = _split(row["accessibility"].lower())
        unknown = [value for value in values if value not in ACCESSIBILITY]
        if unknown:
            add("accessibility", _("unknown values: %(values)s.") % {"values": ", ".join(unknown)})
        channel.libras, channel.wheelchair = "libras" in values, "wheelchair" in values
    if "status" in header:
        channel.status = row["status"] or Status.ACTIVE
        if channel.status not in Status.values:
            add("status", _("write active or suspended."))
    if "schedule" in header:
        channel.hours = schedule.normalise_hours(row["schedule"])
    for column in ("latitude", "longitude"):
        if column in header:
            try:
                setattr(channel, column, float(row[column]) if row[column] else None)
            except ValueError:
                add(column, _("“%(value)s” is not a number.") % {"value": row[column]})
    if "assured_date" in header:
        import datetime

        try:
            channel.last_verified = (
                datetime.date.fromisoformat(row["assured_date"]) if row["assured_date"] else None
            )
        except ValueError:
            add("assured_date", _("write the date as YYYY-MM-DD."))
    if "phones" in header:
        phones = []
        for item in _split(row["phones"]):
            number, _sep, label = item.partition("|")
            phones.append(
                ("phone", {"number": number.strip(), "label": label.strip(), "description": ""})
            )
        channel.phones = phones
    if "slug" in header and row["slug"]:
        channel.slug = row["slug"]
    elif not channel.slug:
        channel.slug = slugify(channel.name)[:100]


def _comparable(channel):
    return channel_row(channel)


def import_csv(data, user=None, dry_run=True):
    """Check (and unless ``dry_run``, apply) a CSV file given as bytes."""
    header, rows = _read(data)
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    existing = {str(channel.translation_key): channel for channel in source_channels()}
    slugs = {channel.slug: key for key, channel in existing.items()}
    reports, pending, seen_ids, seen_slugs = [], [], {}, {}
    for line, row in rows:
        report = RowReport(line=line, name=row.get("name", ""))
        reports.append(report)
        key = row["id"]
        if key:
            try:
                key = str(uuid.UUID(key))
            except ValueError:
                report.errors.append(
                    "id: " + _("“%(value)s” is not a channel id.") % {"value": key}
                )
                continue
            if not first_seen(
                report, seen_ids, "id", key, line, _("the same id is on line %(line)s.")
            ):
                continue
        channel = existing.get(key)
        if channel is not None:
            before = _comparable(channel)
            channel = Channel.objects.get(pk=channel.pk)
        else:
            before = None
            channel = Channel(locale=locale, translation_key=key or uuid.uuid4())
        _apply(channel, row, header, report.errors)
        if channel.slug in seen_slugs:
            report.errors.append(
                "slug: "
                + _("the same slug is on line %(line)s.") % {"line": seen_slugs[channel.slug]}
            )
        seen_slugs[channel.slug] = line
        owner = slugs.get(channel.slug)
        if owner and owner != str(channel.translation_key):
            report.errors.append(
                "slug: " + _("“%(slug)s” belongs to another channel.") % {"slug": channel.slug}
            )
        try:
            channel.full_clean(
                exclude=["translation_key", "locale", "search_text", "sort_name"],
                validate_constraints=False,
            )
        except ValidationError as error:
            report.errors += error_lines(error)
        if report.errors:
            continue
        channel.hours = schedule.normalise_hours(channel.hours)
        if mark_action(report, before, _comparable(channel)):
            pending.append(channel)

    def save(channel):
        channel.live = True
        channel.save()
        channel.save_revision(user=user, log_action=True).publish(user=user)

    return finish_import(reports, pending, save, dry_run)
