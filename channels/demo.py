# ruff: noqa: E501, RUF001
# Demo text, like website/demo: long lines of prose and typographic dashes and quotes.
"""Demo channels: the national channels, the NETP units and the PAAHM posts.

Facts come from /work/shared/seeds (001: the NETP/PAAHM network; 003: PAAHM posts in
AM, CE, RJ and SP; 004: the channels and institutions of a care flow). Only the numbers
everyone can check are filled in (Disque 100 and its WhatsApp, Ligue 180, 190); every
other contact is left empty and the record is "to be confirmed" (never verified).

``load()`` also turns the demo's "Onde pedir ajuda" content page into the channel
directory in place (same id, slug, title, body, menu position and translations), so
the pages linking to it keep working. Idempotent: a second run changes nothing.
"""

import datetime
import json

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from wagtail.models import Locale, Page, Revision
from wagtail.search import index
from wagtail_localize.models import TranslationSource

from channels.geography import STATES, default_time_zone
from channels.models import Channel, ChannelDirectoryPage, Kind, Scope, Stage
from website.demo.loader import TextCatalogue, target_locales, translate_instance
from website.demo.text import T
from website.models import ContentPage, HomePage

DIRECTORY_SLUG = "onde-pedir-ajuda"
VERIFIED_BY = "CGETP"

FREE_CALL = T(
    pt="Ligação gratuita",
    es="Llamada gratuita",
    en="Free call",
    fr="Appel gratuit",
    ht="Apèl gratis",
)
ANYONE = T(
    pt="Qualquer pessoa, brasileira ou migrante, com ou sem documentos. A denúncia pode ser anônima.",
    es="Cualquier persona, brasileña o migrante, con o sin documentos. La denuncia puede ser anónima.",
    en="Anyone, Brazilian or migrant, with or without documents. Reports can be anonymous.",
    fr="Toute personne, brésilienne ou migrante, avec ou sans papiers. Le signalement peut être anonyme.",
    ht="Nenpòt moun, brezilyen oswa migran, avèk oswa san papye. Ou ka denonse san bay non w.",
)
REPORT_FLOW = T(
    pt="Quem atende registra o relato e o encaminha aos órgãos responsáveis (polícia, Ministério Público, assistência social), que apuram o caso e acolhem a vítima. Você recebe um número de protocolo para acompanhar.",
    es="Quien atiende registra el relato y lo remite a los órganos responsables (policía, Ministerio Público, asistencia social), que investigan el caso y acogen a la víctima. Usted recibe un número de protocolo para hacer seguimiento.",
    en="The person who answers records what you say and sends it to the bodies in charge (police, prosecution service, social assistance), which look into the case and support the victim. You get a protocol number to follow it up.",
    fr="La personne qui répond enregistre votre récit et le transmet aux organismes compétents (police, ministère public, assistance sociale), qui enquêtent et accueillent la victime. Vous recevez un numéro de protocole pour le suivi.",
    ht="Moun ki reponn nan anrejistre sa w di a epi voye l bay enstitisyon ki responsab yo (lapolis, Ministè Piblik, asistans sosyal), ki fè ankèt sou ka a epi akeyi viktim nan. Yo ba w yon nimewo pwotokòl pou w swiv li.",
)

