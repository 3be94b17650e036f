"""Language facts Django lacks.

Django ships no Haitian Creole: without an entry in LANG_INFO, ``get_language_info``
fails and templates cannot print the language's own name or direction. The portal
ships the entry here and the message catalogue in ``locale/ht``.
"""

from django.conf import locale

MISSING_LANGUAGE_INFO = {
    "ht": {
        "bidi": False,
        "code": "ht",
        "name": "Haitian Creole",
        "name_local": "Kreyòl ayisyen",
    },
}


def register_missing_language_info():
    for code, info in MISSING_LANGUAGE_INFO.items():
        locale.LANG_INFO.setdefault(code, info)
