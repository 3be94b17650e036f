# ruff: noqa: E501, RUF001 - long sentences of demo prose, typographic quotes and dashes
"""The chapters of the two demo guides, in pt-BR, written from shared/seeds.

Each body is a list of (block type, raw value) built with the helpers below; the text
blocks hold one paragraph each, so every paragraph has its own permanent anchor.
"""

import datetime
import uuid

from guides.blocks import FLOW_STAGES

STAGES = dict(FLOW_STAGES)


def h2(text):
    return ("heading", {"text": text, "level": "h2"})


def p(*texts):
    return [
        ("paragraph", f'<p data-block-key="d{index}">{text}</p>')
        for index, text in enumerate(texts)
    ]


def checklist(title, items):
    return ("checklist", {"title": title, "items": items})


def pairs(title, rows):
    return (
        "term_pairs",
        {"title": title, "pairs": [{"use": u, "avoid": a, "reason": r} for u, a, r in rows]},
    )


def statistic(figure, description, source, date, url=""):
    return (
        "statistic",
        {
            "figure": figure,
            "description": description,
            "source": source,
            "source_url": url,
            "date": date,
        },
    )


def myth(myth_text, fact):
    return ("myth_fact", {"myth": myth_text, "fact": f"<p>{fact}</p>"})


def case(title, story, lesson):
    return (
        "case_study",
        {"title": title, "story": f"<p>{story}</p>", "lesson": f"<p>{lesson}</p>"},
    )


def stage(key, description, actors):
    return ("flow_stage", {"stage": key, "description": description, "actors": actors})


def institution(name, duties, how, directory_page=None, channel_ids=()):
    return (
        "institution",
        {
            "name": name,
            "duties": duties,
            "how_to_reach": how,
            "channels": [
                {"type": "item", "value": {"channel": pk, "note": ""}, "id": str(uuid.uuid4())}
                for pk in channel_ids
                if pk
            ],
            "directory_page": directory_page,
        },
    )


def callout(tone, title, text):
    return ("callout", {"tone": tone, "title": title, "text": f"<p>{text}</p>"})


def phones(numbers):
    return (
        "phone_numbers",
        [{"number": n, "label": label, "description": d} for n, label, d in numbers],
    )


