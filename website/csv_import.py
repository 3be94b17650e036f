"""Shared reading of uploaded CSV files for the admin importers (channels, training, ...).

An importer describes its file with a :class:`CSVFormat` and calls :func:`read_csv`; the
whole file is either refused (:class:`CSVRefused`, a message for the user) or returned as
``(header, rows)``: the canonical column names found, and ``(line_number, {column:
stripped value})`` per data row. The importer then checks each row, fills one
:class:`RowReport` per row and returns an :class:`ImportReport`; it saves nothing unless
``report.ok`` (all-or-nothing). ``templates/website/admin/csv_report.html`` shows such a
report (include it with ``report`` in the context).

For the checks and the ending: :func:`first_seen` refuses a key repeated in the file,
:func:`error_lines` turns a model's ``ValidationError`` into a row's ``"field: message"``
errors, :func:`mark_action` says whether a checked row creates, updates or leaves a
record unchanged, and :func:`finish_import` returns the report, saving every pending
record in one transaction unless it is a dry run or any row has errors.
``website.csv_import_views`` has the admin view's side.

What :func:`read_csv` takes care of:

- size and row limits (``max_bytes``, ``max_rows``), with messages saying the limit;
- UTF-8 with or without BOM; with ``legacy_encodings`` also Windows-1252 / Latin-1,
  what Excel writes when told "CSV" rather than "CSV UTF-8";
- comma or semicolon as delimiter (decided on the header line only, since cells may hold
  either character), as Excel writes semicolons in Portuguese and Spanish locales;
- header names compared without case, spaces or accents, with ``aliases`` mapping other
  names (``"nome"``, ``"e-mail"``) to the canonical ones; missing, unknown or repeated
  columns refuse the file; so does a row with more cells than the header.

:func:`read_upload` reads an uploaded file (``request.FILES``) up to the limit.
"""

import csv
import io
import unicodedata
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10000


class CSVRefused(Exception):
    """The whole file is refused (not a row): wrong encoding, columns, size."""


@dataclass
class RowReport:
    line: int
    name: str
    action: str = ""  # "create", "update", "unchanged"
    errors: list = field(default_factory=list)


@dataclass
class ImportReport:
    rows: list
    applied: bool = False

    @property
    def errors(self):
        return [row for row in self.rows if row.errors]

    @property
    def ok(self):
        return not self.errors

    def count(self, action):
        return sum(1 for row in self.rows if row.action == action and not row.errors)


def error_lines(error):
    """A model's ``ValidationError`` (raised by ``full_clean``) as ``"field: message"``
    lines, field by field, in the order Django gives them."""
    return [
        f"{name}: {message}"
        for name, messages in error.message_dict.items()
        for message in messages
    ]


def first_seen(report, seen, column, key, line, message):
    """False (and an error ``"column: message"``, ``message`` having a ``%(line)s``
    field for the earlier line) when ``key`` was on an earlier line of the file; else
    ``seen`` remembers it for this ``line``."""
    if key in seen:
        report.errors.append(f"{column}: " + message % {"line": seen[key]})
        return False
    seen[key] = line
    return True


def mark_action(report, before, after):
    """Set ``report.action`` for a checked row: "create" when nothing is stored
    (``before`` is None), "unchanged" when the stored values ``before`` equal the file's
    ``after``, else "update". True when the row has something to save."""
    if before is None:
        report.action = "create"
    elif after == before:
        report.action = "unchanged"
        return False
    else:
        report.action = "update"
    return True


def finish_import(reports, pending, save, dry_run):
    """The :class:`ImportReport` of the rows' ``reports``. Unless ``dry_run`` or any row
    has errors, ``save(record)`` runs for each of ``pending`` in one transaction (all or
    nothing) and the report is marked ``applied``."""
    result = ImportReport(rows=reports)
    if dry_run or not result.ok:
        return result
    with transaction.atomic():
        for record in pending:
            save(record)
    result.applied = True
    return result


@dataclass(frozen=True)
class CSVFormat:
    """What a file must look like. Messages are lazy strings with ``%(...)s`` fields."""

    columns: tuple  # canonical names, in the order of an export
    required: tuple = ()
    aliases: dict = field(default_factory=dict)  # other header name -> canonical name
    max_bytes: int = MAX_BYTES
    max_rows: int = MAX_ROWS
    legacy_encodings: bool = True
    # %(problems)s: the list of missing / unknown / repeated columns.
    wrong_columns: str = gettext_lazy("The columns are not the expected ones (%(problems)s).")
    no_rows: str = gettext_lazy("The file has a header but no rows.")


def header_key(name):
    """``" E-mail "`` -> ``"e-mail"``, ``"Nome"`` -> ``"nome"``, ``"Município"`` ->
    ``"municipio"``: how header names are compared."""
    decomposed = unicodedata.normalize("NFKD", name.strip().casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _decode(data, legacy_encodings):
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if not legacy_encodings:
            raise CSVRefused(
                _("The file is not in UTF-8. Save it as “CSV UTF-8” and try again.")
            ) from None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # The five bytes cp1252 leaves undefined: the file is plain Latin-1.
        return data.decode("latin-1")


def _delimiter(text):
    first_line = text.split("\n", 1)[0]
    return ";" if first_line.count(";") > first_line.count(",") else ","


def read_upload(upload, fmt):
    """The bytes of an uploaded file, reading at most one byte over the limit (so
    :func:`read_csv` can refuse it without reading a huge file into memory)."""
    if upload is None:
        raise CSVRefused(_("Choose a CSV file."))
    return upload.read(fmt.max_bytes + 1)


def read_csv(data, fmt):
    """Check and parse ``data`` (bytes): ``(header, rows)`` or :class:`CSVRefused`."""
    if len(data) > fmt.max_bytes:
        raise CSVRefused(
            _("The file is larger than %(size)s MB. Split it into smaller files.")
            % {"size": f"{fmt.max_bytes / (1024 * 1024):g}"}
        )
    text = _decode(data, fmt.legacy_encodings)
    if not text.strip():
        raise CSVRefused(_("The file is empty."))
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    canonical = {header_key(name): name for name in fmt.columns}
    canonical.update({header_key(alias): name for alias, name in fmt.aliases.items()})
    raw_header = [name.strip() for name in reader.fieldnames or []]
    header = [canonical.get(header_key(name), name) for name in raw_header]
    missing = [name for name in fmt.required if name not in header]
    unknown = [raw for raw, name in zip(raw_header, header, strict=True) if name not in fmt.columns]
    duplicated = sorted({name for name in header if header.count(name) > 1})
    if missing or unknown or duplicated:
        problems = []
        if missing:
            problems.append(_("missing columns: %(names)s") % {"names": ", ".join(missing)})
        if unknown:
            problems.append(_("unknown columns: %(names)s") % {"names": ", ".join(unknown)})
        if duplicated:
            problems.append(_("repeated columns: %(names)s") % {"names": ", ".join(duplicated)})
        raise CSVRefused(fmt.wrong_columns % {"problems": "; ".join(problems)})
    reader.fieldnames = header
    rows = []
    for row in reader:
        if None in row:
            raise CSVRefused(
                _("Line %(line)s has more cells than the header.") % {"line": reader.line_num}
            )
        rows.append((reader.line_num, {key: (value or "").strip() for key, value in row.items()}))
        if len(rows) > fmt.max_rows:
            raise CSVRefused(_("The file has more than %(max)s rows.") % {"max": fmt.max_rows})
    if not rows:
        raise CSVRefused(fmt.no_rows)
    return header, rows