NATIONAL = [
    {
        "slug": "disque-100",
        "name": T(
            pt="Disque 100 – Disque Direitos Humanos",
            es="Disque 100 – Línea de Derechos Humanos",
            en="Disque 100 – Human Rights Hotline",
            fr="Disque 100 – Ligne des droits humains",
            ht="Disque 100 – Liy Dwa Moun",
        ),
        "description": T(
            pt="Recebe denúncias de violações de direitos humanos, incluindo tráfico de pessoas e trabalho escravo, em todo o país.",
            es="Recibe denuncias de violaciones de derechos humanos, incluida la trata de personas y el trabajo esclavo, en todo el país.",
            en="Takes reports of human rights violations, including trafficking in persons and slave labour, from the whole country.",
            fr="Reçoit les signalements de violations des droits humains, dont la traite des personnes et le travail forcé, dans tout le pays.",
            ht="Resevwa denonsyasyon sou vyolasyon dwa moun, tankou trafik moun ak travay esklav, nan tout peyi a.",
        ),
        "kind": Kind.NATIONAL_HOTLINE,
        "stages": [Stage.REPORT],
        "phones": ["100"],
        "whatsapp": "+55 61 99611-0100",
        "open_24h": True,
        "languages": ["pt"],
        "verified": True,
    },
    {
        "slug": "ligue-180",
        "name": T(
            pt="Ligue 180 – Central de Atendimento à Mulher",
            es="Ligue 180 – Central de Atención a la Mujer",
            en="Ligue 180 – Women’s Helpline",
            fr="Ligue 180 – Centrale d’écoute pour les femmes",
            ht="Ligue 180 – Liy Èd pou Fanm",
        ),
        "description": T(
            pt="Atende mulheres em situação de violência, orienta sobre direitos e serviços e encaminha denúncias, inclusive de tráfico de mulheres.",
            es="Atiende a mujeres en situación de violencia, orienta sobre derechos y servicios y remite denuncias, también de trata de mujeres.",
            en="Supports women facing violence, explains rights and services, and passes on reports, including of trafficking in women.",
            fr="Écoute les femmes victimes de violence, informe sur les droits et les services et transmet les signalements, y compris de traite des femmes.",
            ht="Ede fanm k ap sibi vyolans, esplike dwa ak sèvis yo epi voye denonsyasyon yo, menm sa ki sou trafik fanm.",
        ),
        "kind": Kind.NATIONAL_HOTLINE,
        "stages": [Stage.REPORT],
        "phones": ["180"],
        "open_24h": True,
        "languages": ["pt"],
        "verified": True,
    },
    {
        "slug": "190-policia-militar",
        "name": T(
            pt="190 – Polícia Militar (emergência)",
            es="190 – Policía Militar (emergencia)",
            en="190 – Military Police (emergency)",
            fr="190 – Police militaire (urgence)",
            ht="190 – Lapolis Militè (ijans)",
        ),
        "description": T(
            pt="Para perigo imediato: alguém preso, ameaçado ou sofrendo violência agora.",
            es="Para peligro inmediato: alguien encerrado, amenazado o sufriendo violencia ahora.",
            en="For immediate danger: someone held, threatened or being hurt right now.",
            fr="En cas de danger immédiat : une personne enfermée, menacée ou violentée en ce moment.",
            ht="Pou danje kounye a: yon moun yo fèmen, y ap menase oswa y ap fè vyolans kounye a.",
        ),
        "kind": Kind.POLICE,
        "stages": [Stage.REPORT, Stage.RESPONSE, Stage.RESCUE],
        "phones": ["190"],
        "open_24h": True,
        "languages": ["pt"],
        "verified": True,
    },
    {
        "slug": "policia-federal",
        "name": T(
            pt="Polícia Federal",
            es="Policía Federal",
            en="Federal Police",
            fr="Police fédérale",
            ht="Lapolis Federal",
        ),
        "description": T(
            pt="Investiga o tráfico de pessoas e o contrabando de migrantes e atua nos resgates; atende nas delegacias de cada cidade.",
            es="Investiga la trata de personas y el tráfico ilícito de migrantes y actúa en los rescates; atiende en las comisarías de cada ciudad.",
            en="Investigates trafficking in persons and migrant smuggling and takes part in rescues; serves at its station in each city.",
            fr="Enquête sur la traite des personnes et le trafic illicite de migrants et participe aux sauvetages ; reçoit dans ses commissariats de chaque ville.",
            ht="Fè ankèt sou trafik moun ak kontrebann migran epi patisipe nan sovtaj yo; resevwa moun nan biwo li nan chak vil.",
        ),
        "kind": Kind.POLICE,
        "stages": [Stage.REPORT, Stage.RESPONSE, Stage.RESCUE],
    },
    {
        "slug": "ministerio-publico-do-trabalho",
        "name": T(
            pt="Ministério Público do Trabalho",
            es="Ministerio Público del Trabajo",
            en="Labour Prosecution Service",
            fr="Ministère public du travail",
            ht="Ministè Piblik Travay",
        ),
        "description": T(
            pt="Recebe denúncias de trabalho escravo e de tráfico para exploração do trabalho e atua nos resgates.",
            es="Recibe denuncias de trabajo esclavo y de trata con fines de explotación laboral y actúa en los rescates.",
            en="Takes reports of slave labour and of trafficking for labour exploitation and takes part in rescues.",
            fr="Reçoit les signalements de travail forcé et de traite aux fins d’exploitation par le travail et participe aux sauvetages.",
            ht="Resevwa denonsyasyon sou travay esklav ak trafik pou eksplwate travay moun epi patisipe nan sovtaj yo.",
        ),
        "kind": Kind.PROSECUTION,
        "stages": [Stage.REPORT, Stage.RESCUE],
    },
    {
        "slug": "ministerio-publico-federal",
        "name": T(
            pt="Ministério Público Federal",
            es="Ministerio Público Federal",
            en="Federal Prosecution Service",
            fr="Ministère public fédéral",
            ht="Ministè Piblik Federal",
        ),
        "description": T(
            pt="Recebe denúncias e acusa os responsáveis por tráfico internacional de pessoas e contrabando de migrantes.",
            es="Recibe denuncias y acusa a los responsables de trata internacional de personas y tráfico ilícito de migrantes.",
            en="Takes reports and prosecutes those responsible for international trafficking in persons and migrant smuggling.",
            fr="Reçoit les signalements et poursuit les auteurs de traite internationale des personnes et de trafic illicite de migrants.",
            ht="Resevwa denonsyasyon epi pouswiv moun ki responsab trafik moun entènasyonal ak kontrebann migran.",
        ),
        "kind": Kind.PROSECUTION,
        "stages": [Stage.REPORT, Stage.RESCUE],
    },
    {
        "slug": "defensoria-publica-da-uniao",
        "name": T(
            pt="Defensoria Pública da União",
            es="Defensoría Pública de la Unión",
            en="Federal Public Defender’s Office",
            fr="Défenseur public fédéral",
            ht="Defansè Piblik Federal",
        ),
        "description": T(
            pt="Dá orientação e defesa jurídica gratuita às vítimas, inclusive migrantes, nas capitais e em cidades do interior atendidas.",
            es="Brinda orientación y defensa jurídica gratuita a las víctimas, incluidas personas migrantes, en las capitales y en ciudades del interior atendidas.",
            en="Gives victims, migrants included, free legal advice and representation in state capitals and the inland cities it serves.",
            fr="Offre aux victimes, migrants compris, conseil et défense juridiques gratuits dans les capitales et les villes de l’intérieur desservies.",
            ht="Bay viktim yo, menm migran yo, konsèy ak defans jiridik gratis nan kapital yo ak nan vil andedan peyi kote li travay.",
        ),
        "kind": Kind.PUBLIC_DEFENDER,
        "stages": [Stage.POST_RESCUE, Stage.VICTIM_CARE],
    },
    {
        "slug": "sistema-ipe",
        "name": T(
            pt="Sistema Ipê – denúncia de trabalho escravo",
            es="Sistema Ipê – denuncia de trabajo esclavo",
            en="Sistema Ipê – slave-labour reporting system",
            fr="Sistema Ipê – signalement du travail forcé",
            ht="Sistema Ipê – denonse travay esklav",
        ),
        "description": T(
            pt="Sistema da Inspeção do Trabalho para denunciar, pela internet e de forma sigilosa, trabalho em condição análoga à de escravo.",
            es="Sistema de la Inspección del Trabajo para denunciar por internet, de forma confidencial, el trabajo en condiciones análogas a la esclavitud.",
            en="The labour inspectorate’s system for reporting slave-like labour online, in confidence.",
            fr="Le système de l’inspection du travail pour signaler en ligne, de façon confidentielle, le travail analogue à l’esclavage.",
            ht="Sistèm Enspeksyon Travay pou denonse sou entènèt, an sekrè, travay ki sanble ak esklavaj.",
        ),
        "kind": Kind.LABOUR_INSPECTION,
        "stages": [Stage.REPORT],
    },
    {
        "slug": "assistencia-consular",
        "name": T(
            pt="Assistência consular a brasileiros no exterior",
            es="Asistencia consular a brasileños en el exterior",
            en="Consular assistance for Brazilians abroad",
            fr="Assistance consulaire aux Brésiliens à l’étranger",
            ht="Asistans konsilè pou brezilyen ki nan lòt peyi",
        ),
        "description": T(
            pt="Embaixadas e consulados do Brasil assistem brasileiros vítimas de tráfico de pessoas no exterior.",
            es="Las embajadas y consulados de Brasil asisten a brasileños víctimas de trata de personas en el exterior.",
            en="Brazil’s embassies and consulates assist Brazilians who are victims of trafficking abroad.",
            fr="Les ambassades et consulats du Brésil assistent les Brésiliens victimes de traite à l’étranger.",
            ht="Anbasad ak konsila Brezil yo ede brezilyen ki viktim trafik moun nan lòt peyi.",
        ),
        "kind": Kind.CONSULATE,
        "scope": Scope.ABROAD,
        "stages": [Stage.REPORT, Stage.RESCUE, Stage.POST_RESCUE],
    },
]

