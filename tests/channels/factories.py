import itertools

from django.conf import settings
from wagtail.models import Locale

from channels.models import Channel
from website import page_cache

_numbers = itertools.count()


def make_channel(publish=True, **fields):
    """A pt-BR channel (published unless ``publish`` is False)."""
    number = next(_numbers)
    values = {
        "name": f"Canal de teste {number}",
        "slug": f"canal-de-teste-{number}",
        "kind": "civil_society",
        "stages": ["report"],
        "scope": "state",
        "uf": "SP",
        "hours": "mo-fr 08:00-18:00",
        "languages": ["pt"],
        "locale": Locale.objects.get(language_code=settings.LANGUAGE_CODE),
    }
    values.update(fields)
    channel = Channel(**values)
    channel.full_clean(exclude=["translation_key", "locale"])
    channel.live = publish
    channel.save()
    if publish:
        channel.save_revision().publish()
    return channel


def bulk_channels(count, uf="SP", start=0):
    """``count`` live pt-BR channels in one insert (for the size tests)."""
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    channels = []
    for number in range(start, start + count):
        channel = Channel(
            name=f"Serviço em massa {number:05d}",
            slug=f"servico-em-massa-{number:05d}",
            kind=["civil_society", "police", "netp"][number % 3],
            stages=["report", "victim_care"],
            scope=["state", "municipal"][number % 2],
            uf=uf,
            municipality="Campinas" if number % 2 else "",
            hours="mo-fr 08:00-18:00",
            languages=["pt", "es"] if number % 4 == 0 else ["pt"],
            latitude=-23.0 - number / 10000,
            longitude=-46.0,
            locale=locale,
            live=True,
        )
        channel.sort_name = channel.name.lower()
        channel.search_text = channel.build_search_text()
        channels.append(channel)
    Channel.objects.bulk_create(channels, batch_size=500)
    # Bulk rows send no signals: forget remembered directory answers, as a save would.
    page_cache.purge()
