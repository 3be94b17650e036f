from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand

from website.demo import content
from website.demo.loader import load

# Areas load after the site's page tree, in this order: later areas link to the
# channels directory, so it comes first.
AREA_ORDER = ["channels", "guides", "campaigns", "training", "plans"]


def area_demo_modules():
    """Each installed area app's ``demo`` module, if it has one with a ``load()``."""
    installed = {config.name for config in apps.get_app_configs()}
    for name in AREA_ORDER:
        if name in installed and find_spec(f"{name}.demo") is not None:
            module = import_module(f"{name}.demo")
            if hasattr(module, "load"):
                yield name, module


class Command(BaseCommand):
    help = (
        "Build the demo page tree in pt-BR with es, en, fr and ht translations, then each "
        "area's demo content, from the facts in shared/seeds. Idempotent: a second run "
        "changes nothing."
    )

    def handle(self, *args, **options):
        summary = load(content)
        self.stdout.write(
            f"Demo content: {summary['pages_created']} page(s) created, "
            f"{summary['translations_created']} translation(s) created."
        )
        for name, module in area_demo_modules():
            result = module.load()
            self.stdout.write(f"Demo content for {name}: {result}")
