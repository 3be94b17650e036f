# ruff: noqa: E501
"""Demo content of the training area, from the sources in /work/shared/seeds/ (the
NETP/PAAHM action plan, the I PAECM on migrant smuggling, the care-flow booklet),
written in our own words: two courses that share a module, quizzes, and a live
training with attendees. pt-BR, translated into Spanish with wagtail-localize.

Idempotent: what exists is left as it is.
"""

import json
import uuid
from datetime import date

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from training.bulk_issue import issue_certificates
from training.models import (
    Attendee,
    CourseIndexPage,
    CourseModule,
    CoursePage,
    CourseTrainer,
    LiveTraining,
    ModuleLibraryPage,
    ModulePage,
    Trainer,
)
from website.demo.loader import TextCatalogue, target_locales, translate_instance
from website.demo.text import T
from website.models import ContentPage, HomePage

INDEX_SLUG = "capacitacao"


def E(pt, es):
    """Demo text translated into Spanish only (the issue asks for pt-BR and es); the
    other languages show the pt-BR page until a translator takes it up."""
    return T(pt=pt, es=es, en=pt, fr=pt, ht=pt)


def _id():
    return str(uuid.uuid4())


def _paragraph(catalogue, text):
    return {"type": "paragraph", "value": f"<p>{catalogue.add(text)}</p>", "id": _id()}


def _lessons(catalogue, lessons):
    return json.dumps(
        [
            {
                "type": "lesson",
                "id": _id(),
                "value": {
                    "title": catalogue.add(title),
                    "body": [_paragraph(catalogue, text) for text in texts],
                },
            }
            for title, texts in lessons
        ]
    )


def _questions(catalogue, questions):
    return json.dumps(
        [
            {
                "type": "question",
                "id": _id(),
                "value": {
                    "text": catalogue.add(text),
                    "kind": kind,
                    "options": [
                        {
                            "type": "item",
                            "id": _id(),
                            "value": {
                                "text": catalogue.add(option),
                                "correct": correct,
                                "feedback": catalogue.add(feedback),
                            },
                        }
                        for option, correct, feedback in options
                    ],
                },
            }
            for text, kind, options in questions
        ]
    )


