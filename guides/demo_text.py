# ruff: noqa: E501, RUF001 - long sentences of demo prose, typographic quotes and dashes
"""Demo text of the guides area, written from the facts in shared/seeds.

The glossary is in pt-BR with es and en translations; the guide index pages in all
five languages; the chapters in pt-BR (the other trees show them untranslated until a
translator takes them on).
"""

from dataclasses import dataclass

from website.demo.text import T


@dataclass(frozen=True)
class T3:
    """Text in pt-BR, es and en: the glossary's demo languages."""

    pt: str
    es: str
    en: str

    def in_language(self, language_code):
        return {"pt-br": self.pt, "es": self.es, "en": self.en}.get(language_code)


GLOSSARY_LANGUAGES = ["es", "en"]

# key, term, short definition, explanation, other forms, preferred, avoid [(term, reason)],
# related keys, sources
GLOSSARY = [
    {
        "key": "trafico",
        "term": T3("Tráfico de pessoas", "Trata de personas", "Trafficking in persons"),
        "definition": T3(
            "Crime de recrutar, transportar ou acolher uma pessoa por meio de ameaça, fraude ou abuso de vulnerabilidade, para explorá-la.",
            "Delito de captar, trasladar o acoger a una persona mediante amenaza, engaño o abuso de su vulnerabilidad, para explotarla.",
            "The crime of recruiting, moving or harbouring a person through threats, deceit or abuse of their vulnerability, in order to exploit them.",
        ),
        "explanation": T3(
            "As finalidades incluem exploração sexual, trabalho em condição análoga à de escravo, servidão, adoção ilegal e remoção de órgãos. A pessoa não precisa cruzar uma fronteira para ser vítima.",
            "Las finalidades incluyen explotación sexual, trabajo en condiciones análogas a la esclavitud, servidumbre, adopción ilegal y extracción de órganos. La persona no necesita cruzar una frontera para ser víctima.",
            "Its purposes include sexual exploitation, slave-like labour, servitude, illegal adoption and organ removal. A person does not have to cross a border to be a victim.",
        ),
        "forms": T3("tráfico humano", "trata de seres humanos", "human trafficking"),
        "preferred": [T3("tráfico de pessoas", "trata de personas", "trafficking in persons")],
        "avoid": [
            (
                T3("tráfico de mulheres", "trata de blancas", "white slavery"),
                T3(
                    "Qualquer pessoa pode ser vítima: a expressão esconde homens, meninos e pessoas trans.",
                    "Cualquier persona puede ser víctima: la expresión es histórica y excluye a muchas víctimas.",
                    "Anyone can be a victim: the expression is dated and leaves many victims out.",
                ),
            )
        ],
        "related": ["contrabando", "vitima", "aliciamento"],
        "sources": ["cartilha", "plano3"],
    },
    {
        "key": "contrabando",
        "term": T3("Contrabando de migrantes", "Tráfico ilícito de migrantes", "Migrant smuggling"),
        "definition": T3(
            "Facilitar, em troca de dinheiro ou outro benefício, a entrada irregular de uma pessoa num país do qual ela não é nacional.",
            "Facilitar, a cambio de dinero u otro beneficio, la entrada irregular de una persona en un país del que no es nacional.",
            "Helping a person enter a country of which they are not a national irregularly, in exchange for money or another benefit.",
        ),
        "explanation": T3(
            "É um crime contra o Estado, diferente do tráfico de pessoas, embora migrantes contrabandeados possam acabar explorados. O Brasil lançou em 2024 o I Plano de Ação de Enfrentamento ao Contrabando de Migrantes.",
            "Es un delito contra el Estado, distinto de la trata de personas, aunque los migrantes objeto de tráfico pueden terminar explotados. Brasil lanzó en 2024 su primer plan de acción contra este delito.",
            "It is a crime against the State, distinct from trafficking in persons, although smuggled migrants may end up exploited. Brazil launched its first action plan against migrant smuggling in 2024.",
        ),
        "forms": T3("contrabando de pessoas", "tráfico de migrantes", "people smuggling"),
        "preferred": [
            T3("contrabando de migrantes", "tráfico ilícito de migrantes", "migrant smuggling")
        ],
        "avoid": [
            (
                T3("tráfico de migrantes", "contrabando de personas", "migrant trafficking"),
                T3(
                    "Confunde dois crimes diferentes: no contrabando há travessia irregular, no tráfico há exploração.",
                    "Confunde dos delitos distintos: en el tráfico ilícito hay cruce irregular, en la trata hay explotación.",
                    "It mixes up two different crimes: smuggling is about irregular crossing, trafficking about exploitation.",
                ),
            )
        ],
        "related": ["trafico", "migrante"],
        "sources": ["paecm"],
    },
    {
        "key": "vitima",
        "term": T3("Vítima", "Víctima", "Victim"),
        "definition": T3(
            "Pessoa que sofreu o crime. Tem direito a proteção, assistência e sigilo, colabore ou não com a investigação.",
            "Persona que sufrió el delito. Tiene derecho a protección, asistencia y confidencialidad, colabore o no con la investigación.",
            "A person who suffered the crime. They are entitled to protection, assistance and confidentiality, whether or not they help the investigation.",
        ),
        "explanation": T3(
            "Muitas pessoas preferem ser chamadas de sobreviventes. Na dúvida, pergunte como a pessoa quer ser descrita.",
            "Muchas personas prefieren que se las llame sobrevivientes. Ante la duda, pregunte cómo quiere ser descrita la persona.",
            "Many people prefer to be called survivors. If in doubt, ask the person how they want to be described.",
        ),
        "forms": T3("vítimas", "víctimas", "victims"),
        "preferred": [
            T3("vítima", "víctima", "victim"),
            T3("sobrevivente", "sobreviviente", "survivor"),
        ],
        "avoid": [],
        "related": ["sobrevivente", "revitimizacao"],
        "sources": ["cartilha"],
    },
    {
        "key": "sobrevivente",
        "term": T3("Sobrevivente", "Sobreviviente", "Survivor"),
        "definition": T3(
            "Forma de se referir a quem passou pelo tráfico que destaca sua capacidade de reconstruir a vida.",
            "Forma de referirse a quien pasó por la trata que destaca su capacidad de rehacer su vida.",
            "A way of referring to someone who went through trafficking that stresses their ability to rebuild their life.",
        ),
        "explanation": T3(
            "Use o termo que a própria pessoa escolher.",
            "Use el término que la propia persona elija.",
            "Use the word the person chooses for themselves.",
        ),
        "forms": T3("sobreviventes", "sobrevivientes", "survivors"),
        "preferred": [],
        "avoid": [],
        "related": ["vitima"],
        "sources": [],
    },
    {
        "key": "aliciamento",
        "term": T3("Aliciamento", "Captación", "Recruitment"),
        "definition": T3(
            "Primeira etapa do tráfico: a oferta enganosa de emprego, estudo, casamento ou viagem que atrai a vítima.",
            "Primera etapa de la trata: la oferta engañosa de empleo, estudios, matrimonio o viaje que atrae a la víctima.",
            "The first stage of trafficking: the deceptive offer of a job, studies, marriage or travel that draws the victim in.",
        ),
        "explanation": T3(
            "Hoje acontece com frequência pelas redes sociais e por pessoas próximas da vítima.",
            "Hoy ocurre a menudo por redes sociales y a través de personas cercanas a la víctima.",
            "Today it often happens through social media and through people close to the victim.",
        ),
        "forms": T3("aliciador, aliciadores", "captador, captadores", "recruiter, recruiters"),
        "preferred": [],
        "avoid": [],
        "related": ["trafico"],
        "sources": [],
    },
    {
        "key": "exploracao-sexual",
        "term": T3("Exploração sexual", "Explotación sexual", "Sexual exploitation"),
        "definition": T3(
            "Obter lucro ou vantagem com a atividade sexual de outra pessoa, sem o seu consentimento livre.",
            "Obtener lucro o ventaja de la actividad sexual de otra persona, sin su consentimiento libre.",
            "Profiting from another person's sexual activity without their free consent.",
        ),
        "explanation": T3(
            "Crianças e adolescentes nunca consentem com a própria exploração: trata-se sempre de violência.",
            "Niños, niñas y adolescentes nunca consienten su propia explotación: siempre es violencia.",
            "Children and adolescents never consent to their own exploitation: it is always violence.",
        ),
        "forms": T3("", "", ""),
        "preferred": [
            T3(
                "exploração sexual de crianças e adolescentes",
                "explotación sexual de niños, niñas y adolescentes",
                "sexual exploitation of children",
            )
        ],
        "avoid": [
            (
                T3("prostituição infantil", "prostitución infantil", "child prostitution"),
                T3(
                    "Sugere escolha onde só há violência contra uma criança.",
                    "Sugiere una elección donde solo hay violencia contra un niño o niña.",
                    "It suggests a choice where there is only violence against a child.",
                ),
            )
        ],
        "related": ["trafico", "crianca"],
        "sources": ["cartilha"],
    },
    {
        "key": "trabalho-escravo",
        "term": T3(
            "Trabalho análogo ao de escravo",
            "Trabajo análogo a la esclavitud",
            "Slave-like labour",
        ),
        "definition": T3(
            "Trabalho forçado, com jornada exaustiva, em condições degradantes ou com a liberdade restrita, inclusive por dívida.",
            "Trabajo forzoso, con jornadas agotadoras, en condiciones degradantes o con la libertad restringida, incluso por deudas.",
            "Forced labour, exhausting hours, degrading conditions or restricted freedom, including through debt.",
        ),
        "explanation": T3(
            "Já existe um fluxo nacional de atendimento pactuado para esses casos, e o Sistema Ipê recebe denúncias.",
            "Ya existe un flujo nacional de atención acordado para estos casos, y el Sistema Ipê recibe denuncias.",
            "A national care flow is already agreed for these cases, and the Ipê system takes reports.",
        ),
        "forms": T3("trabalho escravo", "trabajo esclavo", "slave labour"),
        "preferred": [],
        "avoid": [],
        "related": ["servidao", "trafico"],
        "sources": ["cartilha"],
    },
    {
        "key": "servidao",
        "term": T3("Servidão por dívida", "Servidumbre por deudas", "Debt bondage"),
        "definition": T3(
            "Quando a pessoa é obrigada a trabalhar para pagar uma dívida que nunca termina, como a da viagem ou da moradia.",
            "Cuando la persona es obligada a trabajar para pagar una deuda que nunca termina, como la del viaje o el alojamiento.",
            "When a person is made to work to pay off a debt that never ends, such as for travel or housing.",
        ),
        "explanation": T3(
            "É uma das formas mais comuns de manter a vítima presa sem correntes.",
            "Es una de las formas más comunes de retener a la víctima sin cadenas.",
            "It is one of the most common ways of holding a victim without chains.",
        ),
        "forms": T3("servidão", "servidumbre", "bonded labour"),
        "preferred": [],
        "avoid": [],
        "related": ["trabalho-escravo"],
        "sources": [],
    },
    {
        "key": "revitimizacao",
        "term": T3("Revitimização", "Revictimización", "Re-victimisation"),
        "definition": T3(
            "Novo sofrimento causado à vítima por quem deveria ajudá-la: perguntas repetidas, exposição, julgamento.",
            "Nuevo sufrimiento causado a la víctima por quien debería ayudarla: preguntas repetidas, exposición, juicios.",
            "Fresh harm done to a victim by those meant to help: repeated questioning, exposure, judgement.",
        ),
        "explanation": T3(
            "Uma reportagem revitimiza quando identifica a pessoa, expõe detalhes íntimos ou a culpa pelo que aconteceu.",
            "Un reportaje revictimiza cuando identifica a la persona, expone detalles íntimos o la culpa por lo ocurrido.",
            "A report re-victimises when it identifies the person, exposes intimate details or blames them for what happened.",
        ),
        "forms": T3("revitimizar", "revictimizar", "re-victimise"),
        "preferred": [],
        "avoid": [],
        "related": ["vitima", "consentimento"],
        "sources": ["cartilha"],
    },
    {
        "key": "consentimento",
        "term": T3("Consentimento informado", "Consentimiento informado", "Informed consent"),
        "definition": T3(
            "Autorização dada por quem entende como, onde e por quanto tempo sua história será publicada, e sabe que pode recusar.",
            "Autorización dada por quien entiende cómo, dónde y por cuánto tiempo se publicará su historia, y sabe que puede negarse.",
            "Permission given by someone who understands how, where and for how long their story will be published, and knows they can refuse.",
        ),
        "explanation": T3(
            "No tráfico de pessoas, o consentimento da vítima à exploração não tem valor; já o consentimento para uma entrevista deve ser livre e pode ser retirado.",
            "En la trata, el consentimiento de la víctima a la explotación no tiene valor; el consentimiento para una entrevista debe ser libre y puede retirarse.",
            "In trafficking, a victim's consent to exploitation counts for nothing; consent to an interview must be free and can be withdrawn.",
        ),
        "forms": T3("consentimento", "consentimiento", "consent"),
        "preferred": [],
        "avoid": [],
        "related": ["revitimizacao"],
        "sources": [],
    },
    {
        "key": "migrante",
        "term": T3("Migrante", "Migrante", "Migrant"),
        "definition": T3(
            "Pessoa que se desloca para viver em outro lugar, dentro do país ou para outro país, qualquer que seja o motivo.",
            "Persona que se desplaza para vivir en otro lugar, dentro del país o hacia otro país, sea cual sea el motivo.",
            "A person who moves to live elsewhere, within their country or abroad, for whatever reason.",
        ),
        "explanation": T3(
            "Migrar não é crime. Migrantes em situação vulnerável, como venezuelanos e haitianos, são afetados de forma desproporcional pelo tráfico.",
            "Migrar no es delito. Los migrantes en situación vulnerable, como venezolanos y haitianos, son afectados de forma desproporcionada por la trata.",
            "Migrating is not a crime. Migrants in vulnerable situations, such as Venezuelans and Haitians, are disproportionately affected by trafficking.",
        ),
        "forms": T3("migrantes", "migrantes", "migrants"),
        "preferred": [
            T3(
                "migrante em situação irregular",
                "migrante en situación irregular",
                "undocumented migrant",
            )
        ],
        "avoid": [
            (
                T3("imigrante ilegal", "inmigrante ilegal", "illegal immigrant"),
                T3(
                    "Nenhuma pessoa é ilegal: irregular é a situação migratória, não a pessoa.",
                    "Ninguna persona es ilegal: irregular es la situación migratoria, no la persona.",
                    "No person is illegal: it is the migration status that is irregular, not the person.",
                ),
            ),
            (
                T3("clandestino", "clandestino", "illegal alien"),
                T3(
                    "Associa a pessoa a crime e esconde que ela pode ser vítima.",
                    "Asocia a la persona con el delito y oculta que puede ser víctima.",
                    "It links the person with crime and hides that they may be a victim.",
                ),
            ),
        ],
        "related": ["refugiado", "contrabando", "paahm"],
        "sources": ["cartilha"],
    },
    {
        "key": "refugiado",
        "term": T3("Refugiado", "Refugiado", "Refugee"),
        "definition": T3(
            "Pessoa reconhecida como necessitada de proteção internacional por fugir de perseguição ou de grave violação de direitos humanos.",
            "Persona reconocida como necesitada de protección internacional por huir de persecución o de graves violaciones de derechos humanos.",
            "A person recognised as needing international protection because they fled persecution or serious human rights violations.",
        ),
        "explanation": T3(
            "Nem todo migrante é refugiado. Use o termo só quando a condição foi reconhecida ou solicitada.",
            "No todo migrante es refugiado. Use el término solo cuando la condición fue reconocida o solicitada.",
            "Not every migrant is a refugee. Use the word only where that status has been granted or applied for.",
        ),
        "forms": T3(
            "refugiados, refugiada, refugiadas", "refugiados, refugiada, refugiadas", "refugees"
        ),
        "preferred": [],
        "avoid": [],
        "related": ["migrante"],
        "sources": [],
    },
    {
        "key": "netp",
        "term": T3("NETP", "NETP", "NETP"),
        "definition": T3(
            "Núcleo de Enfrentamento ao Tráfico de Pessoas: serviço estadual que articula a prevenção, a repressão e o atendimento às vítimas.",
            "Núcleo de Enfrentamiento a la Trata de Personas: servicio estatal que articula prevención, represión y atención a las víctimas.",
            "Centre against Trafficking in Persons: a state service that coordinates prevention, law enforcement and care for victims.",
        ),
        "explanation": T3(
            "Nos estados que têm NETP há telefone e atendimento presencial. É o ponto focal do atendimento e deve receber as informações sobre os casos.",
            "En los estados que tienen NETP hay teléfono y atención presencial. Es el punto focal de la atención y debe recibir la información de los casos.",
            "States with a NETP offer a phone line and in-person service. It is the focal point for care and should receive information about cases.",
        ),
        "forms": T3(
            "NETPs, Núcleo de Enfrentamento ao Tráfico de Pessoas",
            "NETPs, Núcleos de Enfrentamiento a la Trata de Personas",
            "NETPs, Centres against Trafficking in Persons",
        ),
        "preferred": [],
        "avoid": [],
        "related": ["paahm", "fluxo"],
        "sources": ["plano-rede", "cartilha"],
    },
    {
        "key": "paahm",
        "term": T3("PAAHM", "PAAHM", "PAAHM"),
        "definition": T3(
            "Posto Avançado de Atendimento Humanizado ao Migrante: serviço em locais de chegada que acolhe e orienta migrantes.",
            "Puesto Avanzado de Atención Humanizada al Migrante: servicio en lugares de llegada que acoge y orienta a migrantes.",
            "Advanced Post for Humane Assistance to Migrants: a service at arrival points that welcomes and advises migrants.",
        ),
        "explanation": T3(
            "Forma com os NETP a rede nacional que o IV Plano Nacional quer expandir e fortalecer.",
            "Forma con los NETP la red nacional que el IV Plan Nacional quiere ampliar y fortalecer.",
            "Together with the NETPs it forms the national network the fourth National Plan aims to expand and strengthen.",
        ),
        "forms": T3("PAAHMs", "PAAHMs", "PAAHMs"),
        "preferred": [],
        "avoid": [],
        "related": ["netp"],
        "sources": ["plano-rede"],
    },
    {
        "key": "fluxo",
        "term": T3("Fluxo de atendimento", "Flujo de atención", "Care flow"),
        "definition": T3(
            "Caminho pactuado entre as instituições para que cada vítima seja encaminhada ao serviço certo, sem repetir seu relato.",
            "Camino acordado entre las instituciones para que cada víctima sea derivada al servicio adecuado, sin repetir su relato.",
            "An agreed path between institutions so each victim is referred to the right service without retelling their story.",
        ),
        "explanation": T3(
            "É um documento vivo: muda com a rede local e deve ser revisto periodicamente.",
            "Es un documento vivo: cambia con la red local y debe revisarse periódicamente.",
            "It is a living document: it changes with the local network and must be reviewed regularly.",
        ),
        "forms": T3("fluxos de atendimento", "flujos de atención", "care flows"),
        "preferred": [],
        "avoid": [],
        "related": ["netp", "suas"],
        "sources": ["cartilha"],
    },
    {
        "key": "disque100",
        "term": T3("Disque 100", "Disque 100", "Disque 100"),
        "definition": T3(
            "Canal nacional, gratuito e anônimo, para denunciar violações de direitos humanos, incluindo o tráfico de pessoas.",
            "Canal nacional, gratuito y anónimo, para denunciar violaciones de derechos humanos, incluida la trata de personas.",
            "Brazil's free, anonymous national line for reporting human rights violations, including trafficking in persons.",
        ),
        "explanation": T3(
            "Ao publicar uma reportagem, informe o canal de denúncia: isso ajuda outras vítimas a pedir ajuda.",
            "Al publicar un reportaje, informe el canal de denuncia: ayuda a otras víctimas a pedir ayuda.",
            "When publishing a story, give the reporting line: it helps other victims seek help.",
        ),
        "forms": T3("", "", ""),
        "preferred": [],
        "avoid": [],
        "related": ["ligue180"],
        "sources": ["cartilha"],
    },
    {
        "key": "ligue180",
        "term": T3("Ligue 180", "Ligue 180", "Ligue 180"),
        "definition": T3(
            "Central de atendimento à mulher, gratuita, que também recebe denúncias de tráfico de pessoas.",
            "Central de atención a la mujer, gratuita, que también recibe denuncias de trata de personas.",
            "Brazil's free helpline for women, which also takes reports of trafficking in persons.",
        ),
        "explanation": T3(
            "É um dos receptores nacionais de denúncias citados nos fluxos de atendimento.",
            "Es uno de los receptores nacionales de denuncias citados en los flujos de atención.",
            "It is one of the national reporting points named in care flows.",
        ),
        "forms": T3("", "", ""),
        "preferred": [],
        "avoid": [],
        "related": ["disque100"],
        "sources": ["cartilha"],
    },
    {
        "key": "resgate",
        "term": T3("Resgate", "Rescate", "Rescue"),
        "definition": T3(
            "Retirada da vítima da situação de exploração, em geral pela Polícia Federal ou pelo Ministério Público.",
            "Retiro de la víctima de la situación de explotación, en general por la Policía Federal o la Fiscalía.",
            "Removing the victim from the exploitation, usually by the Federal Police or the Public Prosecutor's Office.",
        ),
        "explanation": T3(
            "Depois do resgate começa o pós-resgate: acolhimento, documentos, saúde e retorno seguro, se a pessoa quiser.",
            "Después del rescate empieza el posrescate: acogida, documentos, salud y retorno seguro, si la persona lo desea.",
            "Rescue is followed by post-rescue: shelter, documents, health care and a safe return home if the person wishes.",
        ),
        "forms": T3(
            "resgates, resgatada, resgatadas, pós-resgate",
            "rescates, rescatada, posrescate",
            "rescued, post-rescue",
        ),
        "preferred": [],
        "avoid": [],
        "related": ["fluxo"],
        "sources": ["cartilha"],
    },
    {
        "key": "suas",
        "term": T3("SUAS", "SUAS", "SUAS"),
        "definition": T3(
            "Sistema Único de Assistência Social: a rede pública que garante proteção social às vítimas e às suas famílias.",
            "Sistema Único de Asistencia Social: la red pública que garantiza protección social a las víctimas y sus familias.",
            "Brazil's Unified Social Assistance System: the public network that provides social protection to victims and their families.",
        ),
        "explanation": T3(
            "Atende por meio do CRAS, do CREAS, do Centro POP e de unidades de acolhimento.",
            "Atiende a través del CRAS, el CREAS, el Centro POP y unidades de acogida.",
            "It works through CRAS and CREAS centres, Centro POP and shelters.",
        ),
        "forms": T3(
            "Sistema Único de Assistência Social",
            "Sistema Único de Asistencia Social",
            "Unified Social Assistance System",
        ),
        "preferred": [],
        "avoid": [],
        "related": ["creas", "fluxo"],
        "sources": ["cartilha"],
    },
    {
        "key": "creas",
        "term": T3("CREAS", "CREAS", "CREAS"),
        "definition": T3(
            "Centro de Referência Especializado de Assistência Social: atende pessoas e famílias que tiveram direitos violados.",
            "Centro de Referencia Especializado de Asistencia Social: atiende a personas y familias con derechos vulnerados.",
            "Specialised Social Assistance Reference Centre: it serves people and families whose rights were violated.",
        ),
        "explanation": T3(
            "É uma das portas de entrada do SUAS para vítimas de tráfico de pessoas.",
            "Es una de las puertas de entrada del SUAS para víctimas de trata de personas.",
            "It is one of the SUAS entry points for victims of trafficking.",
        ),
        "forms": T3("", "", ""),
        "preferred": [],
        "avoid": [],
        "related": ["suas"],
        "sources": ["cartilha"],
    },
    {
        "key": "crianca",
        "term": T3("Criança e adolescente", "Niños, niñas y adolescentes", "Child"),
        "definition": T3(
            "Pessoa com menos de 18 anos, que tem proteção integral e prioridade absoluta em qualquer atendimento.",
            "Persona menor de 18 años, con protección integral y prioridad absoluta en cualquier atención.",
            "A person under 18, entitled to full protection and absolute priority in any service.",
        ),
        "explanation": T3(
            "Nunca publique nome, rosto, voz, escola ou qualquer dado que permita identificar uma criança ou adolescente vítima.",
            "Nunca publique nombre, rostro, voz, escuela ni ningún dato que permita identificar a un niño, niña o adolescente víctima.",
            "Never publish the name, face, voice, school or any detail that could identify a child victim.",
        ),
        "forms": T3(
            "crianças, adolescentes, adolescente",
            "niños, niñas, adolescente",
            "children, adolescents",
        ),
        "preferred": [
            T3("criança", "niño o niña", "child"),
            T3("adolescente", "adolescente", "adolescent"),
        ],
        "avoid": [
            (
                T3("menor", "menor", "minor"),
                T3(
                    "O termo carrega estigma; diga criança ou adolescente.",
                    "El término carga estigma; diga niño, niña o adolescente.",
                    "In Brazilian usage the word carries stigma; say child or adolescent.",
                ),
            )
        ],
        "related": ["exploracao-sexual"],
        "sources": [],
    },
]

