import pytest


@pytest.fixture
def pt_home(home):
    return home


@pytest.fixture
def no_terms(db):
    """Start from an empty glossary, so a test sees only the terms it makes."""
    from guides.models import GlossaryTerm

    GlossaryTerm.objects.all().delete()
