"""Private pages stay private: the portal skips Wagtail's restriction queries only while
no page at all is restricted (website.models.BasePortalPage.get_view_restrictions)."""

import pytest
from wagtail.models import PageViewRestriction

from website.models import ContentPage

pytestmark = pytest.mark.django_db


def test_a_restricted_section_and_its_children_ask_for_the_password(client, section):
    child = ContentPage(title="Página interna", slug="pagina-interna")
    section.add_child(instance=child)
    child.save_revision().publish()
    assert client.get(child.url).status_code == 200

    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="segredo-123"
    )
    for page in (section, child):
        response = client.get(page.url)
        assert response.status_code == 200
        assert b'name="password"' in response.content, page.url
        assert b"Navegue com seguran" not in response.content or page is child

    PageViewRestriction.objects.all().delete()
    assert b'name="password"' not in client.get(child.url).content