NETP_DESCRIPTION = T(
    pt="Articula a rede local de enfrentamento ao tráfico de pessoas, recebe casos e encaminha as vítimas aos serviços de acolhimento.",
    es="Articula la red local contra la trata de personas, recibe casos y deriva a las víctimas a los servicios de acogida.",
    en="Coordinates the local network against trafficking in persons, takes cases and refers victims to support services.",
    fr="Coordonne le réseau local de lutte contre la traite des personnes, reçoit les cas et oriente les victimes vers les services d’accueil.",
    ht="Kowòdone rezo lokal kont trafik moun, resevwa ka yo epi voye viktim yo nan sèvis akèy yo.",
)
PAAHM_DESCRIPTION = T(
    pt="Posto de atendimento humanizado a migrantes em pontos de entrada e saída: acolhe, orienta e identifica possíveis vítimas de tráfico e de contrabando de migrantes.",
    es="Puesto de atención humanizada a migrantes en puntos de entrada y salida: acoge, orienta e identifica posibles víctimas de trata y de tráfico ilícito de migrantes.",
    en="A humane support post for migrants at points of entry and exit: welcomes, advises and identifies possible victims of trafficking and migrant smuggling.",
    fr="Un poste d’accueil humanisé des migrants aux points d’entrée et de sortie : accueille, informe et identifie les victimes possibles de traite et de trafic illicite de migrants.",
    ht="Yon pòs akèy imen pou migran nan pwen antre ak sòti: li resevwa, bay enfòmasyon epi idantifye moun ki ka viktim trafik moun ak kontrebann migran.",
)
# Seed 001 (the network's units) and 003 (posts in AM, CE, RJ, SP).
NETP_STATES = [
    "AC", "AM", "AP", "BA", "CE", "DF", "GO", "MA", "MG", "MS", "MT", "PA", "PB", "PE", "PR",
    "RJ", "RS", "SP",
]  # fmt: skip
NETP_MUNICIPALITIES = [("BA", "Lauro de Freitas"), ("PE", "Ipojuca")]
PAAHM_STATES = ["AM", "CE", "RJ", "SP"]