def journalists_chapters(directory_page_id=None, channels=None):
    channels = channels or {}
    press_contacts = [
        {"type": "channel", "value": {"channel": channels[slug], "note": note}}
        for slug, note in [
            ("policia-federal", "Investigações e operações de resgate."),
            ("ministerio-publico-federal", "Ações penais e defesa de direitos."),
            ("defensoria-publica-da-uniao", "Assistência jurídica às vítimas."),
        ]
        if channels.get(slug)
    ] + [
        {
            "type": "contact",
            "value": {
                "name": "Coordenação-Geral de Enfrentamento ao Tráfico de Pessoas e Contrabando de Migrantes (CGETP/MJSP)",
                "description": "Informações sobre a política nacional, os planos nacionais e a Rede de NETP e PAAHM. Peça o contato pela assessoria de comunicação do Ministério da Justiça e Segurança Pública.",
                "phone": "",
                "email": "",
                "url": "",
            },
        },
        {
            "type": "contact",
            "value": {
                "name": "Organização Internacional para as Migrações (OIM Brasil)",
                "description": "Coautora da cartilha sobre fluxos de atendimento.",
                "phone": "",
                "email": "iombrazil@iom.int",
                "url": "https://brazil.iom.int",
            },
        },
    ]
    return [
        {
            "slug": "antes-de-comecar",
            "title": "Antes de começar: do que estamos falando",
            "intro": "Os conceitos básicos para não confundir crimes diferentes.",
            "body": [
                h2("Tráfico de pessoas"),
                *p(
                    "O tráfico de pessoas é o crime de recrutar, transportar ou acolher alguém por meio de ameaça, fraude ou abuso de uma situação de vulnerabilidade, com a finalidade de explorar essa pessoa.",
                    "A exploração pode ser sexual, em trabalho análogo ao de escravo, em servidão, por adoção ilegal ou pela remoção de órgãos. A vítima não precisa sair do país: o tráfico interno, entre estados ou municípios, também existe.",
                ),
                myth(
                    "Só há tráfico de pessoas quando a vítima é levada para outro país.",
                    "O tráfico também acontece dentro do Brasil, entre cidades e estados. O que define o crime é a exploração, não a fronteira.",
                ),
                h2("Contrabando de migrantes"),
                *p(
                    "O contrabando de migrantes é facilitar, em troca de dinheiro, a entrada irregular de uma pessoa num país do qual ela não é nacional. É um crime contra o Estado; a pessoa migrante não é criminosa por ter migrado.",
                    "Os dois crimes podem se cruzar: um migrante contrabandeado pode ser explorado no caminho ou no destino. Por isso, a reportagem deve descrever o que de fato aconteceu, sem trocar um termo pelo outro.",
                ),
                myth(
                    "Quem paga um atravessador aceitou os riscos e não pode ser vítima.",
                    "O consentimento da vítima à exploração não tem valor. Um migrante que pagou pela travessia pode se tornar vítima de tráfico de pessoas.",
                ),
                statistic(
                    "28",
                    "ações prioritárias e 75 atividades no I Plano de Ação de Enfrentamento ao Contrabando de Migrantes (2024–2029)",
                    "Ministério da Justiça e Segurança Pública",
                    "2024-11-22",
                ),
            ],
        },
        {
            "slug": "entrevistar-sobreviventes",
            "title": "Entrevistar sobreviventes sem causar dano",
            "intro": "Consentimento, anonimato, imagens e crianças: o que verificar antes, durante e depois da entrevista.",
            "body": [
                h2("Antes da entrevista"),
                *p(
                    "Uma entrevista mal conduzida pode ser uma nova violência. A revitimização acontece quando a pessoa é obrigada a repetir o relato, é exposta ou é julgada pelo que viveu.",
                ),
                checklist(
                    "Antes de entrevistar um sobrevivente",
                    [
                        "Consentimento: explique onde, como e por quanto tempo a história será publicada, e que a pessoa pode desistir a qualquer momento.",
                        "Anonimato: combine o que será omitido (nome, cidade, rosto, voz, local de trabalho) e cumpra o combinado.",
                        "Imagens: não mostre rosto, tatuagens, documentos nem o lugar onde a pessoa está acolhida.",
                        "Crianças e adolescentes: nunca publique dado que permita identificá-los, mesmo com autorização da família.",
                        "Apoio: pergunte se a pessoa quer a presença de alguém de confiança ou da equipe que a atende.",
                        "Segurança: avalie se a publicação pode colocar a pessoa ou sua família em risco diante dos aliciadores.",
                    ],
                ),
                h2("Durante e depois"),
                *p(
                    "Faça só as perguntas necessárias para a reportagem; detalhes íntimos da exploração raramente são notícia. Respeite silêncios e pausas.",
                    "Antes de publicar, confira de novo o que foi combinado. Se a pessoa retirar o consentimento, a história não deve ser publicada.",
                ),
                case(
                    "Situação hipotética: a foto de bastidores",
                    "Uma equipe entrevista uma sobrevivente com o rosto fora de quadro. Na edição, uma foto de bastidores mostra a fachada do abrigo onde ela está acolhida.",
                    "Anonimato não é só esconder o rosto: lugares, vozes e objetos também identificam. Revise cada imagem com esse olhar.",
                ),
            ],
        },
        {
            "slug": "palavras-que-importam",
            "title": "Palavras que importam",
            "intro": "Termos a preferir e termos a evitar, e o porquê de cada um.",
            "body": [
                h2("Use isto, evite aquilo"),
                *p(
                    "As palavras escolhidas numa reportagem podem culpar a vítima, criminalizar migrantes ou confundir crimes. O glossário deste guia explica cada termo; o verificador de termos aponta, num rascunho, as expressões a evitar.",
                ),
                pairs(
                    "Termos mais comuns",
                    [
                        (
                            "migrante em situação irregular",
                            "imigrante ilegal",
                            "Nenhuma pessoa é ilegal.",
                        ),
                        (
                            "exploração sexual de crianças e adolescentes",
                            "prostituição infantil",
                            "Criança não escolhe ser explorada.",
                        ),
                        (
                            "tráfico de pessoas",
                            "tráfico de mulheres",
                            "Qualquer pessoa pode ser vítima.",
                        ),
                        (
                            "contrabando de migrantes",
                            "tráfico de migrantes",
                            "São crimes diferentes.",
                        ),
                        ("criança ou adolescente", "menor", "O termo carrega estigma."),
                    ],
                ),
                h2("Descreva a pessoa, não o rótulo"),
                *p(
                    "Prefira dizer o que aconteceu com a pessoa (foi explorada, foi enganada) a defini-la pelo crime que sofreu. Pergunte se ela prefere ser chamada de vítima ou de sobrevivente.",
                ),
            ],
        },
        {
            "slug": "dados-e-fontes",
            "title": "Dados e fontes",
            "intro": "Como usar números e documentos oficiais com precisão.",
            "body": [
                h2("Todo número tem fonte e data"),
                *p(
                    "Dados sobre tráfico de pessoas são incompletos por natureza: muitas vítimas não denunciam. Diga sempre de onde vem o número, a que período se refere e o que ele mede.",
                ),
                statistic(
                    "58",
                    "metas em 6 eixos temáticos no III Plano Nacional de Enfrentamento ao Tráfico de Pessoas",
                    "Decreto nº 9.440",
                    "2018-07-03",
                ),
                statistic(
                    "IV",
                    "Plano Nacional de Enfrentamento ao Tráfico de Pessoas, aprovado por decreto",
                    "Decreto nº 12.121",
                    "2024-07-30",
                ),
                h2("Documentos de referência"),
                *p(
                    "A Política Nacional de Enfrentamento ao Tráfico de Pessoas (Decreto nº 5.948/2006) organiza a resposta em três eixos: prevenção, repressão e responsabilização dos autores, e atenção às vítimas.",
                    "O plano de ação 2025–2028 da Rede de NETP e PAAHM prevê atualizar este guia, capacitar assessorias de comunicação e promover oficinas com jornalistas.",
                ),
            ],
        },
        {
            "slug": "canais-e-contatos",
            "title": "Canais de denúncia e contatos para a imprensa",
            "intro": "Informe sempre onde denunciar, e saiba a quem pedir informações.",
            "body": [
                h2("Publique os canais de denúncia"),
                *p(
                    "Toda reportagem sobre tráfico de pessoas pode ajudar alguém a pedir ajuda. Termine o texto com os canais gratuitos de denúncia.",
                ),
                phones(
                    [
                        ("100", "Disque 100", "Direitos humanos; denúncia anônima e gratuita"),
                        ("180", "Ligue 180", "Central de atendimento à mulher"),
                        ("190", "Polícia Militar", "Em caso de emergência"),
                    ]
                ),
                h2("Contatos para a imprensa"),
                (
                    "press_contacts",
                    {"title": "Quem procurar", "contacts": press_contacts},
                ),
                callout(
                    "warning",
                    "Não procure a vítima por conta própria",
                    "Pedidos de entrevista com vítimas devem passar pela equipe que as atende, como o NETP do estado, que avalia se a conversa é segura.",
                ),
            ],
        },
    ]


