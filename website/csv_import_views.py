"""The admin side of a CSV import (channels, plans): upload, check, confirm, apply.

The page's form posts the file; unless its ``apply`` field is ``"yes"`` the import is a
dry run and the page shows the report (``templates/website/admin/csv_report.html``),
from which the user posts the file again with ``apply=yes`` to save it.
:func:`import_response` runs one such step and renders the page; :func:`imported_message`
is its success message, for a view that renders its own page.
"""

from django.contrib import messages
from django.shortcuts import render
from django.utils.translation import gettext as _

from website.csv_import import CSVRefused


def imported_message(request, report):
    """The success message of an applied import, with its counts."""
    messages.success(
        request,
        _("Imported: %(created)s new, %(updated)s changed, %(unchanged)s unchanged.")
        % {
            "created": report.count("create"),
            "updated": report.count("update"),
            "unchanged": report.count("unchanged"),
        },
    )


def import_response(request, template_name, run_import, context):
    """On POST, ``run_import(dry_run=...)`` returns the :class:`ImportReport` or raises
    :class:`CSVRefused` (shown as ``refused``, with status 400); an applied import adds a
    success message with its counts. ``report``, ``refused`` and ``context`` go to the
    template. Other exceptions (``PermissionDenied``, ``Http404``) pass through."""
    report = refused = None
    if request.method == "POST":
        try:
            report = run_import(dry_run=request.POST.get("apply") != "yes")
        except CSVRefused as error:
            refused = str(error)
        if report is not None and report.applied:
            imported_message(request, report)
    return render(
        request,
        template_name,
        {"report": report, "refused": refused, **context},
        status=400 if refused else 200,
    )