def _netp_name(place):
    return T(
        pt=f"Núcleo de Enfrentamento ao Tráfico de Pessoas – {place}",
        es=f"Núcleo de Enfrentamiento a la Trata de Personas – {place}",
        en=f"Centre against Trafficking in Persons – {place}",
        fr=f"Noyau de lutte contre la traite des personnes – {place}",
        ht=f"Nikleyis kont Trafik Moun – {place}",
    )


def _paahm_name(place):
    return T(
        pt=f"Posto Avançado de Atendimento Humanizado ao Migrante – {place}",
        es=f"Puesto Avanzado de Atención Humanizada al Migrante – {place}",
        en=f"Advanced Post for Humane Support to Migrants – {place}",
        fr=f"Poste avancé d’accueil humanisé des migrants – {place}",
        ht=f"Pòs Avanse pou Akèy Imen Migran – {place}",
    )


def channel_specs():
    specs = [{"scope": Scope.NATIONAL, **spec} for spec in NATIONAL]
    for uf in NETP_STATES:
        specs.append(
            {
                "slug": f"netp-{uf.lower()}",
                "name": _netp_name(f"{STATES[uf][0]} (NETP/{uf})"),
                "description": NETP_DESCRIPTION,
                "kind": Kind.NETP,
                "scope": Scope.STATE,
                "uf": uf,
                "stages": [Stage.REPORT, Stage.POST_RESCUE, Stage.VICTIM_CARE],
            }
        )
    for uf, municipality in NETP_MUNICIPALITIES:
        specs.append(
            {
                "slug": "netp-" + municipality.lower().replace(" ", "-"),
                "name": _netp_name(f"{municipality} (NETP/{uf})"),
                "description": NETP_DESCRIPTION,
                "kind": Kind.NETP,
                "scope": Scope.MUNICIPAL,
                "uf": uf,
                "municipality": municipality,
                "stages": [Stage.REPORT, Stage.POST_RESCUE, Stage.VICTIM_CARE],
            }
        )
    for uf in PAAHM_STATES:
        specs.append(
            {
                "slug": f"paahm-{uf.lower()}",
                "name": _paahm_name(f"{STATES[uf][0]} (PAAHM/{uf})"),
                "description": PAAHM_DESCRIPTION,
                "kind": Kind.PAAHM,
                "scope": Scope.STATE,
                "uf": uf,
                "stages": [Stage.REPORT, Stage.VICTIM_CARE],
            }
        )
    return specs