SOURCES = {
    "cartilha": T3(
        "Cartilha de orientação para a construção de fluxos de atendimento a vítimas de tráfico de pessoas (OIM e MJSP, 2022)",
        "Cartilla de orientación para la construcción de flujos de atención a víctimas de trata de personas (OIM y MJSP, 2022)",
        "Guidance booklet on building care flows for victims of trafficking in persons (IOM and MJSP, 2022)",
    ),
    "plano3": T3(
        "III Plano Nacional de Enfrentamento ao Tráfico de Pessoas (Decreto nº 9.440/2018)",
        "III Plan Nacional de Enfrentamiento a la Trata de Personas (Decreto nº 9.440/2018)",
        "Third National Plan against Trafficking in Persons (Decree 9,440/2018)",
    ),
    "paecm": T3(
        "I Plano de Ação de Enfrentamento ao Contrabando de Migrantes (2024–2029)",
        "I Plan de Acción contra el Tráfico Ilícito de Migrantes (2024–2029)",
        "First Action Plan against Migrant Smuggling (2024–2029)",
    ),
    "plano-rede": T3(
        "Plano de ação 2025–2028 da Rede de NETP e PAAHM",
        "Plan de acción 2025–2028 de la Red de NETP y PAAHM",
        "2025–2028 action plan of the NETP and PAAHM network",
    ),
}