CARE_STEPS = [
    (
        "autodiagnostico",
        "Fazer um autodiagnóstico da atuação",
        [
            "O primeiro passo é olhar para dentro: avaliar a estrutura física, as condições das instalações e o lugar que a coordenação ocupa na própria administração.",
            "Um diagnóstico honesto mostra limites, mas sobretudo potencialidades. Ele pode ser feito com apoio externo, com pesquisa universitária ou pela própria gestora da política.",
        ],
    ),
    (
        "receptores-de-denuncias",
        "Identificar quem recebe denúncias",
        [
            "Além dos canais nacionais, como o Disque 100, o Ligue 180 e o Sistema Ipê para o trabalho escravo, muitos estados têm seus próprios serviços de denúncia.",
            "Secretarias de segurança, defensorias, ministérios públicos e organizações da sociedade civil podem ser portas de entrada do fluxo; é preciso saber como cada uma funciona na prática.",
        ],
    ),
    (
        "etapas-e-atores",
        "Mapear as etapas e os atores",
        [
            "Mapear cada momento da atenção à vítima mostra quais serviços já existem e quem pode participar do fluxo. Nem todos os atores mapeados estarão no desenho final, mas continuam sendo apoio da rede.",
        ],
    ),
    (
        "atribuicoes",
        "Conhecer as atribuições de cada instituição",
        [
            "Depois de saber quem participa, é preciso delimitar o que cabe a cada instituição. A tabela abaixo é um exemplo e deve ser adaptada à rede local.",
        ],
    ),
    (
        "pactuacao",
        "Pactuar o fluxo com a rede",
        [
            "A pactuação exige diálogo, reconhecimento mútuo e aceitação dos papéis. Um grupo de trabalho pode mapear os atores e fazer o primeiro desenho do fluxo.",
            "O desenho inicial é apresentado a todos os atores, recebe sugestões e é pactuado numa nova reunião. Encontros periódicos, por exemplo mensais, mantêm o fluxo atualizado.",
        ],
    ),
    (
        "colegiados",
        "Articular os colegiados",
        [
            "Comissões estaduais de erradicação do trabalho escravo e conselhos de direitos de migrantes e refugiados já discutem temas próximos e devem participar da construção do fluxo.",
            "Colegiados definem rumos da política pública, mas não a executam; o fluxo é o instrumento prático dessa execução.",
        ],
    ),
    (
        "outras-experiencias",
        "Conhecer outras experiências",
        [
            "Antes de decidir entre um fluxo único ou um fluxo por finalidade, vale estudar o que outros estados já fizeram, como o fluxograma do comitê paulista e o fluxo estadual do Rio de Janeiro.",
        ],
    ),
    (
        "elaborar-o-fluxo",
        "Elaborar o fluxo e os procedimentos",
        [
            "O desenho do fluxo reúne tudo o que foi identificado. Junto com ele, cada ator deve ter descritas as providências e ações que lhe cabem em cada momento.",
        ],
    ),
    (
        "politicas-publicas",
        "Envolver as políticas públicas",
        [
            "Assistência social, saúde, educação e segurança têm o dever de atender as vítimas. Cada uma deve ter um ponto focal que conheça o fluxo, para evitar a revitimização.",
            "Os NETP podem fazer o primeiro atendimento, comunicar o resgate à assistência social, articular saúde, educação, trabalho e renda, e encaminhar casos à Defensoria Pública.",
        ],
    ),
    (
        "sociedade-civil",
        "Integrar a sociedade civil",
        [
            "Organizações da sociedade civil atendem vítimas diretamente, atuam na prevenção e podem receber denúncias e acompanhar o pós-resgate, complementando o serviço público.",
        ],
    ),
    (
        "informacoes-ao-netp",
        "Enviar as informações ao NETP",
        [
            "As informações sobre vítimas e casos devem chegar ao NETP, ponto focal do atendimento. Recomenda-se um envio mensal, por meio seguro e com acesso restrito a quem precisa.",
        ],
    ),
    (
        "institucionalizar",
        "Institucionalizar o fluxo",
        [
            "Uma portaria, um decreto ou um termo de adesão dão ao fluxo caráter de política perene e reduzem a instabilidade dos acordos informais.",
        ],
    ),
    (
        "publicar",
        "Publicar o fluxo",
        [
            "Publicar o fluxo encerra um ciclo e inicia a implementação. Quando a sociedade conhece o crime e os canais de denúncia, ajuda a prevenir novos casos.",
        ],
    ),
    (
        "monitorar",
        "Monitorar e avaliar",
        [
            "Reuniões periódicas, semestrais ou anuais, e indicadores mostram o que funciona, o que melhorar e o que descontinuar. Metas realistas devem ser definidas no início de cada período.",
        ],
    ),
]


