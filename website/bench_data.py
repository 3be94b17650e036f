"""Large content for the benchmarks, made fast.

Saving 20,000 Wagtail pages one by one takes the better part of an hour; here the rows
are written in bulk instead: the treebeard paths are computed by hand (four base-36
characters per level, after the parent's last child), each page copies the specific
fields of a demo page of the same type, and the search index is filled with the search
backend's own bulk indexing. Channels are copies of a demo channel under new names.
Only the benchmark database ever holds these rows (``manage.py bench`` works on a
database of its own).
"""

import random
import uuid

from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page

from website import page_cache

BENCH_SLUG_PREFIX = "bench-"
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4
# Words of the portal's subject, so searches hit a realistic share of the pages: a few
# words are on nearly every page, most on a few percent, some on almost none.
COMMON_WORDS = ["tráfico", "pessoas", "trabalho", "direitos", "atendimento", "denúncia"]
TOPIC_WORDS = [
    "exploração", "sexual", "escravo", "migrante", "refugiado", "fronteira", "aliciamento",
    "passaporte", "documentos", "contrato", "salário", "dívida", "jornada", "servidão",
    "adoção", "órgãos", "contrabando", "rodoviária", "aeroporto", "rede", "acolhimento",
    "saúde", "assistência", "polícia", "ministério", "defensoria", "conselho", "escola",
    "juventude", "mulheres", "crianças", "indígenas", "campanha", "capacitação", "guia",
    "glossário", "protocolo", "fluxo", "vítima", "sobrevivente", "prevenção", "repressão",
]  # fmt: skip
RARE_WORDS = [f"termo{number:04d}" for number in range(2000)]


def _step(number):
    digits = []
    for _position in range(STEPLEN):
        number, remainder = divmod(number, len(ALPHABET))
        digits.append(ALPHABET[remainder])
    if number:
        raise ValueError("too many children for one parent")
    return "".join(reversed(digits))


def _from_step(step):
    value = 0
    for char in step:
        value = value * len(ALPHABET) + ALPHABET.index(char)
    return value


def text_for(rng, words=30):
    chosen = [rng.choice(COMMON_WORDS) for _ in range(3)]
    chosen += [rng.choice(TOPIC_WORDS) for _ in range(words - 6)]
    chosen += [rng.choice(RARE_WORDS) for _ in range(3)]
    rng.shuffle(chosen)
    return " ".join(chosen)


def _specific_tables(model):
    """(model, local concrete fields) for each table of ``model`` below Page."""
    chain = [model, *model._meta.get_parent_list()]
    return [
        (klass, list(klass._meta.local_concrete_fields))
        for klass in reversed(chain)
        if klass is not Page and not klass._meta.abstract and klass._meta.concrete_model is klass
    ]


def clone_pages(template, parent, count, seed=1, texts=None):
    """``count`` live copies of ``template`` (a specific page) as children of ``parent``,
    with their own titles, slugs and intros; returns their ids."""
    if count <= 0:
        return []
    rng = random.Random(seed)  # noqa: S311 (made-up text, not secrets)
    parent = Page.objects.get(pk=parent.pk)
    last_child = parent.get_last_child()
    start = _from_step(last_child.path[-STEPLEN:]) + 1 if last_child else 1
    now = timezone.now()
    model = type(template)
    texts = texts or (lambda index: text_for(rng))
    base_rows = []
    for index in range(count):
        text = texts(index)
        title = " ".join(text.split()[:6]).capitalize()
        slug = f"{BENCH_SLUG_PREFIX}{seed}-{start + index}"
        base_rows.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                content_type_id=template.content_type_id,
                locale_id=parent.locale_id,
                translation_key=uuid.uuid4(),
                path=parent.path + _step(start + index),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                latest_revision_created_at=now,
                show_in_menus=False,
                search_description=text,
            )
        )
    with transaction.atomic():
        created = Page.objects.bulk_create(base_rows, batch_size=500)
        if created[0].pk is None:  # a database without RETURNING
            slugs = [row.slug for row in base_rows]
            ids = dict(Page.objects.filter(slug__in=slugs).values_list("slug", "pk"))
            for row in created:
                row.pk = row.id = ids[row.slug]
        for klass, fields in _specific_tables(model):
            columns, template_values = [], []
            for field in fields:
                columns.append(field.column)
                template_values.append(
                    field.get_db_prep_save(getattr(template, field.attname), connection)
                )
            ptr_index = next(index for index, field in enumerate(fields) if field.primary_key)
            intro_index = columns.index("intro") if "intro" in columns else None
            rows = []
            for page in created:
                values = list(template_values)
                values[ptr_index] = page.pk
                if intro_index is not None:
                    values[intro_index] = page.search_description
                rows.append(values)
            quoted = ", ".join(connection.ops.quote_name(column) for column in columns)
            marks = ", ".join(["%s"] * len(columns))
            table = connection.ops.quote_name(klass._meta.db_table)
            with connection.cursor() as cursor:
                cursor.executemany(f"INSERT INTO {table} ({quoted}) VALUES ({marks})", rows)  # noqa: S608
        Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + count)
    ids = [page.pk for page in created]
    index_pages(model, ids)
    refresh_statistics([Page, model, *(klass for klass, _fields in _specific_tables(model))])
    # Bulk rows send no signals: tell the caches, as a publish would.
    page_cache.purge()
    return ids


def index_pages(model, ids):
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend("default")
    for offset in range(0, len(ids), 500):
        chunk = list(model.objects.filter(pk__in=ids[offset : offset + 500]))
        backend.add_bulk(model, chunk)


def clone_channels(template, count, seed=2):
    """``count`` live copies of the channel ``template`` with their own names."""
    rng = random.Random(seed)  # noqa: S311 (made-up text, not secrets)
    fields = [
        field
        for field in type(template)._meta.concrete_fields
        if not field.primary_key and field.name not in {"latest_revision", "locked_by"}
    ]
    rows = []
    for index in range(count):
        clone = type(template)(
            **{field.attname: getattr(template, field.attname) for field in fields}
        )
        words = text_for(rng, 8)
        clone.name = f"{template.name} {words.split()[0]} {index}"
        clone.slug = f"{BENCH_SLUG_PREFIX}canal-{seed}-{index}"
        clone.translation_key = uuid.uuid4()
        if hasattr(clone, "search_text"):
            clone.search_text = f"{template.search_text} {words}"
        if hasattr(clone, "sort_name"):
            clone.sort_name = clone.name.lower()
        rows.append(clone)
    type(template).objects.bulk_create(rows, batch_size=500)
    refresh_statistics([type(template)])
    page_cache.purge()
    return count


def refresh_statistics(models):
    """On PostgreSQL, update the planner's statistics after a bulk load (with the search
    index table's), as autovacuum soon does on a live site; until then the planner plans
    for the near-empty tables it last saw (a common word's search ran for minutes).
    Outside a transaction (a test's) the tables are vacuumed too: the bulk indexing
    rewrites each new entry once (its title norm), leaving a dead copy behind."""
    if connection.vendor != "postgresql":
        return
    from wagtail.search.models import IndexEntry

    tables = sorted({model._meta.db_table for model in [*models, IndexEntry]})
    command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"{command} {connection.ops.quote_name(table)}")