JOURNALISTS_CHANGE_LOG = [
    (
        None,  # the day the demo is loaded
        T(
            pt="Guia reorganizado em capítulos, com glossário vivo e verificador de termos.",
            es="Guía reorganizada en capítulos, con glosario vivo y verificador de términos.",
            en="Guide reorganised into chapters, with a living glossary and a term checker.",
            fr="Guide réorganisé en chapitres, avec un glossaire vivant et un vérificateur de termes.",
            ht="Gid la reòganize an chapit, ak yon glosè vivan ak yon verifikatè mo.",
        ),
    ),
]

GLOSSARY_PAGE = {
    "title": T(
        pt="Glossário",
        es="Glosario",
        en="Glossary",
        fr="Glossaire",
        ht="Glosè",
    ),
    "intro": T(
        pt="Os termos do enfrentamento ao tráfico de pessoas, o que significam e quais palavras preferir.",
        es="Los términos de la lucha contra la trata de personas, qué significan y qué palabras preferir.",
        en="The terms used in the fight against trafficking in persons, what they mean and which words to prefer.",
        fr="Les termes de la lutte contre la traite des personnes, ce qu’ils signifient et quels mots préférer.",
        ht="Mo yo itilize nan batay kont trafik moun, sa yo vle di ak ki mo pou w prefere.",
    ),
}