def care_chapters(directory_page_id=None, channels=None):
    channels = channels or {}
    chapters = []
    for number, (slug, title, texts) in enumerate(CARE_STEPS, start=1):
        body = [*p(*texts)]
        if slug == "etapas-e-atores":
            body += [
                h2("As etapas de um fluxo"),
                stage(
                    "report",
                    "Alguém relata a suspeita de tráfico a um canal de denúncia.",
                    [
                        "Disque 100",
                        "Ligue 180",
                        "Ministério Público Federal",
                        "Ministério Público do Trabalho",
                        "Polícia Federal",
                    ],
                ),
                stage(
                    "response",
                    "A rede articula prevenção e resposta ao caso.",
                    ["NETP", "Organizações da sociedade civil", "Organizações internacionais"],
                ),
                stage(
                    "rescue",
                    "As autoridades retiram a vítima da situação de exploração.",
                    ["Polícia Federal", "Ministério Público"],
                ),
                stage(
                    "post_rescue",
                    "Primeiro atendimento, serviços emergenciais e encaminhamentos.",
                    ["NETP"],
                ),
                stage(
                    "care",
                    "Atendimento continuado à vítima e à família.",
                    ["Rede SUAS", "Organizações da sociedade civil"],
                ),
            ]
        if slug == "atribuicoes":
            body += [
                h2("Instituições, atribuições e contato"),
                institution(
                    "Núcleos de Enfrentamento ao Tráfico de Pessoas (NETP)",
                    [
                        "Prevenção e enfrentamento do crime de tráfico de pessoas",
                        "Primeiro atendimento e encaminhamento das vítimas",
                    ],
                    "Os estados que têm NETP oferecem telefone e local para atendimento presencial.",
                    directory_page_id,
                ),
                institution(
                    "Polícia Federal (PF)",
                    ["Repressão, investigação e denúncia do crime de tráfico de pessoas"],
                    "Atendimento presencial e por telefone na delegacia da Polícia Federal de cada cidade.",
                    directory_page_id,
                    [channels.get("policia-federal")],
                ),
                institution(
                    "Ministério das Relações Exteriores, Divisão de Assistência Consular (MRE/DAC)",
                    ["Assistência a brasileiros vítimas de tráfico de pessoas no exterior"],
                    "Embaixadas e consulados do Brasil no exterior.",
                    directory_page_id,
                    [channels.get("assistencia-consular")],
                ),
                institution(
                    "Sistema Único de Assistência Social (SUAS)",
                    ["Proteção social às vítimas, às famílias e à comunidade"],
                    "CRAS, CREAS, Centro POP, Centro-Dia e unidades de acolhimento, como casa-lar, abrigo institucional, república e casa de passagem.",
                    directory_page_id,
                ),
                institution(
                    "Defensoria Pública da União (DPU)",
                    [
                        "Orientação jurídica e defesa de quem precisa, em todas as instâncias",
                        "Difusão dos direitos humanos e da cidadania",
                    ],
                    "Atende residentes das capitais e de 43 cidades do interior; onde não há DPU, a orientação é procurar a subseção da Justiça Federal.",
                    directory_page_id,
                    [channels.get("defensoria-publica-da-uniao")],
                ),
            ]
        chapters.append(
            {
                "slug": f"passo-{number:02d}-{slug}",
                "title": f"Passo {number}: {title}",
                "intro": "",
                "body": body,
            }
        )
    return chapters


def parse_date(value):
    return value if value is None else datetime.date.fromisoformat(value).isoformat()