MODULES = [
    {
        "slug": "o-que-e-trafico-de-pessoas",
        "title": E("O que é tráfico de pessoas", "Qué es la trata de personas"),
        "intro": E(
            "Os três elementos do crime, as finalidades de exploração e a diferença entre tráfico de pessoas e contrabando de migrantes.",
            "Los tres elementos del delito, las finalidades de explotación y la diferencia entre trata de personas y tráfico ilícito de migrantes.",
        ),
        "minutes": 40,
        "lessons": [
            (
                E("Ato, meio e finalidade", "Acto, medio y finalidad"),
                [
                    E(
                        "O tráfico de pessoas combina um ato (recrutar, transportar, transferir, alojar ou acolher alguém), um meio (ameaça, violência, coação, fraude ou abuso) e uma finalidade de exploração.",
                        "La trata de personas combina un acto (reclutar, transportar, trasladar, alojar o acoger a alguien), un medio (amenaza, violencia, coacción, fraude o abuso) y una finalidad de explotación.",
                    ),
                    E(
                        "As finalidades incluem trabalho em condições análogas à de escravo, servidão, exploração sexual, adoção ilegal e remoção de órgãos.",
                        "Las finalidades incluyen el trabajo en condiciones análogas a la esclavitud, la servidumbre, la explotación sexual, la adopción ilegal y la extracción de órganos.",
                    ),
                ],
            ),
            (
                E(
                    "Tráfico de pessoas não é contrabando de migrantes",
                    "La trata no es tráfico ilícito de migrantes",
                ),
                [
                    E(
                        "No contrabando de migrantes, alguém cobra para facilitar a entrada irregular de uma pessoa em outro país; o crime é contra o Estado e a relação costuma terminar na chegada.",
                        "En el tráfico ilícito de migrantes, alguien cobra por facilitar la entrada irregular de una persona en otro país; el delito es contra el Estado y la relación suele terminar a la llegada.",
                    ),
                    E(
                        "No tráfico de pessoas a vítima é a própria pessoa, a exploração continua depois do deslocamento e pode acontecer sem cruzar fronteira alguma. Um caso de contrabando pode virar tráfico.",
                        "En la trata la víctima es la propia persona, la explotación continúa después del desplazamiento y puede ocurrir sin cruzar ninguna frontera. Un caso de tráfico ilícito puede convertirse en trata.",
                    ),
                ],
            ),
        ],
        "questions": [
            (
                E(
                    "Quais são os três elementos do tráfico de pessoas?",
                    "¿Cuáles son los tres elementos de la trata de personas?",
                ),
                "single",
                [
                    (
                        E(
                            "Ato, meio e finalidade de exploração",
                            "Acto, medio y finalidad de explotación",
                        ),
                        True,
                        E(
                            "Isso mesmo: os três aparecem juntos.",
                            "Así es: los tres aparecen juntos.",
                        ),
                    ),
                    (
                        E("Fronteira, documento e pagamento", "Frontera, documento y pago"),
                        False,
                        E(
                            "Esses traços lembram o contrabando de migrantes, não o tráfico.",
                            "Esos rasgos recuerdan al tráfico ilícito de migrantes, no a la trata.",
                        ),
                    ),
                    (
                        E("Apenas o transporte da vítima", "Solo el transporte de la víctima"),
                        False,
                        E(
                            "O transporte é um dos atos possíveis, não o crime inteiro.",
                            "El transporte es uno de los actos posibles, no el delito completo.",
                        ),
                    ),
                ],
            ),
            (
                E(
                    "Quais destas são finalidades de exploração?",
                    "¿Cuáles de estas son finalidades de explotación?",
                ),
                "multiple",
                [
                    (
                        E("Trabalho análogo ao de escravo", "Trabajo análogo a la esclavitud"),
                        True,
                        E(
                            "Correto: é uma das finalidades previstas.",
                            "Correcto: es una de las finalidades previstas.",
                        ),
                    ),
                    (
                        E("Exploração sexual", "Explotación sexual"),
                        True,
                        E(
                            "Correto: é uma das finalidades previstas.",
                            "Correcto: es una de las finalidades previstas.",
                        ),
                    ),
                    (
                        E("Viagem de turismo", "Viaje de turismo"),
                        False,
                        E("Viajar não é exploração.", "Viajar no es explotación."),
                    ),
                ],
            ),
            (
                E(
                    "O tráfico de pessoas exige cruzar uma fronteira?",
                    "¿La trata de personas exige cruzar una frontera?",
                ),
                "single",
                [
                    (
                        E(
                            "Não, pode acontecer dentro do país",
                            "No, puede ocurrir dentro del país",
                        ),
                        True,
                        E("Certo: existe tráfico interno.", "Correcto: existe la trata interna."),
                    ),
                    (
                        E("Sim, sempre", "Sí, siempre"),
                        False,
                        E(
                            "Não: quem exige a travessia é o contrabando de migrantes.",
                            "No: quien exige el cruce es el tráfico ilícito de migrantes.",
                        ),
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "a-rede-de-enfrentamento",
        "title": E(
            "A rede de enfrentamento e o fluxo de atendimento",
            "La red de enfrentamiento y el flujo de atención",
        ),
        "intro": E(
            "Núcleos estaduais (NETP), postos avançados (PAAHM) e as etapas do atendimento: denúncia, resposta, resgate, pós-resgate e acolhimento.",
            "Núcleos estatales (NETP), puestos avanzados (PAAHM) y las etapas de la atención: denuncia, respuesta, rescate, posrescate y acogida.",
        ),
        "minutes": 40,
        "lessons": [
            (
                E("NETP e PAAHM", "NETP y PAAHM"),
                [
                    E(
                        "Os Núcleos de Enfrentamento ao Tráfico de Pessoas (NETP) articulam a política em cada estado; os Postos Avançados de Atendimento Humanizado ao Migrante (PAAHM) recebem quem chega por pontos de entrada.",
                        "Los Núcleos de Enfrentamiento a la Trata de Personas (NETP) articulan la política en cada estado; los Puestos Avanzados de Atención Humanizada al Migrante (PAAHM) reciben a quienes llegan por los puntos de entrada.",
                    ),
                ],
            ),
            (
                E("Do relato ao acolhimento", "Del relato a la acogida"),
                [
                    E(
                        "Um fluxo de atendimento combina denúncia (Disque 100, Ligue 180, Polícia Federal, Ministério Público), resposta, resgate, pós-resgate e acolhimento pela assistência social (CRAS, CREAS, Centro POP).",
                        "Un flujo de atención combina denuncia (Disque 100, Ligue 180, Policía Federal, Ministerio Público), respuesta, rescate, posrescate y acogida por la asistencia social (CRAS, CREAS, Centro POP).",
                    ),
                ],
            ),
        ],
        "questions": [
            (
                E("Por quais canais é possível denunciar?", "¿Por qué canales se puede denunciar?"),
                "multiple",
                [
                    (
                        E("Disque 100", "Disque 100"),
                        True,
                        E(
                            "Sim, recebe denúncias de violações de direitos humanos.",
                            "Sí, recibe denuncias de violaciones de derechos humanos.",
                        ),
                    ),
                    (
                        E("Ligue 180", "Ligue 180"),
                        True,
                        E(
                            "Sim, a central de atendimento à mulher também recebe.",
                            "Sí, la central de atención a la mujer también recibe.",
                        ),
                    ),
                    (
                        E("Redes sociais da vítima", "Redes sociales de la víctima"),
                        False,
                        E(
                            "Publicar pode expor a vítima; use os canais oficiais.",
                            "Publicar puede exponer a la víctima; use los canales oficiales.",
                        ),
                    ),
                ],
            ),
            (
                E(
                    "Quem acolhe a vítima depois do resgate?",
                    "¿Quién acoge a la víctima después del rescate?",
                ),
                "single",
                [
                    (
                        E("A rede de assistência social", "La red de asistencia social"),
                        True,
                        E(
                            "Certo: CRAS, CREAS e Centro POP atuam no acolhimento.",
                            "Correcto: CRAS, CREAS y Centro POP actúan en la acogida.",
                        ),
                    ),
                    (
                        E(
                            "Ninguém: o caso termina no resgate",
                            "Nadie: el caso termina en el rescate",
                        ),
                        False,
                        E(
                            "Não: o pós-resgate e o acolhimento são etapas do fluxo.",
                            "No: el posrescate y la acogida son etapas del flujo.",
                        ),
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "contrabando-de-migrantes-nas-fronteiras",
        "title": E(
            "Contrabando de migrantes nas fronteiras",
            "Tráfico ilícito de migrantes en las fronteras",
        ),
        "intro": E(
            "Como identificar e responder ao contrabando de migrantes em fronteiras terrestres, portos e aeroportos, protegendo os direitos de quem migra.",
            "Cómo identificar y responder al tráfico ilícito de migrantes en fronteras terrestres, puertos y aeropuertos, protegiendo los derechos de quienes migran.",
        ),
        "minutes": 45,
        "lessons": [
            (
                E("O I Plano de Ação (I PAECM)", "El I Plan de Acción (I PAECM)"),
                [
                    E(
                        "Lançado em 2024, o I Plano de Ação de Enfrentamento ao Contrabando de Migrantes prevê prevenção, resposta e redução de impactos, e capacitação para agentes de fronteiras, portos, aeroportos e empresas transportadoras.",
                        "Lanzado en 2024, el I Plan de Acción contra el Tráfico Ilícito de Migrantes prevé prevención, respuesta y reducción de impactos, y capacitación para agentes de fronteras, puertos, aeropuertos y empresas de transporte.",
                    ),
                ],
            ),
            (
                E("A pessoa migrante não é criminosa", "La persona migrante no es criminal"),
                [
                    E(
                        "Quem foi contrabandeado não é autor do crime: deve ser informado dos seus direitos, das rotas regulares e dos canais de denúncia e de assistência.",
                        "Quien fue objeto de tráfico ilícito no es autor del delito: debe ser informado de sus derechos, de las rutas regulares y de los canales de denuncia y de asistencia.",
                    ),
                ],
            ),
        ],
        "questions": [
            (
                E(
                    "Como tratar a pessoa migrante contrabandeada?",
                    "¿Cómo tratar a la persona migrante objeto de tráfico ilícito?",
                ),
                "single",
                [
                    (
                        E(
                            "Como titular de direitos, informando-a dos canais de assistência",
                            "Como titular de derechos, informándola de los canales de asistencia",
                        ),
                        True,
                        E(
                            "Certo: a proteção dos direitos é um objetivo do plano.",
                            "Correcto: la protección de los derechos es un objetivo del plan.",
                        ),
                    ),
                    (
                        E("Como autora do crime", "Como autora del delito"),
                        False,
                        E(
                            "Não: o crime é de quem contrabandeia.",
                            "No: el delito es de quien trafica.",
                        ),
                    ),
                ],
            ),
            (
                E("Quem o plano quer capacitar?", "¿A quién quiere capacitar el plan?"),
                "multiple",
                [
                    (
                        E("Agentes de fronteiras terrestres", "Agentes de fronteras terrestres"),
                        True,
                        E("Sim.", "Sí."),
                    ),
                    (
                        E("Agentes de portos e aeroportos", "Agentes de puertos y aeropuertos"),
                        True,
                        E("Sim.", "Sí."),
                    ),
                    (
                        E("Somente turistas", "Solo turistas"),
                        False,
                        E(
                            "Não: o plano fala de agentes e transportadoras.",
                            "No: el plan habla de agentes y empresas de transporte.",
                        ),
                    ),
                ],
            ),
        ],
    },
]

SIGNATORY = "Coordenação-Geral de Enfrentamento ao Tráfico de Pessoas e Contrabando de Migrantes"

COURSES = [
    {
        "slug": "enfrentamento-ao-trafico-de-pessoas-para-a-rede",
        "title": E(
            "Enfrentamento ao tráfico de pessoas para a rede",
            "Enfrentamiento a la trata de personas para la red",
        ),
        "intro": E(
            "Curso para quem atua nos NETP, nos PAAHM e nos serviços parceiros: reconhecer o crime e encaminhar cada caso pelo fluxo de atendimento.",
            "Curso para quienes actúan en los NETP, los PAAHM y los servicios asociados: reconocer el delito y encaminar cada caso por el flujo de atención.",
        ),
        "audience": E(
            "Equipes dos núcleos estaduais, dos postos avançados e da rede de assistência.",
            "Equipos de los núcleos estatales, de los puestos avanzados y de la red de asistencia.",
        ),
        "objectives": [
            E(
                "Reconhecer os elementos do tráfico de pessoas.",
                "Reconocer los elementos de la trata de personas.",
            ),
            E(
                "Encaminhar um caso pelo fluxo de atendimento.",
                "Encaminar un caso por el flujo de atención.",
            ),
        ],
        "hours": 8,
        "modules": ["o-que-e-trafico-de-pessoas", "a-rede-de-enfrentamento"],
    },
    {
        "slug": "contrabando-de-migrantes-para-agentes-de-fronteira",
        "title": E(
            "Contrabando de migrantes para agentes de fronteira",
            "Tráfico ilícito de migrantes para agentes de frontera",
        ),
        "intro": E(
            "Formação anual virtual para regiões de fronteira: distinguir contrabando de tráfico e proteger quem migra.",
            "Formación anual virtual para regiones de frontera: distinguir tráfico ilícito de trata y proteger a quienes migran.",
        ),
        "audience": E(
            "Agentes de fronteiras terrestres, portos, aeroportos e empresas transportadoras.",
            "Agentes de fronteras terrestres, puertos, aeropuertos y empresas de transporte.",
        ),
        "objectives": [
            E(
                "Distinguir contrabando de migrantes de tráfico de pessoas.",
                "Distinguir tráfico ilícito de migrantes de trata de personas.",
            ),
            E(
                "Informar a pessoa migrante sobre direitos e canais de assistência.",
                "Informar a la persona migrante sobre derechos y canales de asistencia.",
            ),
        ],
        "hours": 6,
        "modules": ["o-que-e-trafico-de-pessoas", "contrabando-de-migrantes-nas-fronteiras"],
    },
]

LIBRARY = {
    "slug": "modulos",
    "title": E("Biblioteca de módulos", "Biblioteca de módulos"),
    "intro": E(
        "Módulos independentes, que compõem os cursos e podem ser estudados por conta própria.",
        "Módulos independientes, que componen los cursos y pueden estudiarse por cuenta propia.",
    ),
}

ATTENDEES = [
    ("Ana Souza", "ana.souza@example.org", "AM"),
    ("Bruno Lima", "bruno.lima@example.org", "RR"),
    ("Carla Mendes", "carla.mendes@example.org", "AC"),
    ("Diego Rocha", "diego.rocha@example.org", "MS"),
    ("Elisa Prado", "elisa.prado@example.org", "PR"),
]

# Activity 3.2.3 of the I PAECM (train the PAAHM teams on migrant smuggling) and the
# NETP/PAAHM network's own plan, in the border state of Paraná with teams from the
# South and Centre-West borders. Fictional people; the last two did not attend.
BORDER_WORKSHOP = {
    "title": "Oficina presencial da Rede NETP/PAAHM: contrabando de migrantes na fronteira",
    "starts_on": date(2025, 11, 4),
    "ends_on": date(2025, 11, 5),
    "online": False,
    "place": "Foz do Iguaçu (PR)",
    "hours": 12,
    "signatory_role": "Ministério da Justiça e Segurança Pública",
    "language": "pt-br",
}
BORDER_ATTENDEES = [
    ("Adriana Kowalski", "adriana.kowalski@example.org", "PR", True),
    ("Benedito Arce", "benedito.arce@example.org", "MS", True),
    ("Camila Rauber", "camila.rauber@example.org", "RS", True),
    ("Davi Nogueira", "davi.nogueira@example.org", "PR", True),
    ("Estela Benítez", "estela.benitez@example.org", "MS", True),
    ("Fernando Zanella", "fernando.zanella@example.org", "SC", True),
    ("Gisele Marques", "gisele.marques@example.org", "MT", True),
    ("Hugo Taborda", "hugo.taborda@example.org", "PR", True),
    ("Iara Guarani", "iara.guarani@example.org", "MS", False),
    ("Júlio Becker", "julio.becker@example.org", "RS", False),
]


def _convert_index(home, catalogue):
    """Turn the foundation's "Capacitação" content page into the course index, in
    every language, keeping its id (links to it stay valid), slug, title, body,
    translations and place in the menu."""
    old = home.get_children().filter(slug=INDEX_SLUG).first()
    if old is None:
        raise RuntimeError("The demo page tree has no 'capacitacao' section")
    if old.specific_class is CourseIndexPage:
        return old.specific, False
    content_type = ContentType.objects.get_for_model(CourseIndexPage)
    pages = list(ContentPage.objects.filter(translation_key=old.translation_key))
    with transaction.atomic():
        for page in pages:
            body, intro = page.body.raw_data, page.intro
            ContentPage.objects.filter(pk=page.pk)._raw_delete(using="default")
            converted = CourseIndexPage(
                page_ptr_id=page.pk, intro=intro, body=json.dumps(list(body))
            )
            converted.save_base(raw=True)
            Page.objects.filter(pk=page.pk).update(content_type=content_type)
        TranslationSource.objects.filter(object_id=old.translation_key).update(
            specific_content_type=content_type
        )
    for page in CourseIndexPage.objects.filter(translation_key=old.translation_key):
        # A fresh revision of the new type, so editing starts from a course index.
        if page.live:
            page.save_revision().publish()
    return CourseIndexPage.objects.get(pk=old.pk), True


def _child(parent, model, slug, build):
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing, False
    page = build()
    page.slug = slug
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def _register_texts(catalogue):
    for spec in [*MODULES, *COURSES, LIBRARY]:
        for key in ("title", "intro", "audience"):
            if key in spec:
                catalogue.add(spec[key])


def load():
    catalogue = TextCatalogue()
    _register_texts(catalogue)
    default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    spanish = Locale.objects.get(language_code="es")
    home = HomePage.objects.get(locale=default, depth=2)
    index, converted = _convert_index(home, catalogue)
    created = []

    library, made = _child(
        index,
        ModuleLibraryPage,
        LIBRARY["slug"],
        lambda: ModuleLibraryPage(title=LIBRARY["title"].pt, intro=LIBRARY["intro"].pt),
    )
    created += [library] if made else []
    modules = {}
    for spec in MODULES:
        lessons = _lessons(catalogue, spec["lessons"])
        questions = _questions(catalogue, spec["questions"])
        module, made = _child(
            library,
            ModulePage,
            spec["slug"],
            lambda spec=spec, lessons=lessons, questions=questions: ModulePage(
                title=spec["title"].pt,
                intro=spec["intro"].pt,
                estimated_minutes=spec["minutes"],
                lessons=lessons,
                questions=questions,
                quiz_passing_score=70,
                quiz_attempt_limit=3,
            ),
        )
        modules[spec["slug"]] = module
        created += [module] if made else []

    cgetp, _made = Trainer.objects.get_or_create(
        name="Equipe CGETP", defaults={"role": "Ministério da Justiça e Segurança Pública"}
    )
    oim, _made = Trainer.objects.get_or_create(
        name="Equipe OIM", defaults={"role": "Organização Internacional para as Migrações"}
    )
    courses = []
    for spec in COURSES:
        objectives = json.dumps(
            [
                {"type": "objective", "value": catalogue.add(text), "id": _id()}
                for text in spec["objectives"]
            ]
        )

        def build(spec=spec, objectives=objectives):
            course = CoursePage(
                title=spec["title"].pt,
                intro=spec["intro"].pt,
                audience=spec["audience"].pt,
                workload_hours=spec["hours"],
                modality="self_paced",
                languages="pt-br,es",
                objectives=objectives,
                passing_score=70,
                signatory_name=SIGNATORY,
                signatory_role="Ministério da Justiça e Segurança Pública",
            )
            course.course_modules = [
                CourseModule(module=modules[slug], locale=default) for slug in spec["modules"]
            ]
            course.course_trainers = [
                CourseTrainer(trainer=trainer, locale=default) for trainer in (cgetp, oim)
            ]
            return course

        course, made = _child(index, CoursePage, spec["slug"], build)
        courses.append(course)
        created += [course] if made else []
    catalogue.add(
        E("Ministério da Justiça e Segurança Pública", "Ministerio de Justicia y Seguridad Pública")
    )
    catalogue.add(
        E(
            SIGNATORY,
            "Coordinación General de Enfrentamiento a la Trata de Personas y al Tráfico Ilícito de Migrantes",
        )
    )

    # Spanish translations: modules before the courses that point to them.
    translations = 0
    for page in [library, *modules.values(), *courses]:
        translations += len(translate_instance(page, catalogue, [spanish]))
    if converted:
        # The index in the other languages already exists (converted); nothing to add.
        target_locales()

    live, made = LiveTraining.objects.get_or_create(
        title="Oficina presencial: fluxo de atendimento no Amazonas",
        defaults={
            "course": courses[0],
            "starts_on": date(2025, 9, 16),
            "ends_on": date(2025, 9, 17),
            "online": False,
            "place": "Manaus (AM)",
            "hours": 12,
            "signatory_name": SIGNATORY,
            "signatory_role": "Ministério da Justiça e Segurança Pública",
            "language": "pt-br",
        },
    )
    if made:
        live.trainers.set([cgetp, oim])
        live.save()
        Attendee.objects.bulk_create(
            Attendee(training=live, full_name=name, email=email, uf=uf, attended=index < 4)
            for index, (name, email, uf) in enumerate(ATTENDEES)
        )
        issue_certificates(live, notify=False)
    workshop, workshop_made = LiveTraining.objects.get_or_create(
        title=BORDER_WORKSHOP["title"],
        defaults={**BORDER_WORKSHOP, "course": courses[1], "signatory_name": SIGNATORY},
    )
    if workshop_made:
        workshop.trainers.set([cgetp, oim])
        workshop.save()
        Attendee.objects.bulk_create(
            Attendee(training=workshop, full_name=name, email=email, uf=uf, attended=attended)
            for name, email, uf, attended in BORDER_ATTENDEES
        )
        # Certificates for those who attended, without e-mailing fictional addresses.
        issue_certificates(workshop, notify=False)
    made_count = int(made) + int(workshop_made)
    return (
        f"index {'converted' if converted else 'kept'}, {len(created)} page(s) created, "
        f"{translations} translation(s), {made_count} live training(s) created"
    )