CARE_GUIDE = {
    "slug": "fluxos-de-atendimento",
    "title": T(
        pt="Guia para construir fluxos de atendimento a vítimas",
        es="Guía para construir flujos de atención a víctimas",
        en="Guide to building care flows for victims",
        fr="Guide pour construire des parcours de prise en charge des victimes",
        ht="Gid pou bati chemen swen pou viktim yo",
    ),
    "intro": T(
        pt="Os 14 passos para estados, municípios e organizações da sociedade civil organizarem o atendimento às vítimas de tráfico de pessoas, com base na cartilha da OIM e do Ministério da Justiça.",
        es="Los 14 pasos para que estados, municipios y organizaciones de la sociedad civil organicen la atención a las víctimas de trata, a partir de la cartilla de la OIM y del Ministerio de Justicia.",
        en="The 14 steps for states, municipalities and civil society organisations to organise care for trafficking victims, based on the IOM and Ministry of Justice booklet.",
        fr="Les 14 étapes pour que les États, les communes et la société civile organisent la prise en charge des victimes de la traite, d’après le livret de l’OIM et du ministère de la Justice.",
        ht="14 etap pou eta yo, minisipalite yo ak òganizasyon sosyete sivil yo òganize swen pou viktim trafik moun, dapre ti liv OIM ak Ministè Jistis la.",
    ),
    "change_log": [
        (
            None,
            T(
                pt="A cartilha de 2022 da OIM e da CGETP passa a ser publicada no portal, em capítulos.",
                es="La cartilla de 2022 de la OIM y la CGETP pasa a publicarse en el portal, por capítulos.",
                en="The 2022 IOM and CGETP booklet is now published on the portal, chapter by chapter.",
                fr="Le livret de 2022 de l’OIM et de la CGETP est désormais publié sur le portail, par chapitres.",
                ht="Ti liv 2022 OIM ak CGETP a pibliye sou pòtay la kounye a, chapit pa chapit.",
            ),
        ),
    ],
}
