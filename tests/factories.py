import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", "a-Long-passw0rd")
    is_active = True

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        if not names:
            return
        self.is_staff = False
        for name in names:
            self.groups.add(Group.objects.get(name=name))
        self.save()


def content_page(parent, title, slug, **kwargs):
    from website.models import ContentPage

    page = ContentPage(title=title, slug=slug, **kwargs)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
