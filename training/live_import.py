"""Import the attendee list of a live training from a CSV file.

Columns: ``name``, ``email``, ``uf`` and optionally ``cpf``, under their English or
Portuguese names (``nome``, ``e-mail``, ``estado``...), in UTF-8 (with or without BOM) or
Windows-1252/Latin-1 as Excel writes it, separated by commas or semicolons
(website/csv_import.py does the reading).

An attendee is known by e-mail (ignoring case) within the training: a row with a new
e-mail creates an attendee, a known one updates its name, UF and (if the file has the
column) CPF. Attendees missing from the file are left as they are, attendance included.
All-or-nothing: any error in any row and nothing is saved; the report lists every row.

Concurrent imports into the same training queue up: the apply step locks the training's
row (``select_for_update``) and plans again from what is stored at that moment, so the
second import sees the first one's attendees (they become "unchanged", never duplicates).
On SQLite every write transaction starts with ``BEGIN IMMEDIATE`` (settings), which
serialises writers the same way.
"""

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, OperationalError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from training.cpf import digits, is_valid_cpf
from training.models import Attendee, LiveTraining
from training.models.trainees import UF_CODES
from website.csv_import import CSVFormat, CSVRefused, ImportReport, RowReport, read_csv

CSV_FORMAT = CSVFormat(
    columns=("name", "email", "uf", "cpf"),
    required=("name", "email", "uf"),
    aliases={
        "nome": "name",
        "nome completo": "name",
        "full name": "name",
        "full_name": "name",
        "e-mail": "email",
        "mail": "email",
        "correio eletronico": "email",
        "estado": "uf",
        "state": "uf",
    },
    # 1 MB (some 10,000 rows): small enough to travel back in the confirmation form.
    max_bytes=1024 * 1024,
    max_rows=5000,
    wrong_columns=gettext_lazy(
        "The columns are not those of an attendee list (%(problems)s). "
        "Use: name, email, uf and, optionally, cpf."
    ),
    no_rows=gettext_lazy("The file has a header but no attendees."),
)
NAME_MAX_LENGTH = Attendee._meta.get_field("full_name").max_length


def _check_row(row, errors):
    """The attendee values of one row, adding each problem to ``errors``."""
    name = " ".join(row["name"].split())
    email = row["email"].lower()
    uf = row["uf"].upper()
    cpf = digits(row.get("cpf", ""))
    if not name:
        errors.append(_("name: missing."))
    elif len(name) > NAME_MAX_LENGTH:
        errors.append(_("name: longer than %(max)s characters.") % {"max": NAME_MAX_LENGTH})
    if not email:
        errors.append(_("e-mail: missing."))
    else:
        try:
            validate_email(email)
        except ValidationError:
            errors.append(_("e-mail: “%(value)s” is not an e-mail address.") % {"value": email})
    if uf not in UF_CODES:
        errors.append(
            _("UF: “%(value)s” is not a Brazilian state; write its two letters, e.g. AM.")
            % {"value": row["uf"]}
        )
    if row.get("cpf") and not is_valid_cpf(cpf):
        # The number itself stays out of the report: it is personal data.
        errors.append(_("CPF: the check digits do not match; check the 11 digits."))
    return {"full_name": name, "email": email, "uf": uf, "cpf": cpf}


def _plan(training, header, rows):
    """Check every row against the attendees stored now. Returns the report and the
    attendees to create and to update."""
    existing = {attendee.email.lower(): attendee for attendee in training.attendees.all()}
    fields = ["full_name", "uf", "cpf"] if "cpf" in header else ["full_name", "uf"]
    reports, to_create, to_update, seen = [], [], [], {}
    for line, row in rows:
        report = RowReport(line=line, name=row.get("name", ""))
        reports.append(report)
        values = _check_row(row, report.errors)
        email = values["email"]
        if email and email in seen:
            report.errors.append(
                _("e-mail: the same address is on line %(line)s.") % {"line": seen[email]}
            )
        seen.setdefault(email, line)
        if report.errors:
            continue
        attendee = existing.get(email)
        if attendee is None:
            report.action = "create"
            to_create.append(Attendee(training=training, **values))
        elif all(getattr(attendee, name) == values[name] for name in fields):
            report.action = "unchanged"
        else:
            report.action = "update"
            for name in fields:
                setattr(attendee, name, values[name])
            to_update.append(attendee)
    return ImportReport(rows=reports), to_create, to_update, fields


def import_attendees(training, data, dry_run=True):
    """Check (and unless ``dry_run``, apply) an attendee list given as bytes.

    Raises CSVRefused when the whole file is refused, or when the import could not
    get its turn (another import of the same training held it too long)."""
    header, rows = read_csv(data, CSV_FORMAT)
    if dry_run:
        return _plan(training, header, rows)[0]
    try:
        with transaction.atomic():
            # One import per training at a time: a second one waits here for the first
            # to commit, then plans against what the first one stored.
            locked = LiveTraining.objects.select_for_update().get(pk=training.pk)
            report, to_create, to_update, fields = _plan(locked, header, rows)
            if not report.ok:
                return report
            Attendee.objects.bulk_create(to_create, batch_size=500)
            Attendee.objects.bulk_update(to_update, fields, batch_size=500)
    except (IntegrityError, OperationalError):
        # IntegrityError: an attendee was added by other means (the admin form) in the
        # meantime; OperationalError: the lock wait timed out. Nothing was saved.
        raise CSVRefused(
            _(
                "Another change to this training's attendees was being saved. "
                "Nothing was imported: send the file again."
            )
        ) from None
    report.applied = True
    return report