def _phones(catalogue, numbers):
    return json.dumps(
        [
            {
                "type": "phone",
                "value": {"number": number, "label": catalogue.add(FREE_CALL), "description": ""},
            }
            for number in numbers
        ]
    )


def _ensure_channel(spec, locale, catalogue):
    name = catalogue.add(spec["name"])
    description = catalogue.add(spec["description"])
    who = catalogue.add(ANYONE) if spec.get("verified") else ""
    what = catalogue.add(REPORT_FLOW) if spec.get("verified") else ""
    if spec.get("phones"):
        catalogue.add(FREE_CALL)
    existing = Channel.objects.filter(locale=locale, slug=spec["slug"]).first()
    if existing is not None:
        return existing, False
    uf = spec.get("uf", "")
    channel = Channel(
        locale=locale,
        slug=spec["slug"],
        name=name,
        description=description,
        kind=spec["kind"],
        stages=spec["stages"],
        scope=spec["scope"],
        uf=uf,
        municipality=spec.get("municipality", ""),
        phones=_phones(catalogue, spec.get("phones", [])),
        whatsapp=spec.get("whatsapp", ""),
        open_24h=spec.get("open_24h", False),
        time_zone=default_time_zone(uf),
        languages=spec.get("languages", []),
        who_it_serves=who,
        what_happens=what,
        undocumented_welcome=True,
        last_verified=datetime.date.today() if spec.get("verified") else None,
        verified_by=VERIFIED_BY if spec.get("verified") else "",
    )
    channel.save()
    channel.save_revision().publish()
    return channel, True


def convert_help_page():
    """Make the pt-BR "Onde pedir ajuda" page and its translations directory pages,
    keeping their ids (other pages link to them). Returns how many it converted."""
    content_page_type = ContentType.objects.get_for_model(ContentPage)
    directory_type = ContentType.objects.get_for_model(ChannelDirectoryPage)
    page_type = ContentType.objects.get_for_model(Page)
    source = (
        Page.objects.filter(
            slug=DIRECTORY_SLUG,
            locale__language_code=settings.LANGUAGE_CODE,
            depth=3,
        )
        .filter(content_type=content_page_type)
        .first()
    )
    if source is None:
        return 0
    pages = list(
        Page.objects.filter(translation_key=source.translation_key, content_type=content_page_type)
    )
    table = connection.ops.quote_name(ChannelDirectoryPage._meta.db_table)
    column = connection.ops.quote_name(ChannelDirectoryPage._meta.pk.column)
    with transaction.atomic():
        for page in pages:
            with connection.cursor() as cursor:
                cursor.execute(f"INSERT INTO {table} ({column}) VALUES (%s)", [page.pk])  # noqa: S608
            Page.objects.filter(pk=page.pk).update(content_type=directory_type)
            for revision in Revision.objects.filter(
                base_content_type=page_type, object_id=str(page.pk)
            ):
                content = dict(revision.content)
                content["content_type"] = directory_type.pk
                Revision.objects.filter(pk=revision.pk).update(
                    content_type=directory_type, content=content
                )
        TranslationSource.objects.filter(object_id=source.translation_key).update(
            specific_content_type=directory_type
        )
    for page in ChannelDirectoryPage.objects.filter(pk__in=[page.pk for page in pages]):
        index.insert_or_update_object(page)
    return len(pages)


def load():
    catalogue = TextCatalogue()
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    converted = convert_help_page()
    if not ChannelDirectoryPage.objects.filter(locale=locale).exists():
        # A site without the demo's help page: a directory of its own under the home.
        home = HomePage.objects.get(locale=locale)
        page = ChannelDirectoryPage(
            title="Onde pedir ajuda", slug=DIRECTORY_SLUG, show_in_menus=True
        )
        home.add_child(instance=page)
        page.save_revision().publish()
    created, translations = 0, 0
    for spec in channel_specs():
        channel, made = _ensure_channel(spec, locale, catalogue)
        created += made
        translations += len(translate_instance(channel, catalogue, target_locales()))
    return (
        f"{converted} page(s) turned into the directory, {created} channel(s) created, "
        f"{translations} translation(s) created."
    )
