"""One unit of demo text in the portal's five languages.

The demo loader builds the pt-BR page from ``pt`` and hands the other four to
wagtail-localize as translations of that exact segment, so translators later find
them in the translation editor like any other translation.
"""

from dataclasses import dataclass

LANGUAGE_FIELDS = {"pt-br": "pt", "es": "es", "en": "en", "fr": "fr", "ht": "ht"}


@dataclass(frozen=True)
class T:
    pt: str
    es: str
    en: str
    fr: str
    ht: str

    def __post_init__(self):
        for field in LANGUAGE_FIELDS.values():
            if not getattr(self, field).strip():
                raise ValueError(f"Demo text {self.pt!r} has no {field} version")

    def in_language(self, language_code):
        return getattr(self, LANGUAGE_FIELDS[language_code])
