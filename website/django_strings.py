"""Django's own messages that readers meet on the portal's forms, copied here so
makemessages puts them in the portal's catalogues.

Django ships no Haitian Creole: without these entries a form error shown to an ht reader
would fall back to Portuguese. For the other languages our catalogue repeats Django's
own wording. Nothing imports this module; it exists for the message extractor.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

FORM_MESSAGES = [
    gettext_noop("This field is required."),
    gettext_noop("Enter a valid value."),
    gettext_noop("Enter a valid URL."),
    gettext_noop("Enter a valid email address."),
    gettext_noop("Enter a whole number."),
    gettext_noop("Enter a valid date."),
    gettext_noop("No file was submitted."),
    gettext_noop("The submitted file is empty."),
    gettext_noop("Select a valid choice. %(value)s is not one of the available choices."),
    gettext_noop("Select a valid choice. That choice is not one of the available choices."),
    ngettext_lazy(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
]

PASSWORD_MESSAGES = [
    gettext_noop("The two password fields didn’t match."),  # noqa: RUF001 - Django's exact msgid
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        "min_length",
    ),
    gettext_noop("The password is too similar to the %(verbose_name)s."),
    gettext_noop("This password is too common."),
    gettext_noop("This password is entirely numeric."),
]
